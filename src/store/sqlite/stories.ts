import type Database from 'better-sqlite3';
import type { Article } from '../../model/types.ts';
import type { StoryChange, StoryRecord, StoryStore, StorySummary } from '../stories.ts';
import { type ArticleRow, type StoryRow, articleFromRow, recordFromRow } from './rows.ts';

const TIME = 'COALESCE(a.published, a.fetched)';

const SQL = {
  setArticle: 'UPDATE articles SET story = @story, duplicate_of = @duplicateOf WHERE id = @id',
  upsert: `INSERT INTO stories (id, title, representative, first_seen, last_updated, article_count, outlet_count,
      first_reporter, top_terms, entities, merged_into)
    VALUES (@id, @title, @representative, @firstSeen, @lastUpdated, @articleCount, @outletCount, @firstReporter,
      @topTerms, @entities, NULL)
    ON CONFLICT(id) DO UPDATE SET title = excluded.title, representative = excluded.representative,
      first_seen = excluded.first_seen, last_updated = excluded.last_updated, article_count = excluded.article_count,
      outlet_count = excluded.outlet_count, first_reporter = excluded.first_reporter, top_terms = excluded.top_terms,
      entities = excluded.entities, merged_into = NULL`,
  merge: 'UPDATE stories SET merged_into = @into, article_count = 0, outlet_count = 0 WHERE id = @from',
  // Earlier merges into the one just merged now lead straight to the survivor.
  forward: 'UPDATE stories SET merged_into = @into WHERE merged_into = @from',
  get: 'SELECT * FROM stories WHERE id = ?',
  latest: `SELECT * FROM stories WHERE merged_into IS NULL ORDER BY last_updated DESC, id DESC LIMIT @limit OFFSET @offset`,
  outlets: `SELECT a.story, a.id, a.source, COALESCE(s.name_fa, a.source) AS sourceName, a.title, a.published,
      ${TIME} AS t
    FROM articles a LEFT JOIN sources s ON s.slug = a.source
    WHERE a.story IN (SELECT value FROM json_each(@ids)) ORDER BY a.story, t, a.id`,
  articles: `SELECT a.* FROM articles a WHERE a.story = ? ORDER BY ${TIME}, a.id`,
  activeSince: `SELECT DISTINCT a.story FROM articles a WHERE a.story IS NOT NULL AND ${TIME} >= ?`,
  unassigned: `SELECT a.*, ${TIME} AS t FROM articles a WHERE a.story IS NULL AND (${TIME}, a.id) > (@t, @id)
    ORDER BY ${TIME}, a.id LIMIT 500`,
  maxId: 'SELECT max(m) FROM (SELECT max(id) AS m FROM stories UNION ALL SELECT max(story) FROM articles)',
} as const;

type Statements = { [K in keyof typeof SQL]: Database.Statement };

interface OutletRow {
  story: number;
  id: number;
  source: string;
  sourceName: string;
  title: string;
  published: string | null;
}

/** The SQLite side of StoryStore. */
export class SqliteStories implements StoryStore {
  private readonly st: Statements;
  private readonly write: (change: StoryChange) => void;

  constructor(private readonly db: Database.Database) {
    this.st = Object.fromEntries(Object.entries(SQL).map(([k, sql]) => [k, db.prepare(sql)])) as Statements;
    this.write = db.transaction((change: StoryChange) => {
      for (const s of change.stories) {
        this.st.upsert.run({ ...s, topTerms: JSON.stringify(s.topTerms), entities: JSON.stringify(s.entities) });
      }
      for (const m of change.merged) {
        this.st.merge.run(m);
        this.st.forward.run(m);
      }
      for (const a of change.articles) this.st.setArticle.run(a);
    });
  }

  save(change: StoryChange): void {
    this.write(change);
  }

  get(id: number): StoryRecord | null {
    let row = this.st.get.get(id) as StoryRow | undefined;
    for (let hops = 0; row?.merged_into != null && hops < 16; hops++) row = this.st.get.get(row.merged_into) as StoryRow | undefined;
    return row && row.merged_into == null ? recordFromRow(row) : null;
  }

  latest(opts: { limit: number; offset?: number }): StorySummary[] {
    const rows = (this.st.latest.all({ limit: opts.limit, offset: opts.offset ?? 0 }) as StoryRow[]).map(recordFromRow);
    if (!rows.length) return [];
    const byStory = new Map<number, OutletRow[]>();
    for (const r of this.st.outlets.all({ ids: JSON.stringify(rows.map((s) => s.id)) }) as OutletRow[]) {
      const list = byStory.get(r.story);
      if (list) list.push(r);
      else byStory.set(r.story, [r]);
    }
    return rows.map((s) => {
      const members = byStory.get(s.id) ?? [];
      const outlets = new Map<string, string>();
      for (const m of members) if (!outlets.has(m.source)) outlets.set(m.source, m.sourceName);
      const newest = members[members.length - 1];
      const latest = newest && newest.id !== s.representative && newest.title !== s.title ? newest : null;
      return {
        ...s,
        outlets: [...outlets].map(([slug, name]) => ({ slug, name })),
        latest: latest && { id: latest.id, title: latest.title, source: latest.source, sourceName: latest.sourceName, published: latest.published },
      };
    });
  }

  articles(id: number): Article[] {
    return (this.st.articles.all(id) as ArticleRow[]).map(articleFromRow);
  }

  activeSince(since: string): number[] {
    return this.st.activeSince.pluck().all(since) as number[];
  }

  *unassigned(): Iterable<Article> {
    // Pages of 500, each read in full before the caller writes stories for them (and so takes them out).
    let after = { t: '', id: 0 };
    for (;;) {
      const rows = this.st.unassigned.all(after) as (ArticleRow & { t: string })[];
      for (const row of rows) yield articleFromRow(row);
      const last = rows[rows.length - 1];
      if (!last || rows.length < 500) return;
      after = { t: last.t, id: last.id };
    }
  }

  maxId(): number {
    return (this.st.maxId.pluck().get() as number | null) ?? 0;
  }
}
