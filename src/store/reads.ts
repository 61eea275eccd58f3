import type { ArticleSummary } from './store.ts';

/** A story (or a lone article) seen in a window of time, told by the representative article: its first report. */
export interface CoveredSummary extends ArticleSummary {
  /** Distinct outlets that published it in the window. */
  outlets: number;
  /** Articles about it in the window. */
  articles: number;
  /** Newest publication about it in the window. */
  latest: string;
}

export interface SourceStats {
  source: string;
  articles: number;
  newestPublished: string | null;
  newestFetched: string | null;
}

/** Reads the website and API need; each is one cheap query, and the web layer caches their results. */
export interface SiteReads {
  /**
   * A token that changes when an article is added or a story changes; cheap enough to ask on every request. Other
   * writes (source health, feed validators, an edited article) may leave it as it was: pages built on it are kept
   * at most a minute anyway.
   */
  changeToken(): string;
  /** Each section name articles carry, with how many articles carry it. */
  sectionCounts(): { section: string; articles: number }[];
  /** The newest articles whose section is one of `sections`. */
  latestInSections(sections: string[], opts: { limit: number; offset?: number }): ArticleSummary[];
  /**
   * Stories (articles sharing a story id; an article without one stands alone) published in (since, until],
   * most outlets first, then most articles, then newest.
   */
  mostCovered(opts: { since: string; until: string; limit: number }): CoveredSummary[];
  /** The articles of one story, oldest first. */
  storyArticles(story: number, limit: number): ArticleSummary[];
  /** Article counts and newest dates per source. */
  sourceStats(): SourceStats[];
  /** The newest publication time stored, or null when there is none. */
  newestPublished(): string | null;
}
