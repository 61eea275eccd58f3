import type { Article, Source, SourceHealth } from '../model/types.ts';
import type { SiteReads } from './reads.ts';
import type { SearchCandidates, SearchMatch } from './search.ts';
import type { StoryStore } from './stories.ts';
import type { Keyer } from './rekey.ts';

/** A source as stored, with the aliases other outlets use for it and its polling health. */
export interface StoredSource extends Source {
  aliases: string[];
  health: SourceHealth;
}

/** What the pipeline hands the store: an extracted article before it has an id. */
export type NewArticle = Omit<Article, 'id' | 'story' | 'duplicateOf'> & {
  original: { title: string; lead: string; text: string };
  searchKey: string;
};

/** An article's search key and the hash its changes are told by (see `crawl/article-keys.ts`). */
export interface ArticleKeys {
  searchKey: string;
  contentHash: string;
}

export interface ArticleSummary {
  id: number;
  source: string;
  sourceName: string;
  url: string;
  title: string;
  kicker: string;
  lead: string;
  published: string | null;
  story: number | null;
}

export interface FeedState {
  etag: string | null;
  lastModified: string | null;
}

/** The one repository interface every driver implements (the website's reads are in reads.ts). */
export interface Store extends SiteReads {
  upsertSource(source: Source & { aliases?: string[] }): void;
  removeSource(slug: string): boolean;
  getSource(slug: string): StoredSource | null;
  listSources(): StoredSource[];
  dueSources(now: Date): StoredSource[];
  recordSuccess(slug: string, at: Date, itemsSeen: number, nextDue: Date, intervalSeconds: number): void;
  recordFailure(slug: string, at: Date, error: string, nextDue: Date): void;
  getFeedState(feedUrl: string): FeedState;
  setFeedState(feedUrl: string, slug: string, state: FeedState): void;

  hasArticle(url: string): boolean;
  /** Inserts, or updates when the content changed; the same article twice changes nothing. */
  saveArticle(article: NewArticle): { id: number; created: boolean; changed: boolean };
  /** saveArticle for many, in one transaction: the bulk path of `khabar import`. Results are in input order. */
  saveArticles(articles: NewArticle[]): { id: number; created: boolean; changed: boolean }[];
  getArticle(id: number): Article | null;
  /** The articles with these ids that exist, in no particular order (one read for a page of search results). */
  getArticles(ids: number[]): Article[];
  latestArticles(opts: { limit: number; offset?: number; source?: string }): ArticleSummary[];
  countArticles(): number;
  /**
   * Sets the search key and content hash of up to `limit` articles after id `afterId` (in id order) to what `keys`
   * gives for their title, lead and text, where they differ: articles stored before the normalization changed are
   * found again. Returns the last id read (null when none was left) and how many articles changed.
   */
  rekeyArticles(afterId: number, limit: number, keys: Keyer): { lastId: number | null; changed: number };
  /** Brings the planner's statistics up to date after a bulk write (search plans from them on PostgreSQL). */
  refreshStatistics(): void;
  /** A value the store keeps about itself by name (`store_settings`), or null when none was set. */
  getSetting(name: string): string | null;
  setSetting(name: string, value: string): void;
  allArticles(): Iterable<Article>;
  /** Full-text search over the search keys: the matches' count and the newest `limit` of them with BM25. */
  searchArticles(match: SearchMatch): SearchCandidates;
  /** Stories and their members; a driver that does not keep stories leaves it unset. */
  readonly stories?: StoryStore;
  close(): void;
}
