import type Database from 'better-sqlite3';
import { bm25, estimateMatches } from '../bm25.ts';
import type { SearchCandidate, SearchCandidates, SearchMatch } from '../search.ts';

/** An FTS5 string literal: every token is quoted, so nothing a reader types is read as an operator. */
function phrase(tokens: string[]): string {
  return `"${tokens.join(' ').replace(/"/g, '""')}"`;
}

export function ftsExpression(must: string[][], not: string[][]): string {
  return must.map(phrase).join(' AND ') + not.map((t) => ` NOT ${phrase(t)}`).join('');
}

const STATS_TTL_MS = 60_000;
const DF_WINDOW = 1000;

/**
 * Search on SQLite. FTS5 finds the matches newest first (descending rowid, which it walks without sorting); the
 * newest `limit` are ranked by BM25 computed here from their keys, with document frequencies estimated from each
 * word's newest thousand matches. FTS5's own bm25() and count(*) read every match of a common word (a tenth of a
 * second at a million articles); this reads a bounded number whatever the word. Date filters become rowid ranges
 * (article_days), so an old range does not read the newer matches to skip them.
 */
export class SqliteSearch {
  private readonly dfs = new Map<string, { n: number; at: number }>();
  private avgLength: { value: number; at: number } | null = null;
  private readonly st: Record<'maxId' | 'lo' | 'hi' | 'avg' | 'df', Database.Statement>;

  constructor(private readonly db: Database.Database) {
    this.st = {
      maxId: db.prepare('SELECT coalesce(max(id), 0) FROM articles').pluck(),
      lo: db.prepare('SELECT min(min_id) FROM article_days WHERE day >= ?').pluck(),
      hi: db.prepare('SELECT max(max_id) FROM article_days WHERE day <= ?').pluck(),
      avg: db.prepare(`SELECT avg(length(key) - length(replace(key, ' ', '')) + 1)
        FROM (SELECT key FROM article_search ORDER BY rowid DESC LIMIT 200)`).pluck(),
      df: db.prepare(`SELECT rowid FROM article_search WHERE article_search MATCH ? ORDER BY rowid DESC LIMIT ${DF_WINDOW}`).pluck(),
    };
  }

  search(m: SearchMatch): SearchCandidates {
    const maxId = this.st.maxId.get() as number;
    let lo = 1;
    let hi = maxId;
    if (m.since) lo = Math.max(lo, (this.st.lo.get(m.since.slice(0, 10)) as number | null) ?? maxId + 1);
    if (m.until) hi = Math.min(hi, (this.st.hi.get(m.until.slice(0, 10)) as number | null) ?? 0);
    if (lo > hi) return { total: 0, totalExact: true, candidates: [] };
    const params: Record<string, unknown> = { lo, hi, limit: m.limit };
    const where: string[] = [];
    if (m.sources.length) {
      where.push('a.source IN (SELECT value FROM json_each(@sources))');
      params.sources = JSON.stringify(m.sources);
    }
    if (m.since) {
      where.push('a.published >= @since');
      params.since = m.since;
    }
    if (m.until) {
      where.push('a.published < @until');
      params.until = m.until;
    }
    const filters = where.map((w) => ` AND ${w}`).join('');
    let rows: (SearchCandidate & { search_key: string })[];
    if (m.must.length) {
      params.expr = ftsExpression(m.must, m.not);
      rows = this.db
        .prepare(
          `SELECT a.id, a.published, a.story, article_search.key AS search_key FROM article_search JOIN articles a ON a.id = article_search.rowid
           WHERE article_search MATCH @expr AND article_search.rowid BETWEEN @lo AND @hi${filters}
           ORDER BY article_search.rowid DESC LIMIT @limit`,
        )
        .all(params) as typeof rows;
    } else {
      const not = m.not.length ? ' AND a.id NOT IN (SELECT rowid FROM article_search WHERE article_search MATCH @not)' : '';
      if (m.not.length) params.not = ftsExpression(m.not, []);
      rows = this.db
        .prepare(`SELECT a.id, a.published, a.story, '' AS search_key FROM articles a WHERE a.id BETWEEN @lo AND @hi${filters}${not}
          ORDER BY a.id DESC LIMIT @limit`)
        .all(params) as typeof rows;
    }
    const oldest = rows[rows.length - 1]?.id ?? lo;
    const total = estimateMatches(rows.length, m.limit, oldest, lo, hi);
    const totalExact = rows.length < m.limit;
    const tokens = [...new Set(m.must.flat())];
    if (!tokens.length) return { total, totalExact, candidates: rows.map((r) => ({ id: r.id, bm25: 0, published: r.published, story: r.story })) };
    const dfs = tokens.map((t) => this.documentFrequency(t, maxId));
    const avg = this.averageLength();
    const candidates = rows.map((r) => {
      const words = r.search_key.split(' ');
      const tfs = tokens.map(() => 0);
      for (const w of words) {
        const i = tokens.indexOf(w);
        if (i >= 0) tfs[i]!++;
      }
      return { id: r.id, published: r.published, story: r.story, bm25: bm25(tfs, dfs, maxId, words.length, avg) };
    });
    return { total, totalExact, candidates };
  }

  private documentFrequency(token: string, maxId: number): number {
    const now = Date.now();
    const hit = this.dfs.get(token);
    if (hit && now - hit.at < STATS_TTL_MS) return hit.n;
    const ids = this.st.df.all(phrase([token])) as number[];
    const n = estimateMatches(ids.length, DF_WINDOW, ids[ids.length - 1] ?? 1, 1, maxId);
    if (this.dfs.size >= 20_000) this.dfs.delete(this.dfs.keys().next().value as string);
    this.dfs.set(token, { n, at: now });
    return n;
  }

  private averageLength(): number {
    const now = Date.now();
    if (!this.avgLength || now - this.avgLength.at > STATS_TTL_MS) this.avgLength = { value: (this.st.avg.get() as number | null) ?? 1, at: now };
    return this.avgLength.value;
  }
}
