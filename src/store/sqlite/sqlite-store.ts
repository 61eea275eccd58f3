import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Article, Source } from '../../model/types.ts';
import type { ArticleSummary, FeedState, NewArticle, Store, StoredSource } from '../store.ts';
import { type Keyer, type StoredKeys, changedKeys } from '../rekey.ts';
import type { CoveredSummary, SourceStats } from '../reads.ts';
import { migrate } from './migrate.ts';
import { type ArticleRow, type SourceRow, articleFromRow, sourceFromRow } from './rows.ts';
import { SqliteSiteReads } from './site-reads.ts';
import type { SearchCandidates, SearchMatch } from '../search.ts';
import { SqliteSearch } from './search.ts';
import { SqliteStories } from './stories.ts';

const SOURCE_SELECT = `SELECT s.*, h.last_success, h.last_error, h.last_error_at, h.consecutive_failures, h.items_seen,
  h.next_due, h.interval_seconds FROM sources s LEFT JOIN source_health h ON h.slug = s.slug`;

/** The embedded driver: one file, WAL, synchronous calls. */
export class SqliteStore implements Store {
  readonly db: Database.Database;
  private readonly reads: SqliteSiteReads;
  readonly stories: SqliteStories;

  private readonly statements = new Map<string, Database.Statement>();
  private finder: SqliteSearch | null = null;

  /** Each statement is compiled once per connection: compiling costs as much as running a small write. */
  private prepare(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (!st) this.statements.set(sql, (st = this.db.prepare(sql)));
    return st;
  }

  constructor(path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    try {
      this.db = new Database(path);
    } catch (err) {
      throw new Error(`${path}: the database cannot be opened (${(err as Error).message})`);
    }
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    // 64 MiB of page cache (the default is 2 MiB): a store of a million articles keeps its indexes' hot pages here.
    this.db.pragma('cache_size = -65536');
    migrate(this.db);
    this.reads = new SqliteSiteReads(this.db);
    this.stories = new SqliteStories(this.db);
  }

  upsertSource(s: Source & { aliases?: string[] }): void {
    this
      .prepare(
        `INSERT INTO sources (slug, name_fa, name_en, homepage, feeds, aliases, cms, affiliation, affiliation_citation,
           country, licence, allow_private, added_at)
         VALUES (@slug, @nameFa, @nameEn, @homepage, @feeds, @aliases, @cms, @affiliation, @citation, @country, @licence,
           @allowPrivate, @now)
         ON CONFLICT(slug) DO UPDATE SET name_fa = excluded.name_fa, name_en = excluded.name_en,
           homepage = excluded.homepage, feeds = excluded.feeds, aliases = excluded.aliases, cms = excluded.cms,
           affiliation = excluded.affiliation, affiliation_citation = excluded.affiliation_citation,
           country = excluded.country, licence = excluded.licence, allow_private = excluded.allow_private`,
      )
      .run({
        slug: s.slug,
        nameFa: s.nameFa,
        nameEn: s.nameEn,
        homepage: s.homepage,
        feeds: JSON.stringify(s.feeds),
        aliases: JSON.stringify(s.aliases ?? []),
        cms: s.cms ?? null,
        affiliation: s.affiliation,
        citation: s.affiliationCitation ?? null,
        country: s.country ?? null,
        licence: s.licence ?? null,
        allowPrivate: s.allowPrivate ? 1 : 0,
        now: new Date().toISOString(),
      });
    this.prepare('INSERT OR IGNORE INTO source_health (slug) VALUES (?)').run(s.slug);
  }

  removeSource(slug: string): boolean {
    return this.prepare('DELETE FROM sources WHERE slug = ?').run(slug).changes > 0;
  }

  getSource(slug: string): StoredSource | null {
    const row = this.prepare(`${SOURCE_SELECT} WHERE s.slug = ?`).get(slug) as SourceRow | undefined;
    return row ? sourceFromRow(row) : null;
  }

  listSources(): StoredSource[] {
    return (this.prepare(`${SOURCE_SELECT} ORDER BY s.slug`).all() as SourceRow[]).map(sourceFromRow);
  }

