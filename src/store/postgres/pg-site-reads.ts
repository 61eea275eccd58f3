import type pg from 'pg';
import type { CoveredSummary, SourceStats } from '../reads.ts';
import type { ArticleSummary } from '../store.ts';

const SUMMARY = `a.id, a.source, COALESCE(s.name_fa, a.source) AS "sourceName", a.url, a.title, a.kicker, a.lead, a.published,
  a.story`;

const SQL = {
  sectionCounts: `SELECT section, count(*)::int AS articles FROM articles WHERE section IS NOT NULL AND section <> ''
    GROUP BY section ORDER BY articles DESC`,
  latestInSections: `SELECT ${SUMMARY} FROM articles a LEFT JOIN sources s ON s.slug = a.source
    WHERE a.section = ANY($1::text[])
    ORDER BY COALESCE(a.published, a.fetched) DESC, a.id DESC LIMIT $2 OFFSET $3`,
  mostCovered: `WITH w AS (
      SELECT id, source, published, COALESCE(story, -id) AS k FROM articles WHERE published > $1 AND published <= $2
    ), g AS (
      SELECT k, count(DISTINCT source)::int AS outlets, count(*)::int AS articles, max(published) AS latest,
        (SELECT w2.id FROM w w2 WHERE w2.k = w.k ORDER BY w2.published, w2.id LIMIT 1) AS first
      FROM w GROUP BY k ORDER BY outlets DESC, articles DESC, latest DESC LIMIT $3
    )
    SELECT ${SUMMARY}, g.outlets, g.articles, g.latest FROM g JOIN articles a ON a.id = g.first
      LEFT JOIN sources s ON s.slug = a.source ORDER BY g.outlets DESC, g.articles DESC, g.latest DESC`,
  storyArticles: `SELECT ${SUMMARY} FROM articles a LEFT JOIN sources s ON s.slug = a.source WHERE a.story = $1
    ORDER BY COALESCE(a.published, a.fetched), a.id LIMIT $2`,
  sourceStats: `SELECT source, count(*)::int AS articles, max(published) AS "newestPublished", max(fetched) AS "newestFetched"
    FROM articles GROUP BY source`,
} as const;

/** The PostgreSQL side of SiteReads (reads.ts): the same queries as the SQLite driver's, in PostgreSQL's dialect. */
export class PgSiteReads {
  constructor(private readonly pool: pg.Pool) {}

  async changeToken(): Promise<string> {
    // A sequence every write moves (triggers in 001_init.sql): one cheap read, shared by every web process.
    const { rows } = await this.pool.query<{ v: number; c: boolean }>('SELECT last_value AS v, is_called AS c FROM store_changes');
    return `${rows[0]?.c ? rows[0].v : 0}`;
  }

  async sectionCounts(): Promise<{ section: string; articles: number }[]> {
    return (await this.pool.query<{ section: string; articles: number }>(SQL.sectionCounts)).rows;
  }

  async latestInSections(sections: string[], opts: { limit: number; offset?: number }): Promise<ArticleSummary[]> {
    if (!sections.length) return [];
    return (await this.pool.query<ArticleSummary>(SQL.latestInSections, [sections, opts.limit, opts.offset ?? 0])).rows;
  }

  async mostCovered(opts: { since: string; until: string; limit: number }): Promise<CoveredSummary[]> {
    return (await this.pool.query<CoveredSummary>(SQL.mostCovered, [opts.since, opts.until, opts.limit])).rows;
  }

  async storyArticles(story: number, limit: number): Promise<ArticleSummary[]> {
    return (await this.pool.query<ArticleSummary>(SQL.storyArticles, [story, limit])).rows;
  }

  async sourceStats(): Promise<SourceStats[]> {
    return (await this.pool.query<SourceStats>(SQL.sourceStats)).rows;
  }

  async newestPublished(): Promise<string | null> {
    return (await this.pool.query<{ m: string | null }>('SELECT max(published) AS m FROM articles')).rows[0]?.m ?? null;
  }
}
