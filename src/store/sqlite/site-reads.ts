import type Database from 'better-sqlite3';
import type { CoveredSummary, SiteReads, SourceStats } from '../reads.ts';
import type { ArticleSummary } from '../store.ts';

const SUMMARY = `a.id, a.source, COALESCE(s.name_fa, a.source) AS sourceName, a.url, a.title, a.kicker, a.lead, a.published,
  a.story`;

const SQL = {
  // Each part is an index lookup: new articles, articles still waiting for a story, and the stories' own changes.
  changeToken: `SELECT (SELECT max(id) FROM articles) || '.' || (SELECT count(*) FROM articles WHERE story IS NULL) || '.' ||
    COALESCE((SELECT max(last_updated) FROM stories WHERE merged_into IS NULL), '') || '.' || COALESCE((SELECT max(id) FROM stories), '')`,
  sectionCounts: `SELECT section, count(*) AS articles FROM articles WHERE section IS NOT NULL AND section <> ''
    GROUP BY section ORDER BY articles DESC`,
  latestInSections: `SELECT ${SUMMARY} FROM articles a LEFT JOIN sources s ON s.slug = a.source
    WHERE a.section IN (SELECT value FROM json_each(@sections))
    ORDER BY COALESCE(a.published, a.fetched) DESC, a.id DESC LIMIT @limit OFFSET @offset`,
  mostCovered: `WITH w AS (
      SELECT id, source, published, COALESCE(story, -id) AS k FROM articles WHERE published > @since AND published <= @until
    ), g AS (
      SELECT k, count(DISTINCT source) AS outlets, count(*) AS articles, max(published) AS latest,
        (SELECT w2.id FROM w w2 WHERE w2.k = w.k ORDER BY w2.published, w2.id LIMIT 1) AS first
      FROM w GROUP BY k ORDER BY outlets DESC, articles DESC, latest DESC LIMIT @limit
    )
    SELECT ${SUMMARY}, g.outlets, g.articles, g.latest FROM g JOIN articles a ON a.id = g.first
      LEFT JOIN sources s ON s.slug = a.source ORDER BY g.outlets DESC, g.articles DESC, g.latest DESC`,
  storyArticles: `SELECT ${SUMMARY} FROM articles a LEFT JOIN sources s ON s.slug = a.source WHERE a.story = ?
    ORDER BY COALESCE(a.published, a.fetched), a.id LIMIT ?`,
  sourceStats: `SELECT source, count(*) AS articles, max(published) AS newestPublished, max(fetched) AS newestFetched
    FROM articles GROUP BY source`,
  newestPublished: 'SELECT max(published) FROM articles',
} as const;

type Statements = { [K in keyof typeof SQL]: Database.Statement };

/** The SQLite side of SiteReads: statements prepared once per connection. */
export class SqliteSiteReads implements SiteReads {
  private readonly st: Statements;

  constructor(db: Database.Database) {
    this.st = Object.fromEntries(Object.entries(SQL).map(([k, sql]) => [k, db.prepare(sql)])) as Statements;
  }

  changeToken(): string {
    // Read from the tables, so it sees every process's writes. Polling health, feed validators and edits to an
    // article already stored do not move it: pages show those within their time to live (a minute), and the
    // page cache is not emptied every time a source is polled.
    return String(this.st.changeToken.pluck().get() ?? '');
  }

  sectionCounts(): { section: string; articles: number }[] {
    return this.st.sectionCounts.all() as { section: string; articles: number }[];
  }

  latestInSections(sections: string[], opts: { limit: number; offset?: number }): ArticleSummary[] {
    if (!sections.length) return [];
    return this.st.latestInSections.all({ sections: JSON.stringify(sections), limit: opts.limit, offset: opts.offset ?? 0 }) as ArticleSummary[];
  }

  mostCovered(opts: { since: string; until: string; limit: number }): CoveredSummary[] {
    return this.st.mostCovered.all(opts) as CoveredSummary[];
  }

  storyArticles(story: number, limit: number): ArticleSummary[] {
    return this.st.storyArticles.all(story, limit) as ArticleSummary[];
  }

  sourceStats(): SourceStats[] {
    return this.st.sourceStats.all() as SourceStats[];
  }

  newestPublished(): string | null {
    return (this.st.newestPublished.pluck().get() as string | null) ?? null;
  }
}
