import type pg from 'pg';
import { bm25, estimateMatches } from '../bm25.ts';
import type { SearchCandidate, SearchCandidates, SearchMatch } from '../search.ts';
import { BLOCK_IDS, type WindowMode, ginTerms, measuredDensity, nextWindow } from './pg-search-plan.ts';
import { PgSearchStats, hashAt } from './pg-search-stats.ts';

// ts_rank with unit weights and no normalization, over a one-lexeme query, is Σ_{j≤tf} 1/j² ÷ ζ(2): a strictly
// increasing function of the lexeme's frequency in the document. Inverting it gives BM25 the term frequency
// without unnesting the tsvector, which costs one binary search per document.
const ZETA2 = Math.PI ** 2 / 6;
const H2: number[] = [0];
for (let n = 1; n <= 256; n++) H2.push(H2[n - 1]! + 1 / (n * n));

export function termFrequency(rank: number): number {
  const target = rank * ZETA2;
  if (!(target > 0)) return 0;
  let lo = 1;
  let hi = H2.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (H2[mid]! < target - 1e-5) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** What a word or phrase is looked up by: the word, or each pair of adjacent words (hashed in article_terms, migration 005). */
export function searchTerms(phrase: string[]): string[] {
  if (phrase.length === 1) return [phrase[0]!];
  return phrase.slice(1).map((w, i) => `${phrase[i]} ${w}`);
}

interface WindowQuery {
  /** Conditions on the window's rows of article_terms (`t`); `$LO` and `$HI` stand for the window's bounds. */
  where: string[];
  params: unknown[];
  ranks: string;
}

/**
 * The conditions, parameters and ranking columns of a window read one way or the other. Every term goes in as a
 * bound parameter: tsquery operators typed by a reader are text.
 */
function windowQuery(m: SearchMatch, terms: string[], tokens: string[], mode: WindowMode, gin: Set<string>): WindowQuery {
  const params: unknown[] = [];
  const p = (v: unknown) => `$${params.push(v)}`;
  const phrase = (t: string[]) => `phraseto_tsquery('simple', ${p(t.join(' '))})`;
  const hash = (term: string) => `search_hash(${p(term)}::text)`;
  // Read through GIN, the terms in `gin` are looked up in each block of the window and GIN intersects them; the
  // others are tested on the rows it finds (GIN would hand over all their matches), as every term is on a walk.
  const holds = (term: string) => {
    const h = hash(term);
    return mode === 'bitmap' && gin.has(term) ? `search_block_keys(t.hashes, t.id) && search_block_tags(${h}, $LO, $HI)` : hashAt('t.hashes', h);
  };
  const where = terms.map(holds);
  if (m.sources.length) where.push(`t.source = ANY(${p(m.sources)}::text[])`);
  if (m.since) where.push(`t.published >= ${p(m.since)}::text`);
  if (m.until) where.push(`t.published < ${p(m.until)}::text`);
  // Phrases of three words or more are checked for order, and phrases left out, on the article's tsvector: a scalar
  // subquery, not a join, so it runs only for the rows the cheaper tests let through.
  const exact = m.must.filter((t) => t.length > 2).map((t) => `p.search_tsv @@ ${phrase(t)}`);
  if (m.not.some((t) => t.length > 1)) exact.push(`NOT (p.search_tsv @@ (${m.not.map(phrase).join(' || ')}))`);
  else {
    for (const [word] of m.not) where.push(`(${hashAt('t.hashes', hash(word!))}) IS NOT TRUE`);
  }
  if (exact.length) where.push(`(SELECT (${exact.join(' AND ')}) IS TRUE FROM articles p WHERE p.id = t.id)`);
  const ranks = tokens.map((t, i) => `, ts_rank('{1,1,1,1}', a.search_tsv, plainto_tsquery('simple', ${p(t)}), 0) AS r${i}`).join('');
  return { where, params, ranks };
}

/** Above every id: the top window is left open, so articles added since the highest id was read are found too. */
const ID_CEILING = 2_147_483_647;

/** After this many windows the rest of the range is read in one. */
const MAX_WINDOWS = 4;

interface Row {
  id: number;
  published: string | null;
  story: number | null;
  key_len: number | null;
  [rank: `r${number}`]: number;
}

/**
 * How a window is read is said by the query's shape, not by planner settings (which would cost a transaction, three
 * round trips instead of one): a walk is ordered by id, which the primary key gives, and has no condition GIN can
 * take; a bitmap read is ordered by `id + 0` and bounded by `id + 0`, which no index gives, so GIN's matches in the
 * window's blocks are read and sorted.
 */
const SHAPE: Record<WindowMode, { range: string; order: string; limit: (n: string) => string }> = {
  // The limit as a subquery: the planner does not know it, so it plans to stop early down the primary key. Known,
  // and more than the matches it expects from a term it cannot estimate (a two-hundredth of the rows), it would
  // read the whole range and sort it.
  walk: { range: 't.id', order: 't.id DESC', limit: (n) => `(SELECT ${n}::int)` },
  bitmap: { range: 't.id + 0', order: 't.id + 0 DESC', limit: (n) => n },
};

/**
 * Search on PostgreSQL over article_terms (migration 005): the newest `limit` matches are found one id window at a
 * time (pg-search-plan.ts), newest first, each window walked or read through GIN, and ranked by BM25 from
 * articles.search_tsv. Date filters become id ranges through article_days, as on SQLite.
 */
export class PgSearch {
  private readonly stats: PgSearchStats;
  private top: { id: number; at: number } | null = null;

  /** `only` reads every window one way (tests compare the two ways); otherwise the cheaper is chosen per window. */
  constructor(
    private readonly pool: pg.Pool,
    private readonly only: WindowMode | null = null,
  ) {
    this.stats = new PgSearchStats(pool);
  }

  async search(m: SearchMatch): Promise<SearchCandidates> {
    const range = await this.idRange(m.since, m.until);
    if (!range) return { total: 0, totalExact: true, candidates: [] };
    const { lo, hi } = range;
    const terms = [...new Set(m.must.flatMap(searchTerms))];
    const tokens = [...new Set(m.must.flat())];
    const corpus = await this.stats.collection();
    const [dfs, termDfs, share] = await Promise.all([
      this.stats.documentFrequencies(tokens), this.stats.termFrequencies(terms), this.stats.sourceShare(m.sources),
    ]);
    const docs = Math.max(1, corpus.docs);
    const termDensity = (t: string) => termDfs[terms.indexOf(t)]! / docs;
    // Terms are taken as independent; a phrase is no denser than its rarest pair.
    let density = m.must.reduce((d, t) => d * Math.min(...searchTerms(t).map(termDensity)), 1) * share;
    const gin = new Set(ginTerms(terms.map(termDensity)).map((i) => terms[i]!));
    const postings = [...gin].reduce((sum, t) => sum + termDensity(t), 0);
    const ginFinds = Math.max(density, [...gin].reduce((d, t) => d * termDensity(t), 1));
    const queries = { walk: windowQuery(m, terms, tokens, 'walk', gin), bitmap: windowQuery(m, terms, tokens, 'bitmap', gin) };

    const rows: Row[] = [];
    let top = hi;
    for (let round = 0; top >= lo && rows.length < m.limit; round++) {
      const need = m.limit - rows.length;
      const plan =
        !m.must.length ? { from: lo, mode: 'walk' as const }
        : this.only ? { from: lo, mode: this.only }
        : round + 1 >= MAX_WINDOWS ? { from: lo, mode: 'bitmap' as const }
        : nextWindow({ lo, hi: top, need, density, ginTerms: gin.size, postings, ginFinds });
      const found = await this.window(queries[plan.mode], plan.from, top === hi && !m.until ? ID_CEILING : top, need, plan.mode);
      rows.push(...found);
      density = measuredDensity(found.length, top - plan.from + 1, density);
      top = plan.from - 1;
    }

    const exact = rows.length < m.limit;
    const total = estimateMatches(rows.length, m.limit, rows[rows.length - 1]?.id ?? lo, lo, hi);
    if (!tokens.length) return { total, totalExact: exact, candidates: rows.map((r) => ({ id: r.id, bm25: 0, published: r.published, story: r.story })) };
    const candidates: SearchCandidate[] = rows.map((r) => ({
      id: r.id,
      published: r.published,
      story: r.story,
      bm25: bm25(tokens.map((_, i) => termFrequency(r[`r${i}`] ?? 0)), dfs, corpus.docs, r.key_len ?? 0, corpus.avgLength),
    }));
    return { total, totalExact: exact, candidates };
  }

  /** The newest `need` matches with ids in [from, to], ranked only once chosen (ts_rank reads each one's tsvector). */
  private async window(q: WindowQuery, from: number, to: number, need: number, mode: WindowMode): Promise<Row[]> {
    const n = q.params.length;
    const { range, order, limit } = SHAPE[mode];
    // The blocks GIN looks a term up in: the window's, and above the highest id read only the next block (the
    // highest id is read again within a second).
    const tagTo = Math.min(to, (this.top?.id ?? 0) + BLOCK_IDS);
    const where = q.where.map((c) => ` AND ${c.replaceAll('$LO', String(from)).replaceAll('$HI', String(tagTo))}`).join('');
    // The window's ids as an array, not a join: joined, the planner may walk the whole articles table in id order to
    // merge with them.
    const sql = `SELECT a.id, a.published, a.story, a.key_len${q.ranks} FROM articles a WHERE a.id = ANY(ARRAY(
         SELECT t.id FROM article_terms t WHERE ${range} BETWEEN $${n + 1} AND $${n + 2}${where}
         ORDER BY ${order} LIMIT ${limit(`$${n + 3}`)})) ORDER BY a.id DESC`;
    const { rows } = await this.pool.query<Row>(sql, [...q.params, from, to, need]);
    return rows;
  }

  /**
   * The ids a date filter allows (from article_days), or null when it allows none. The highest id is read at most
   * once a second; a window reaching the top is left open above (ID_CEILING), so newer articles are still found.
   */
  private async idRange(since: string | null, until: string | null): Promise<{ lo: number; hi: number } | null> {
    const now = Date.now();
    if (!this.top || now - this.top.at > 1000 || this.top.id === 0) {
      const { rows } = await this.pool.query<{ top: number | null }>('SELECT max(id) AS top FROM articles');
      this.top = { id: rows[0]?.top ?? 0, at: now };
    }
    const top = this.top.id;
    if (!since && !until) return top > 0 ? { lo: 1, hi: top } : null;
    const { rows } = await this.pool.query<{ lo: number | null; hi: number | null }>(
      `SELECT (SELECT min(min_id) FROM article_days WHERE day >= $1) AS lo, (SELECT max(max_id) FROM article_days WHERE day <= $2) AS hi`,
      [since?.slice(0, 10) ?? null, until?.slice(0, 10) ?? null],
    );
    const lo = since ? (rows[0]?.lo ?? top + 1) : 1;
    const hi = until ? (rows[0]?.hi ?? 0) : top;
    return lo > hi ? null : { lo, hi };
  }
}
