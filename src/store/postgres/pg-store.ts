import pg from 'pg';
import type { Article, Source } from '../../model/types.ts';
import type { CoveredSummary, SourceStats } from '../reads.ts';
import type { Repository } from '../repository.ts';
import type { SearchCandidates, SearchMatch } from '../search.ts';
import { type ArticleRow, type SourceRow, articleFromRow, sourceFromRow } from '../sqlite/rows.ts';
import type { ArticleSummary, FeedState, NewArticle, StoredSource } from '../store.ts';
import { type Keyer, type StoredKeys, changedKeys } from '../rekey.ts';
import { type PgTarget, openPool, parsePgUrl, redact } from './connect.ts';
import { migrate } from './migrate.ts';
import { PgSearch } from './pg-search.ts';
import { PgSiteReads } from './pg-site-reads.ts';
import { PgStories } from './pg-stories.ts';

const SOURCE_SELECT = `SELECT s.*, h.last_success, h.last_error, h.last_error_at, h.consecutive_failures, h.items_seen,
  h.next_due, h.interval_seconds FROM sources s LEFT JOIN source_health h ON h.slug = s.slug`;

const ARTICLE_COLUMNS = `source, url, canonical_url, title, kicker, lead, text, html, original, search_key, published, modified,
  fetched, author, news_code, section, tags, images, attribution, related, lang, dir, content_hash`;

// Every column but the search index's own (search_tsv, key_len), which readers never need.
const ARTICLE_SELECT = `SELECT id, ${ARTICLE_COLUMNS}, story, duplicate_of FROM articles`;

function articleValues(a: NewArticle): unknown[] {
  return [
    a.source, a.url, a.canonicalUrl, a.title, a.kicker, a.lead, a.text, a.html, JSON.stringify(a.original), a.searchKey,
    a.published, a.modified, a.fetched, a.author, a.newsCode, a.section, JSON.stringify(a.tags), JSON.stringify(a.images),
    JSON.stringify(a.attribution), JSON.stringify(a.related), a.lang, a.dir, a.contentHash,
  ];
}

/** The PostgreSQL driver: a connection pool, the same tables as SQLite, GIN full-text search. */
export class PgStore implements Repository {
  readonly target: PgTarget;
  private readonly reads: PgSiteReads;
  private readonly finder: PgSearch;
  readonly stories: PgStories;

  private constructor(
    readonly pool: pg.Pool,
    target: PgTarget,
  ) {
    this.target = target;
    this.reads = new PgSiteReads(pool);
    this.finder = new PgSearch(pool);
    this.stories = new PgStories(pool);
  }

  /** Connects (`postgres://…?schema=NAME`), migrates under an advisory lock, and returns the store. */
  static async open(url: string, opts: { poolSize?: number } = {}): Promise<PgStore> {
    const target = parsePgUrl(url);
    const pool = await openPool(target, opts.poolSize);
    const client = await pool.connect().catch(async (err: Error) => {
      await pool.end();
      throw new Error(`${redact(url)}: the database cannot be reached (${err.message})`);
    });
    try {
      await migrate(client);
    } catch (err) {
      client.release();
      await pool.end();
      throw new Error(`${redact(url)}: migrating the database failed (${(err as Error).message})`);
    }
    client.release();
    return new PgStore(pool, target);
  }

  async upsertSource(s: Source & { aliases?: string[] }): Promise<void> {
    await this.pool.query(
      `INSERT INTO sources (slug, name_fa, name_en, homepage, feeds, aliases, cms, affiliation, affiliation_citation,
         country, licence, allow_private, added_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       ON CONFLICT (slug) DO UPDATE SET name_fa = excluded.name_fa, name_en = excluded.name_en,
         homepage = excluded.homepage, feeds = excluded.feeds, aliases = excluded.aliases, cms = excluded.cms,
         affiliation = excluded.affiliation, affiliation_citation = excluded.affiliation_citation,
         country = excluded.country, licence = excluded.licence, allow_private = excluded.allow_private`,
      [
        s.slug, s.nameFa, s.nameEn, s.homepage, JSON.stringify(s.feeds), JSON.stringify(s.aliases ?? []), s.cms ?? null,
        s.affiliation, s.affiliationCitation ?? null, s.country ?? null, s.licence ?? null, s.allowPrivate ? 1 : 0,
        new Date().toISOString(),
      ],
    );
    await this.pool.query('INSERT INTO source_health (slug) VALUES ($1) ON CONFLICT DO NOTHING', [s.slug]);
  }

  async removeSource(slug: string): Promise<boolean> {
    return ((await this.pool.query('DELETE FROM sources WHERE slug = $1', [slug])).rowCount ?? 0) > 0;
  }

  async getSource(slug: string): Promise<StoredSource | null> {
    const { rows } = await this.pool.query<SourceRow>(`${SOURCE_SELECT} WHERE s.slug = $1`, [slug]);
    return rows[0] ? sourceFromRow(rows[0]) : null;
  }

