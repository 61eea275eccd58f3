// Plain shapes shared by every stage. No I/O here.

export type FeedKind = 'rss' | 'atom' | 'json' | 'html-list';

export type Affiliation =
  | 'state'
  | 'semi-official'
  | 'principlist'
  | 'reformist'
  | 'independent'
  | 'diaspora'
  | 'unknown';

export interface Source {
  slug: string;
  nameFa: string;
  nameEn: string;
  homepage: string;
  feeds: string[];
  cms?: string;
  affiliation: Affiliation;
  affiliationCitation?: string;
  country?: string;
  licence?: string;
  /** True for sources served from loopback (the offline replay): the SSRF guard lets them through. */
  allowPrivate?: boolean;
}

export interface SourceHealth {
  slug: string;
  lastSuccess: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
  consecutiveFailures: number;
  itemsSeen: number;
  nextDue: string | null;
  intervalSeconds: number;
  etag: string | null;
  lastModified: string | null;
}

export interface FeedItem {
  id: string;
  title: string;
  link: string;
  published: string | null;
  updated: string | null;
  summary: string;
  contentHtml: string;
  author: string | null;
  categories: string[];
  enclosures: { url: string; type: string | null }[];
}

export interface ParsedFeed {
  title: string;
  link: string;
  items: FeedItem[];
  /** How long the publisher says the feed stays fresh (RSS <ttl>, sy:updatePeriod), in seconds; the scheduler's hint. */
  ttlSeconds?: number | null;
}

export interface Attribution {
  reportedBy: string | null;
  quoting: string[];
}

export interface RelatedLink {
  url: string;
  title: string;
}

/** What extraction makes of one page. */
export interface Extracted {
  url: string;
  canonicalUrl: string;
  title: string;
  kicker: string;
  lead: string;
  text: string;
  html: string;
  published: string | null;
  modified: string | null;
  author: string | null;
  newsCode: string | null;
  section: string | null;
  tags: string[];
  images: string[];
  attribution: Attribution;
  related: RelatedLink[];
  lang: string;
  dir: string;
}

/** An article as stored. */
export interface Article extends Extracted {
  id: number;
  source: string;
  fetched: string;
  contentHash: string;
  story: number | null;
  duplicateOf: number | null;
}

export interface Story {
  id: number;
  title: string;
  firstSeen: string;
  lastUpdated: string;
  articleCount: number;
  outletCount: number;
  firstReporter: string | null;
}
