import type pg from 'pg';

const STATS_TTL_MS = 60_000;
const MAX_CACHED_TERMS = 20_000;
/** Below this many articles statistics are not worth having: frequencies are counted. */
const SMALL = 10_000;

/**
 * SQL for "the row's sorted hashes hold this hash": width_bucket finds where the hash would be by binary search
 * (`@>` would compare it with every element). Its value is NULL when the hash sorts before every element.
 */
export function hashAt(hashes: string, hash: string): string {
  return `${hashes}[width_bucket(${hash}, ${hashes})] = ${hash}`;
}

/** The most common elements ANALYZE found in a column, with the fraction of articles holding each. */
interface Common<K = string> {
  freq: Map<K, number>;
  /** The fraction for one not in `freq`: half the least common one's, as the planner takes it. */
  rare: number;
}

interface Collection {
  docs: number;
  avgLength: number;
  /** Lexemes of search_tsv (words); null when there are no statistics, and then frequencies are counted. */
  words: Common | null;
  /** Hashes of article_terms (words and pairs of words, search_hash()); null until the table is analyzed. */
  terms: Common<number> | null;
  /** The fraction of articles from each common source. */
  sources: Map<string, number> | null;
  at: number;
}

function common<K>(elems: K[] | null, freqs: number[] | null): Common<K> | null {
  if (!elems?.length || !freqs) return null;
  return { freq: new Map(elems.map((e, i) => [e, freqs[i]!])), rare: Math.min(...freqs.slice(0, elems.length)) / 2 };
}

/**
 * What search needs to know of the collection: its size, the mean key length (for BM25) and how many articles hold
 * a word or a pair of words (for BM25's idf and to choose how to read the matches). On a large collection these come
 * from the statistics ANALYZE keeps (one read a minute for all words); counting costs in proportion to the matches,
 * far past the latency budget. A small collection is counted.
 */
export class PgSearchStats {
  private cached: Collection | null = null;
  private readonly counted = new Map<string, { n: number; at: number }>();
  /** search_hash() of terms seen: a term's hash never changes, so it costs a round trip once. */
  private readonly hashes = new Map<string, number>();

  constructor(private readonly pool: pg.Pool) {}

  async collection(): Promise<Collection> {
    const now = Date.now();
    if (this.cached && now - this.cached.at < STATS_TTL_MS) return this.cached;
    const { rows } = await this.pool.query<{
      estimate: number; avg: number | null; welems: string[] | null; wfreqs: number[] | null;
      helems: number[] | null; hfreqs: number[] | null; vals: string[] | null; vfreqs: number[] | null;
    }>(
      `SELECT (SELECT reltuples::float8 FROM pg_class WHERE oid = 'articles'::regclass) AS estimate,
         (SELECT avg(key_len)::float8 FROM (SELECT key_len FROM articles ORDER BY id DESC LIMIT 10000) t) AS avg,
         w.most_common_elems::text::text[] AS welems, w.most_common_elem_freqs::float8[] AS wfreqs,
         h.most_common_elems::text::int[] AS helems, h.most_common_elem_freqs::float8[] AS hfreqs,
         o.most_common_vals::text::text[] AS vals, o.most_common_freqs::float8[] AS vfreqs
       FROM (SELECT 1) one
         LEFT JOIN pg_stats w ON w.schemaname = current_schema() AND w.tablename = 'articles' AND w.attname = 'search_tsv'
         LEFT JOIN pg_stats h ON h.schemaname = current_schema() AND h.tablename = 'article_terms' AND h.attname = 'hashes'
         LEFT JOIN pg_stats o ON o.schemaname = current_schema() AND o.tablename = 'articles' AND o.attname = 'source'`,
    );
    const r = rows[0];
    let docs = r?.estimate ?? -1;
    let words = common(r?.welems ?? null, r?.wfreqs ?? null);
    if (docs < SMALL || !words) {
      docs = (await this.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM articles')).rows[0]?.n ?? 0;
      words = null;
    }
    const sources = r?.vals?.length && r.vfreqs ? new Map(r.vals.map((v, i) => [v, r.vfreqs![i]!])) : null;
    const terms = words && common(r?.helems ?? null, r?.hfreqs ?? null);
    this.cached = { docs, avgLength: r?.avg ?? 1, words, terms, sources, at: now };
    return this.cached;
  }

  /** Articles holding each word: from the statistics, or counted on a small collection. */
  async documentFrequencies(words: string[]): Promise<number[]> {
    const c = await this.collection();
    if (c.words) return words.map((w) => Math.round((c.words!.freq.get(w) ?? c.words!.rare) * c.docs));
    return Promise.all(words.map((w) => this.count(w)));
  }

  /** Articles holding each search term (a word, or two words and the space between): estimated, or counted. */
  async termFrequencies(terms: string[]): Promise<number[]> {
    const c = await this.collection();
    if (!c.words) return Promise.all(terms.map((t) => this.count(t)));
    if (c.terms) {
      // ANALYZE keeps the most common hashes of article_terms, words and pairs alike: the terms are hashed as there.
      const hashes = await this.hashesOf(terms);
      return hashes.map((h) => Math.round((c.terms!.freq.get(h) ?? c.terms!.rare) * c.docs));
    }
    const share = (w: string) => c.words!.freq.get(w) ?? c.words!.rare;
    // Until article_terms is analyzed, a pair is taken to be in a tenth of the articles holding its rarer word. The
    // windows correct the estimate from what they find.
    return terms.map((t) => Math.round((t.includes(' ') ? Math.min(...t.split(' ').map(share)) / 10 : share(t)) * c.docs));
  }

  /** The fraction of articles from these sources (1 when unknown: the windows correct it from what they find). */
  async sourceShare(slugs: string[]): Promise<number> {
    const c = await this.collection();
    if (!slugs.length || !c.sources) return 1;
    return Math.min(1, slugs.reduce((sum, s) => sum + (c.sources!.get(s) ?? 0.001), 0));
  }

  private async hashesOf(terms: string[]): Promise<number[]> {
    const unknown = terms.filter((t) => !this.hashes.has(t));
    if (unknown.length) {
      const { rows } = await this.pool.query<{ t: string; h: number }>('SELECT t, search_hash(t) AS h FROM unnest($1::text[]) t', [unknown]);
      for (const r of rows) {
        if (this.hashes.size >= MAX_CACHED_TERMS) this.hashes.delete(this.hashes.keys().next().value as string);
        this.hashes.set(r.t, r.h);
      }
    }
    return terms.map((t) => this.hashes.get(t)!);
  }

  private async count(term: string): Promise<number> {
    const now = Date.now();
    const hit = this.counted.get(term);
    if (hit && now - hit.at < STATS_TTL_MS) return hit.n;
    // A word and a pair of words ("a b") are hashed alike in article_terms (migration 005).
    const { rows } = await this.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM article_terms WHERE ${hashAt('hashes', 'search_hash($1::text)')}`,
      [term],
    );
    const n = rows[0]?.n ?? 0;
    if (this.counted.size >= MAX_CACHED_TERMS) this.counted.delete(this.counted.keys().next().value as string);
    this.counted.set(term, { n, at: now });
    return n;
  }
}