  async listSources(): Promise<StoredSource[]> {
    return (await this.pool.query<SourceRow>(`${SOURCE_SELECT} ORDER BY s.slug`)).rows.map(sourceFromRow);
  }

  async dueSources(now: Date): Promise<StoredSource[]> {
    const { rows } = await this.pool.query<SourceRow>(
      `${SOURCE_SELECT} WHERE h.next_due IS NULL OR h.next_due <= $1 ORDER BY h.next_due NULLS FIRST`,
      [now.toISOString()],
    );
    return rows.map(sourceFromRow);
  }

  async recordSuccess(slug: string, at: Date, itemsSeen: number, nextDue: Date, intervalSeconds: number): Promise<void> {
    await this.pool.query(
      `UPDATE source_health SET last_success = $1, consecutive_failures = 0, items_seen = items_seen + $2,
         next_due = $3, interval_seconds = $4 WHERE slug = $5`,
      [at.toISOString(), itemsSeen, nextDue.toISOString(), intervalSeconds, slug],
    );
  }

  async recordFailure(slug: string, at: Date, error: string, nextDue: Date): Promise<void> {
    await this.pool.query(
      `UPDATE source_health SET last_error = $1, last_error_at = $2, consecutive_failures = consecutive_failures + 1,
         next_due = $3 WHERE slug = $4`,
      [error, at.toISOString(), nextDue.toISOString(), slug],
    );
  }

  async getFeedState(feedUrl: string): Promise<FeedState> {
    const { rows } = await this.pool.query<{ etag: string | null; last_modified: string | null }>(
      'SELECT etag, last_modified FROM feed_state WHERE feed_url = $1',
      [feedUrl],
    );
    return { etag: rows[0]?.etag ?? null, lastModified: rows[0]?.last_modified ?? null };
  }

  async setFeedState(feedUrl: string, slug: string, state: FeedState): Promise<void> {
    await this.pool.query(
      `INSERT INTO feed_state (feed_url, slug, etag, last_modified) VALUES ($1, $2, $3, $4)
       ON CONFLICT (feed_url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified`,
      [feedUrl, slug, state.etag, state.lastModified],
    );
  }

  async hasArticle(url: string): Promise<boolean> {
    const { rows } = await this.pool.query('SELECT 1 FROM articles WHERE url = $1 OR canonical_url = $1 LIMIT 1', [url]);
    return rows.length > 0;
  }

  /** One statement, so two workers saving the same article at once make one row: the second sees the first's. */
  async saveArticle(a: NewArticle): Promise<{ id: number; created: boolean; changed: boolean }> {
    const values = articleValues(a);
    const placeholders = values.map((_, i) => `$${i + 1}`).join(', ');
    const updates = ARTICLE_COLUMNS.split(',')
      .map((c) => c.trim())
      .filter((c) => c !== 'canonical_url')
      .map((c) => `${c} = excluded.${c}`)
      .join(', ');
    const { rows } = await this.pool.query<{ id: number; created: boolean }>(
      `INSERT INTO articles (${ARTICLE_COLUMNS}) VALUES (${placeholders})
       ON CONFLICT (canonical_url) DO UPDATE SET ${updates} WHERE articles.content_hash <> excluded.content_hash
       RETURNING id, (xmax = 0) AS created`,
      values,
    );
    if (rows[0]) return { id: rows[0].id, created: rows[0].created, changed: true };
    const same = await this.pool.query<{ id: number }>('SELECT id FROM articles WHERE canonical_url = $1', [a.canonicalUrl]);
    return { id: same.rows[0]!.id, created: false, changed: false };
  }

  /** One upsert over arrays (23 parameters whatever the batch size); duplicates within the batch keep the last. */
  async saveArticles(articles: NewArticle[]): Promise<{ id: number; created: boolean; changed: boolean }[]> {
    if (!articles.length) return [];
    const last = new Map<string, NewArticle>();
    for (const a of articles) last.set(a.canonicalUrl, a);
    const unique = [...last.values()];
    const columns = ARTICLE_COLUMNS.split(',').map((c) => c.trim());
    const arrays = columns.map((_, i) => unique.map((a) => articleValues(a)[i]));
    const updates = columns.filter((c) => c !== 'canonical_url').map((c) => `${c} = excluded.${c}`).join(', ');
    const { rows } = await this.pool.query<{ id: number; canonical_url: string; created: boolean }>(
      `INSERT INTO articles (${ARTICLE_COLUMNS})
       SELECT * FROM unnest(${columns.map((_, i) => `$${i + 1}::text[]`).join(', ')})
       ON CONFLICT (canonical_url) DO UPDATE SET ${updates} WHERE articles.content_hash <> excluded.content_hash
       RETURNING id, canonical_url, (xmax = 0) AS created`,
      arrays,
    );
    const written = new Map(rows.map((r) => [r.canonical_url, { id: r.id, created: r.created, changed: true }]));
    const missing = unique.map((a) => a.canonicalUrl).filter((u) => !written.has(u));
    if (missing.length) {
      const same = await this.pool.query<{ id: number; canonical_url: string }>(
        'SELECT id, canonical_url FROM articles WHERE canonical_url = ANY($1::text[])',
        [missing],
      );
      for (const r of same.rows) written.set(r.canonical_url, { id: r.id, created: false, changed: false });
    }
    // As if saved one by one: the first copy of a URL in the batch reports the write, a later one only whether it differed.
    const hashes = new Map<string, string>();
    return articles.map((a) => {
      const r = written.get(a.canonicalUrl)!;
      const before = hashes.get(a.canonicalUrl);
      hashes.set(a.canonicalUrl, a.contentHash);
      return before === undefined ? r : { id: r.id, created: false, changed: before !== a.contentHash };
    });
  }

