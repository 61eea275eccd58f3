import type { Article } from '../model/types.ts';

/** A story as kept: what the home page and the story page need without reading every article. */
export interface StoryRecord {
  id: number;
  /** The representative headline (the member closest to the story's centroid). */
  title: string;
  representative: number | null;
  firstSeen: string;
  lastUpdated: string;
  articleCount: number;
  outletCount: number;
  /** Slug of the outlet that published first. */
  firstReporter: string | null;
  topTerms: string[];
  /** Places and people the story's headlines name. */
  entities: string[];
}

/** One line of the home page: a story with its outlets, newest first. */
export interface StorySummary extends StoryRecord {
  /** Outlets in the order they reported: slug and Persian name. */
  outlets: { slug: string; name: string }[];
  /** The newest article, when its headline is not the representative one (the story's latest turn). */
  latest: { id: number; title: string; source: string; sourceName: string; published: string | null } | null;
}

/** What one clustering step changed, written in one transaction. */
export interface StoryChange {
  /** Articles whose story or copy mark is new. */
  articles: { id: number; story: number; duplicateOf: number | null }[];
  /** Stories to insert or update. */
  stories: StoryRecord[];
  /** Stories merged into an older one: their ids now lead to `into`. */
  merged: { from: number; into: number }[];
}

type Awaitable<T> = T | Promise<T>;

/**
 * Story persistence (issue 6). The SQLite driver answers synchronously; callers await every answer, so a
 * networked driver may answer with promises. A driver without stories leaves `Store.stories` unset.
 */
export interface StoryStore {
  save(change: StoryChange): Awaitable<void>;
  /** A story by id; a merged id gives the story it was merged into (compare ids to redirect). */
  get(id: number): Awaitable<StoryRecord | null>;
  /** Stories updated most recently first. */
  latest(opts: { limit: number; offset?: number }): Awaitable<StorySummary[]>;
  /** Every article of a story, oldest first. */
  articles(id: number): Awaitable<Article[]>;
  /** Ids of the stories with an article published (or, without a date, fetched) at or after `since`. */
  activeSince(since: string): Awaitable<number[]>;
  /** Articles no story has been given yet, oldest first. */
  unassigned(): Iterable<Article> | AsyncIterable<Article>;
  /** The largest story id ever given (0 when none). */
  maxId(): Awaitable<number>;
  /**
   * For stores shared by several processes (PostgreSQL): runs `task` while no other process assigns stories (an
   * advisory lock). `foreign` is true when another process wrote stories since this one last did, so a window held
   * in memory is stale and must be restored before placing. Absent on a store only one process writes.
   */
  exclusive?<T>(task: (foreign: boolean) => Promise<T>): Promise<T>;
}
