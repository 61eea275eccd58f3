import type pg from 'pg';
import type { Article } from '../../model/types.ts';
import { type ArticleRow, type StoryRow, articleFromRow, recordFromRow } from '../sqlite/rows.ts';
import type { StoryChange, StoryRecord, StoryStore, StorySummary } from '../stories.ts';

const TIME = 'COALESCE(a.published, a.fetched)';
const ARTICLE = `a.id, a.source, a.url, a.canonical_url, a.title, a.kicker, a.lead, a.text, a.html, a.original, a.search_key,
  a.published, a.modified, a.fetched, a.author, a.news_code, a.section, a.tags, a.images, a.attribution, a.related, a.lang,
  a.dir, a.content_hash, a.story, a.duplicate_of`;
/** Every process that assigns stories takes this lock first: one placement at a time across all workers. */
const STORY_LOCK = "hashtext('khabar-stories:' || current_schema())";

/** The PostgreSQL side of StoryStore, with the advisory lock that serializes story assignment across processes. */
export class PgStories implements StoryStore {
  /** The story_clock version this process last wrote or caught up with; null before the first placement. */
  private seen: number | null = null;

  constructor(private readonly pool: pg.Pool) {}

  /**
   * Runs `task` holding the story lock. `foreign` is true when another process wrote stories since this one last
   * did, so the caller's in-memory window is stale and must be restored from the store before placing anything.
   */
  async exclusive<T>(task: (foreign: boolean) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query(`SELECT pg_advisory_lock(${STORY_LOCK})`);
      try {
        const version = Number((await client.query<{ version: string }>('SELECT version FROM story_clock')).rows[0]?.version ?? 0);
        const foreign = version !== this.seen;
        this.seen = version;
        return await task(foreign);
      } finally {
        await client.query(`SELECT pg_advisory_unlock(${STORY_LOCK})`);
      }
    } finally {
      client.release();
    }
  }

  async save(change: StoryChange): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      for (const s of change.stories) {
        await client.query(
          `INSERT INTO stories (id, title, representative, first_seen, last_updated, article_count, outlet_count,
             first_reporter, top_terms, entities, merged_into)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, NULL)
           ON CONFLICT (id) DO UPDATE SET title = excluded.title, representative = excluded.representative,
             first_seen = excluded.first_seen, last_updated = excluded.last_updated, article_count = excluded.article_count,
             outlet_count = excluded.outlet_count, first_reporter = excluded.first_reporter, top_terms = excluded.top_terms,
             entities = excluded.entities, merged_into = NULL`,
          [s.id, s.title, s.representative, s.firstSeen, s.lastUpdated, s.articleCount, s.outletCount, s.firstReporter,
            JSON.stringify(s.topTerms), JSON.stringify(s.entities)],
        );
      }
      for (const m of change.merged) {
        await client.query('UPDATE stories SET merged_into = $2, article_count = 0, outlet_count = 0 WHERE id = $1', [m.from, m.into]);
        await client.query('UPDATE stories SET merged_into = $2 WHERE merged_into = $1', [m.from, m.into]);
      }
      for (const a of change.articles) {
        await client.query('UPDATE articles SET story = $2, duplicate_of = $3 WHERE id = $1', [a.id, a.story, a.duplicateOf]);
      }
      const { rows } = await client.query<{ version: string }>('UPDATE story_clock SET version = version + 1 RETURNING version');
      await client.query('COMMIT');
      this.seen = Number(rows[0]?.version ?? 0);
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  async get(id: number): Promise<StoryRecord | null> {
    const read = async (n: number) => (await this.pool.query<StoryRow>('SELECT * FROM stories WHERE id = $1', [n])).rows[0];
    let row = await read(id);
    for (let hops = 0; row?.merged_into != null && hops < 16; hops++) row = await read(row.merged_into);
    return row && row.merged_into == null ? recordFromRow(row) : null;
  }

  async latest(opts: { limit: number; offset?: number }): Promise<StorySummary[]> {
    const stories = (
      await this.pool.query<StoryRow>(
        'SELECT * FROM stories WHERE merged_into IS NULL ORDER BY last_updated DESC, id DESC LIMIT $1 OFFSET $2',
        [opts.limit, opts.offset ?? 0],
      )
    ).rows.map(recordFromRow);
    if (!stories.length) return [];
    const { rows } = await this.pool.query<{ story: number; id: number; source: string; sourceName: string; title: string; published: string | null }>(
      `SELECT a.story, a.id, a.source, COALESCE(s.name_fa, a.source) AS "sourceName", a.title, a.published
       FROM articles a LEFT JOIN sources s ON s.slug = a.source
       WHERE a.story = ANY($1::int[]) ORDER BY a.story, ${TIME}, a.id`,
      [stories.map((s) => s.id)],
    );
    const byStory = new Map<number, typeof rows>();
    for (const r of rows) {
      const list = byStory.get(r.story);
      if (list) list.push(r);
      else byStory.set(r.story, [r]);
    }
    return stories.map((s) => {
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

  async articles(id: number): Promise<Article[]> {
    const { rows } = await this.pool.query<ArticleRow>(`SELECT ${ARTICLE} FROM articles a WHERE a.story = $1 ORDER BY ${TIME}, a.id`, [id]);
    return rows.map(articleFromRow);
  }

  async activeSince(since: string): Promise<number[]> {
    const { rows } = await this.pool.query<{ story: number }>(`SELECT DISTINCT a.story FROM articles a WHERE a.story IS NOT NULL AND ${TIME} >= $1`, [since]);
    return rows.map((r) => r.story);
  }

  async *unassigned(): AsyncIterable<Article> {
    let after = { t: '', id: 0 };
    for (;;) {
      const { rows } = await this.pool.query<ArticleRow & { t: string }>(
        `SELECT ${ARTICLE}, ${TIME} AS t FROM articles a WHERE a.story IS NULL AND (${TIME}, a.id) > ($1, $2)
         ORDER BY ${TIME}, a.id LIMIT 500`,
        [after.t, after.id],
      );
      for (const row of rows) yield articleFromRow(row);
      const last = rows[rows.length - 1];
      if (!last || rows.length < 500) return;
      after = { t: last.t, id: last.id };
    }
  }

  async maxId(): Promise<number> {
    const { rows } = await this.pool.query<{ m: number | null }>(
      'SELECT max(m) AS m FROM (SELECT max(id) AS m FROM stories UNION ALL SELECT max(story) FROM articles) t',
    );
    return rows[0]?.m ?? 0;
  }
}