  async getArticles(ids: number[]): Promise<Article[]> {
    const { rows } = await this.pool.query<ArticleRow>(`${ARTICLE_SELECT} WHERE id = ANY($1::int[])`, [ids]);
    return rows.map(articleFromRow);
  }

  async getArticle(id: number): Promise<Article | null> {
    const { rows } = await this.pool.query<ArticleRow>(`${ARTICLE_SELECT} WHERE id = $1`, [id]);
    return rows[0] ? articleFromRow(rows[0]) : null;
  }

  async latestArticles(opts: { limit: number; offset?: number; source?: string }): Promise<ArticleSummary[]> {
    const params: unknown[] = [opts.limit, opts.offset ?? 0];
    const where = opts.source ? `WHERE a.source = $${params.push(opts.source)}` : '';
    const { rows } = await this.pool.query<ArticleSummary>(
      `SELECT a.id, a.source, COALESCE(s.name_fa, a.source) AS "sourceName", a.url, a.title, a.kicker, a.lead,
         a.published, a.story FROM articles a LEFT JOIN sources s ON s.slug = a.source ${where}
       ORDER BY COALESCE(a.published, a.fetched) DESC, a.id DESC LIMIT $1 OFFSET $2`,
      params,
    );
    return rows;
  }

  async refreshStatistics(): Promise<void> {
    await this.pool.query('ANALYZE articles, article_terms');
  }

  async rekeyArticles(afterId: number, limit: number, keys: Keyer): Promise<{ lastId: number | null; changed: number }> {
    const { rows } = await this.pool.query<StoredKeys>(
      'SELECT id, title, lead, text, search_key, content_hash FROM articles WHERE id > $1 ORDER BY id LIMIT $2',
      [afterId, limit],
    );
    const changed = changedKeys(rows, keys);
    // One statement for the batch; the search columns and article_terms follow the key (generated column, trigger).
    let written = 0;
    if (changed.length) {
      const r = await this.pool.query(
        `UPDATE articles a SET search_key = u.key, content_hash = u.hash
           FROM unnest($1::int[], $2::text[], $3::text[], $4::text[]) AS u(id, key, hash, was)
          WHERE a.id = u.id AND a.content_hash = u.was`,
        [changed.map((k) => k.id), changed.map((k) => k.searchKey), changed.map((k) => k.contentHash), changed.map((k) => k.was)],
      );
      written = r.rowCount ?? 0;
    }
    return { lastId: rows.at(-1)?.id ?? null, changed: written };
  }

  async getSetting(name: string): Promise<string | null> {
    const { rows } = await this.pool.query<{ value: string }>('SELECT value FROM store_settings WHERE name = $1', [name]);
    return rows[0]?.value ?? null;
  }

  async setSetting(name: string, value: string): Promise<void> {
    await this.pool.query(
      'INSERT INTO store_settings (name, value) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET value = excluded.value',
      [name, value],
    );
  }

  async countArticles(): Promise<number> {
    return (await this.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM articles')).rows[0]?.n ?? 0;
  }

  /** Every article in id order, read a page at a time so a large store streams in constant memory. */
  async *allArticles(): AsyncIterable<Article> {
    let after = 0;
    for (;;) {
      const { rows } = await this.pool.query<ArticleRow>(`${ARTICLE_SELECT} WHERE id > $1 ORDER BY id LIMIT 500`, [after]);
      for (const r of rows) yield articleFromRow(r);
      if (rows.length < 500) return;
      after = rows[rows.length - 1]!.id;
    }
  }

  searchArticles(match: SearchMatch): Promise<SearchCandidates> {
    return this.finder.search(match);
  }

  changeToken(): Promise<string> {
    return this.reads.changeToken();
  }
  sectionCounts(): Promise<{ section: string; articles: number }[]> {
    return this.reads.sectionCounts();
  }
  latestInSections(sections: string[], opts: { limit: number; offset?: number }): Promise<ArticleSummary[]> {
    return this.reads.latestInSections(sections, opts);
  }
  mostCovered(opts: { since: string; until: string; limit: number }): Promise<CoveredSummary[]> {
    return this.reads.mostCovered(opts);
  }
  storyArticles(story: number, limit: number): Promise<ArticleSummary[]> {
    return this.reads.storyArticles(story, limit);
  }
  sourceStats(): Promise<SourceStats[]> {
    return this.reads.sourceStats();
  }
  newestPublished(): Promise<string | null> {
    return this.reads.newestPublished();
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