  dueSources(now: Date): StoredSource[] {
    const rows = this
      .prepare(`${SOURCE_SELECT} WHERE h.next_due IS NULL OR h.next_due <= ? ORDER BY h.next_due`)
      .all(now.toISOString()) as SourceRow[];
    return rows.map(sourceFromRow);
  }

  recordSuccess(slug: string, at: Date, itemsSeen: number, nextDue: Date, intervalSeconds: number): void {
    this
      .prepare(
        `UPDATE source_health SET last_success = ?, consecutive_failures = 0, items_seen = items_seen + ?,
           next_due = ?, interval_seconds = ? WHERE slug = ?`,
      )
      .run(at.toISOString(), itemsSeen, nextDue.toISOString(), intervalSeconds, slug);
  }

  recordFailure(slug: string, at: Date, error: string, nextDue: Date): void {
    this
      .prepare(
        `UPDATE source_health SET last_error = ?, last_error_at = ?, consecutive_failures = consecutive_failures + 1,
           next_due = ? WHERE slug = ?`,
      )
      .run(error, at.toISOString(), nextDue.toISOString(), slug);
  }

  getFeedState(feedUrl: string): FeedState {
    const row = this.prepare('SELECT etag, last_modified FROM feed_state WHERE feed_url = ?').get(feedUrl) as
      | { etag: string | null; last_modified: string | null }
      | undefined;
    return { etag: row?.etag ?? null, lastModified: row?.last_modified ?? null };
  }

  setFeedState(feedUrl: string, slug: string, state: FeedState): void {
    this
      .prepare(
        `INSERT INTO feed_state (feed_url, slug, etag, last_modified) VALUES (?, ?, ?, ?)
         ON CONFLICT(feed_url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified`,
      )
      .run(feedUrl, slug, state.etag, state.lastModified);
  }

  hasArticle(url: string): boolean {
    return this.prepare('SELECT 1 FROM articles WHERE url = ? OR canonical_url = ? LIMIT 1').get(url, url) !== undefined;
  }

  saveArticle(a: NewArticle): { id: number; created: boolean; changed: boolean } {
    // The row and its search entry are written together; inside saveArticles' transaction no savepoint is taken,
    // since a savepoint makes FTS5 flush its pending terms and bulk imports four times slower.
    return this.db.inTransaction ? this.writeArticle(a) : this.db.transaction(() => this.writeArticle(a))();
  }

  private writeArticle(a: NewArticle): { id: number; created: boolean; changed: boolean } {
    const existing = this.prepare('SELECT id, content_hash FROM articles WHERE canonical_url = ?').get(a.canonicalUrl) as
      | { id: number; content_hash: string }
      | undefined;
    if (existing && existing.content_hash === a.contentHash) return { id: existing.id, created: false, changed: false };
    const values = {
      source: a.source, url: a.url, canonical: a.canonicalUrl, title: a.title, kicker: a.kicker, lead: a.lead,
      text: a.text, html: a.html, original: JSON.stringify(a.original), searchKey: a.searchKey,
      published: a.published, modified: a.modified, fetched: a.fetched, author: a.author, newsCode: a.newsCode,
      section: a.section, tags: JSON.stringify(a.tags), images: JSON.stringify(a.images),
      attribution: JSON.stringify(a.attribution), related: JSON.stringify(a.related), lang: a.lang, dir: a.dir,
      hash: a.contentHash,
    };
    if (existing) {
      this.db
        .prepare(
          `UPDATE articles SET source=@source, url=@url, title=@title, kicker=@kicker, lead=@lead, text=@text,
             html=@html, original=@original, search_key=@searchKey, published=@published, modified=@modified,
             fetched=@fetched, author=@author, news_code=@newsCode, section=@section, tags=@tags, images=@images,
             attribution=@attribution, related=@related, lang=@lang, dir=@dir, content_hash=@hash WHERE id=@id`,
        )
        .run({ ...values, id: existing.id });
      return { id: existing.id, created: false, changed: true };
    }
    const info = this
      .prepare(
        `INSERT INTO articles (source, url, canonical_url, title, kicker, lead, text, html, original, search_key,
           published, modified, fetched, author, news_code, section, tags, images, attribution, related, lang, dir,
           content_hash)
         VALUES (@source, @url, @canonical, @title, @kicker, @lead, @text, @html, @original, @searchKey, @published,
           @modified, @fetched, @author, @newsCode, @section, @tags, @images, @attribution, @related, @lang, @dir,
           @hash)`,
      )
      .run(values);
    const id = Number(info.lastInsertRowid);
    // Written here rather than by a trigger: a trigger on a virtual table takes a statement savepoint (see above).
    this.prepare('INSERT INTO article_search (rowid, key) VALUES (?, ?)').run(id, a.searchKey);
    return { id, created: true, changed: true };
  }

