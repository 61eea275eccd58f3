import type pg from 'pg';
import { bm25 } from '../bm25.ts';
import type { SearchCandidate, SearchCandidates, SearchMatch } from '../search.ts';

const STATS_TTL_MS = 60_000;
const MAX_CACHED_TERMS = 20_000;

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

interface Row {
  id: number;
  published: string | null;
  story: number | null;
  key_len: number | null;
  [rank: `r${number}`]: number;
}

/** Search on PostgreSQL: GIN over to_tsvector('simple', search_key), BM25 over the newest matches. */
export class PgSearch {
  private readonly dfs = new Map<string, { n: number; at: number }>();
  private corpus: { docs: number; avgLength: number; at: number } | null = null;

  constructor(private readonly pool: pg.Pool) {}

  async search(m: SearchMatch): Promise<SearchCandidates> {
    const params: unknown[] = [];
    const p = (v: unknown) => `$${params.push(v)}`;
    const where: string[] = [];
    if (m.must.length || m.not.length) {
      // Every term goes in as a bound parameter through phraseto_tsquery: tsquery operators typed by a reader are text.
      const must = m.must.map((t) => `phraseto_tsquery('simple', ${p(t.join(' '))})`);
      const not = m.not.map((t) => `!!phraseto_tsquery('simple', ${p(t.join(' '))})`);
      where.push(`a.search_tsv @@ (${[...must, ...not].join(' && ')})`);
    }
    if (m.sources.length) where.push(`a.source = ANY(${p(m.sources)}::text[])`);
    if (m.since) where.push(`a.published >= ${p(m.since)}`);
    if (m.until) where.push(`a.published < ${p(m.until)}`);
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const tokens = [...new Set(m.must.flat())];
    const rankParams = [...params];
    const ranks = tokens.map((t, i) => {
      rankParams.push(t);
      return `, ts_rank('{1,1,1,1}', a.search_tsv, plainto_tsquery('simple', $${rankParams.length}), 0) AS r${i}`;
    });
    rankParams.push(m.limit);
    const { rows } = await this.pool.query<Row>(
      `SELECT a.id, a.published, a.story, a.key_len${ranks.join('')} FROM articles a ${clause}
       ORDER BY a.id DESC LIMIT $${rankParams.length}`,
      rankParams,
    );
    // Fewer matches than the window: they are all here, and the total is exact. Otherwise it is estimated.
    const exact = rows.length < m.limit;
    const total = exact ? rows.length : Math.max(rows.length, await this.estimate(`SELECT 1 FROM articles a ${clause}`, params));
    if (!tokens.length) return { total, totalExact: exact, candidates: rows.map((r) => ({ id: r.id, bm25: 0, published: r.published, story: r.story })) };
    const [corpus, dfs] = await Promise.all([this.corpusStats(), Promise.all(tokens.map((t) => this.documentFrequency(t)))]);
    const candidates: SearchCandidate[] = rows.map((r) => ({
      id: r.id,
      published: r.published,
      story: r.story,
      bm25: bm25(tokens.map((_, i) => termFrequency(r[`r${i}`] ?? 0)), dfs, corpus.docs, r.key_len ?? 0, corpus.avgLength),
    }));
    return { total, totalExact: exact, candidates };
  }

  /**
   * The planner's estimate of how many rows a query finds (from the lexeme statistics ANALYZE keeps). Counting
   * exactly costs in proportion to the matches (every match's tsvector is read: 0.1 s for a common word at
   * 50,000 articles), far past the latency budget; BM25's idf and a "more than" total need only the size.
   */
  private async estimate(sql: string, params: unknown[]): Promise<number> {
    const { rows } = await this.pool.query<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }>(`EXPLAIN (FORMAT JSON) ${sql}`, params);
    return rows[0]?.['QUERY PLAN'][0].Plan['Plan Rows'] ?? 0;
  }

  /** Articles holding a token (estimated); kept a minute, since it moves slowly and BM25 needs only its magnitude. */
  private async documentFrequency(token: string): Promise<number> {
    const now = Date.now();
    const hit = this.dfs.get(token);
    if (hit && now - hit.at < STATS_TTL_MS) return hit.n;
    const n = await this.estimate(`SELECT 1 FROM articles WHERE search_tsv @@ plainto_tsquery('simple', $1)`, [token]);
    if (this.dfs.size >= MAX_CACHED_TERMS) this.dfs.delete(this.dfs.keys().next().value as string);
    this.dfs.set(token, { n, at: now });
    return n;
  }

  /** The number of articles (the planner's estimate once analyzed) and the mean key length of the newest 10,000. */
  private async corpusStats(): Promise<{ docs: number; avgLength: number }> {
    const now = Date.now();
    if (this.corpus && now - this.corpus.at < STATS_TTL_MS) return this.corpus;
    const { rows } = await this.pool.query<{ estimate: number; avg: number | null }>(
      `SELECT (SELECT reltuples::float8 FROM pg_class WHERE oid = 'articles'::regclass) AS estimate,
         (SELECT avg(key_len)::float8 FROM (SELECT key_len FROM articles ORDER BY id DESC LIMIT 10000) t) AS avg`,
    );
    let docs = rows[0]?.estimate ?? -1;
    if (docs < 10_000) docs = (await this.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM articles')).rows[0]?.n ?? 0;
    this.corpus = { docs, avgLength: rows[0]?.avg ?? 1, at: now };
    return this.corpus;
  }
}
