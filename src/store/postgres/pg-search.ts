import type pg from 'pg';
import { bm25, estimateMatches } from '../bm25.ts';
import type { SearchCandidate, SearchCandidates, SearchMatch } from '../search.ts';
import { type WindowMode, measuredDensity, nextWindow } from './pg-search-plan.ts';
import { PgSearchStats } from './pg-search-stats.ts';

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

/** What a word or phrase is looked up by: the word, or each pair of adjacent words (search_pairs(), migration 004). */
export function searchTerms(phrase: string[]): string[] {
  if (phrase.length === 1) return [phrase[0]!];
  return phrase.slice(1).map((w, i) => `${phrase[i]} ${w}`);
}

interface WindowQuery {
  where: string[];
  params: unknown[];
  ranks: string;
}

/** The conditions, parameters and ranking columns of a window read one way or the other. */
function windowQuery(m: SearchMatch, terms: string[], tokens: string[], mode: WindowMode): WindowQuery {
  const params: unknown[] = [];
  const p = (v: unknown) => `$${params.push(v)}`;
  // Every term goes in as a bound parameter: tsquery operators typed by a reader are text.
  const phrase = (t: string[]) => `phraseto_tsquery('simple', ${p(t.join(' '))})`;
  const where: string[] = [];
  if (mode === 'walk' && m.must.length) {
    // Down the primary key, each row's tsvector is tested (phrases in order); `IS TRUE` keeps GIN out of it.
    where.push(`(a.search_tsv @@ (${m.must.map(phrase).join(' && ')})) IS TRUE`);
  } else if (mode === 'bitmap') {
    // In a window, GIN finds the rows holding every word (tsvector) and every pair of a phrase (search_pairs); a
    // phrase of three words or more is then checked for order on those rows alone (`IS TRUE` keeps that test out of
    // the index's hands).
    const words = m.must.filter((t) => t.length === 1);
    if (words.length) where.push(`a.search_tsv @@ (${words.map(phrase).join(' && ')})`);
    if (terms.some((t) => t.includes(' '))) where.push(`search_pairs(a.search_key) @> ${p(terms.filter((t) => t.includes(' ')))}::text[]`);
    for (const t of m.must) if (t.length > 2) where.push(`(a.search_tsv @@ ${phrase(t)}) IS TRUE`);
  }
  if (m.sources.length) where.push(`a.source = ANY(${p(m.sources)}::text[])`);
  if (m.since) where.push(`a.published >= ${p(m.since)}::text`);
  if (m.until) where.push(`a.published < ${p(m.until)}::text`);
  // Exclusions are tested on the rows a window finds.
  if (m.not.length) where.push(`(a.search_tsv @@ (${m.not.map(phrase).join(' || ')})) IS NOT TRUE`);
  const ranks = tokens.map((t, i) => `, ts_rank('{1,1,1,1}', w.search_tsv, plainto_tsquery('simple', ${p(t)}), 0) AS r${i}`).join('');
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
 * round trips instead of one): a walk has no condition GIN can take and is ordered by id, so it goes down the
 * primary key; a bitmap read is ordered by `id + 0`, which no index gives, so GIN's matches are intersected with the
 * window and sorted.
 */
const ORDER: Record<WindowMode, string> = { walk: 'a.id DESC', bitmap: 'a.id + 0 DESC' };

/**
 * Search on PostgreSQL: GIN over to_tsvector('simple', search_key) and over its pairs of words; the newest `limit` matches are found one id
 * window at a time (pg-search-plan.ts), newest first, and ranked by BM25. Date filters become id ranges through
 * article_days, as on SQLite.
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
    const queries = { walk: windowQuery(m, terms, tokens, 'walk'), bitmap: windowQuery(m, terms, tokens, 'bitmap') };

    const corpus = await this.stats.collection();
    const [dfs, termDfs, share] = await Promise.all([
      this.stats.documentFrequencies(tokens), this.stats.termFrequencies(terms), this.stats.sourceShare(m.sources),
    ]);
    const docs = Math.max(1, corpus.docs);
    const termDensity = (t: string) => termDfs[terms.indexOf(t)]! / docs;
    // Terms are taken as independent; a phrase is no denser than its rarest pair.
    let density = m.must.reduce((d, t) => d * Math.min(...searchTerms(t).map(termDensity)), 1) * share;
    // GIN intersects the words of one tsquery itself, and the pairs of one array: each hands over about as many
    // matches as its rarest term has.
    const rarest = (pairs: boolean) => Math.min(...terms.flatMap((t, i) => (t.includes(' ') === pairs ? [termDfs[i]!] : [])));
    const postings = [rarest(false), rarest(true)].filter(Number.isFinite).reduce((n, f) => n + f, 0);

    const rows: Row[] = [];
    let top = hi;
    for (let round = 0; top >= lo && rows.length < m.limit; round++) {
      const need = m.limit - rows.length;
      const plan =
        !m.must.length ? { from: lo, mode: 'walk' as const }
        : this.only ? { from: lo, mode: this.only }
        : round + 1 >= MAX_WINDOWS ? { from: lo, mode: 'bitmap' as const }
        : nextWindow({ lo, hi: top, need, density, postings });
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

  /** The newest `need` matches with ids in [from, to], ranked only once chosen (ts_rank reads each tsvector again). */
  private async window(q: WindowQuery, from: number, to: number, need: number, mode: WindowMode): Promise<Row[]> {
    const n = q.params.length;
    const { rows } = await this.pool.query<Row>(
      `SELECT w.id, w.published, w.story, w.key_len${q.ranks} FROM (
         SELECT a.id, a.published, a.story, a.key_len, a.search_tsv FROM articles a
         WHERE a.id BETWEEN $${n + 1} AND $${n + 2}${q.where.map((c) => ` AND ${c}`).join('')}
         ORDER BY ${ORDER[mode]} LIMIT $${n + 3}) w ORDER BY w.id DESC`,
      [...q.params, from, to, need],
    );
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