  saveArticles(articles: NewArticle[]): { id: number; created: boolean; changed: boolean }[] {
    return this.db.transaction(() => articles.map((a) => this.saveArticle(a)))();
  }

  getArticle(id: number): Article | null {
    const row = this.prepare('SELECT * FROM articles WHERE id = ?').get(id) as ArticleRow | undefined;
    return row ? articleFromRow(row) : null;
  }

  getArticles(ids: number[]): Article[] {
    const rows = this.prepare('SELECT * FROM articles WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as ArticleRow[];
    return rows.map(articleFromRow);
  }

  latestArticles(opts: { limit: number; offset?: number; source?: string }): ArticleSummary[] {
    const where = opts.source ? 'WHERE a.source = @source' : '';
    return this
      .prepare(
        `SELECT a.id, a.source, COALESCE(s.name_fa, a.source) AS sourceName, a.url, a.title, a.kicker, a.lead,
           a.published, a.story FROM articles a LEFT JOIN sources s ON s.slug = a.source ${where}
         ORDER BY COALESCE(a.published, a.fetched) DESC, a.id DESC LIMIT @limit OFFSET @offset`,
      )
      .all({ source: opts.source, limit: opts.limit, offset: opts.offset ?? 0 }) as ArticleSummary[];
  }

  refreshStatistics(): void {
    this.db.pragma('optimize');
  }

  rekeyArticles(afterId: number, limit: number, keys: Keyer): { lastId: number | null; changed: number } {
    const rows = this.prepare('SELECT id, title, lead, text, search_key, content_hash FROM articles WHERE id > ? ORDER BY id LIMIT ?').all(
      afterId,
      limit,
    ) as StoredKeys[];
    const changed = changedKeys(rows, keys);
    const update = this.prepare('UPDATE articles SET search_key = ?, content_hash = ? WHERE id = ? AND content_hash = ?');
    // The search index follows the key by its trigger (migration 003).
    let written = 0;
    this.db.transaction(() => {
      for (const k of changed) written += update.run(k.searchKey, k.contentHash, k.id, k.was).changes;
    })();
    return { lastId: rows.at(-1)?.id ?? null, changed: written };
  }

  getSetting(name: string): string | null {
    const row = this.prepare('SELECT value FROM store_settings WHERE name = ?').get(name) as { value: string } | undefined;
    return row?.value ?? null;
  }

  setSetting(name: string, value: string): void {
    this.prepare('INSERT INTO store_settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value').run(name, value);
  }

  countArticles(): number {
    return (this.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  }

  *allArticles(): Iterable<Article> {
    for (const row of this.db.prepare('SELECT * FROM articles ORDER BY id').iterate()) {
      yield articleFromRow(row as ArticleRow);
    }
  }

  searchArticles(match: SearchMatch): SearchCandidates {
    this.finder ??= new SqliteSearch(this.db);
    return this.finder.search(match);
  }

  // The website's reads (reads.ts) live in site-reads.ts; these delegate to it.
  changeToken(): string {
    return this.reads.changeToken();
  }
  sectionCounts(): { section: string; articles: number }[] {
    return this.reads.sectionCounts();
  }
  latestInSections(sections: string[], opts: { limit: number; offset?: number }): ArticleSummary[] {
    return this.reads.latestInSections(sections, opts);
  }
  mostCovered(opts: { since: string; until: string; limit: number }): CoveredSummary[] {
    return this.reads.mostCovered(opts);
  }
  storyArticles(story: number, limit: number): ArticleSummary[] {
    return this.reads.storyArticles(story, limit);
  }
  sourceStats(): SourceStats[] {
    return this.reads.sourceStats();
  }
  newestPublished(): string | null {
    return this.reads.newestPublished();
  }

  close(): void {
    this.db.close();
  }
}
