// Types shared by the replay generator: the authored content, the outlets, and the planned site articles.

export type Family =
  'nastooh' | 'iransamaneh' | 'asam' | 'isna' | 'fars' | 'bbc' | 'pangea' | 'euronews' | 'independent' | 'legacy';

export type FeedFormat = 'rss2' | 'rss092' | 'atom' | 'jsonfeed';

export interface Outlet {
  slug: string;
  nameFa: string;
  nameEn: string;
  aliases: string[];
  family: Family;
  affiliation: string;
  feed: { path: string; format: FeedFormat };
  charset: 'utf-8' | 'windows-1256';
  charsetIn: 'header' | 'meta';
  slow: boolean;
  flaky: boolean;
  homepage: string;
}

export interface Attribution {
  reportedBy: string;
  quoting: string[];
}

/** One article as written in content/*.json. */
export interface AuthoredArticle {
  outlet: string;
  published: string;
  section: string;
  kicker: string;
  title: string;
  lead: string;
  body: string[];
  tags?: string[];
  attribution: Attribution;
  copyOf?: number;
}

export interface AuthoredEvent {
  id: string;
  about: string;
  articles: AuthoredArticle[];
}

/** A read-more block placed inside the body after paragraph `after` (0-based index into body). */
export interface ReadMore {
  after: number;
  target: SiteArticle;
}

export interface ReaderComment {
  name: string;
  text: string;
  /** minutes after the article was published */
  afterMinutes: number;
}

/** An authored article placed on its outlet's site: identity, URLs, and the chrome chosen for it. */
export interface SiteArticle {
  id: string;
  event: string;
  authored: AuthoredArticle;
  outlet: Outlet;
  published: Date;
  /** the outlet's internal article number or id (always present; used in URLs) */
  code: string;
  /** decoded URL path of the article page */
  path: string;
  /** decoded path of the short link, or null where the family has none */
  shortPath: string | null;
  copyOf: string | null;
  readMore: ReadMore[];
  latest: SiteArticle[];
  mostViewed: SiteArticle[];
  comments: ReaderComment[];
}

export interface SiteArticlesByOutlet {
  outlet: Outlet;
  /** newest first */
  articles: SiteArticle[];
}
