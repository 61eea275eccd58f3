import type { Article, Affiliation } from '../../model/types.ts';
import type { StoredSource } from '../store.ts';
import type { StoryRecord } from '../stories.ts';

export interface SourceRow {
  slug: string;
  name_fa: string;
  name_en: string;
  homepage: string;
  feeds: string;
  aliases: string;
  cms: string | null;
  affiliation: string;
  affiliation_citation: string | null;
  country: string | null;
  licence: string | null;
  allow_private: number;
  last_success: string | null;
  last_error: string | null;
  last_error_at: string | null;
  consecutive_failures: number | null;
  items_seen: number | null;
  next_due: string | null;
  interval_seconds: number | null;
}

export function sourceFromRow(r: SourceRow): StoredSource {
  return {
    slug: r.slug,
    nameFa: r.name_fa,
    nameEn: r.name_en,
    homepage: r.homepage,
    feeds: JSON.parse(r.feeds) as string[],
    aliases: JSON.parse(r.aliases) as string[],
    ...(r.cms ? { cms: r.cms } : {}),
    affiliation: r.affiliation as Affiliation,
    ...(r.affiliation_citation ? { affiliationCitation: r.affiliation_citation } : {}),
    ...(r.country ? { country: r.country } : {}),
    ...(r.licence ? { licence: r.licence } : {}),
    allowPrivate: r.allow_private === 1,
    health: {
      slug: r.slug,
      lastSuccess: r.last_success,
      lastError: r.last_error,
      lastErrorAt: r.last_error_at,
      consecutiveFailures: r.consecutive_failures ?? 0,
      itemsSeen: r.items_seen ?? 0,
      nextDue: r.next_due,
      intervalSeconds: r.interval_seconds ?? 900,
      etag: null,
      lastModified: null,
    },
  };
}

export interface ArticleRow {
  id: number;
  source: string;
  url: string;
  canonical_url: string;
  title: string;
  kicker: string;
  lead: string;
  text: string;
  html: string;
  published: string | null;
  modified: string | null;
  fetched: string;
  author: string | null;
  news_code: string | null;
  section: string | null;
  tags: string;
  images: string;
  attribution: string;
  related: string;
  lang: string;
  dir: string;
  content_hash: string;
  story: number | null;
  duplicate_of: number | null;
}

export function articleFromRow(r: ArticleRow): Article {
  return {
    id: r.id,
    source: r.source,
    url: r.url,
    canonicalUrl: r.canonical_url,
    title: r.title,
    kicker: r.kicker,
    lead: r.lead,
    text: r.text,
    html: r.html,
    published: r.published,
    modified: r.modified,
    fetched: r.fetched,
    author: r.author,
    newsCode: r.news_code,
    section: r.section,
    tags: JSON.parse(r.tags) as string[],
    images: JSON.parse(r.images) as string[],
    attribution: JSON.parse(r.attribution) as Article['attribution'],
    related: JSON.parse(r.related) as Article['related'],
    lang: r.lang,
    dir: r.dir,
    contentHash: r.content_hash,
    story: r.story,
    duplicateOf: r.duplicate_of,
  };
}

/** A row of the stories table, as both drivers read it. */
export interface StoryRow {
  id: number;
  title: string;
  representative: number | null;
  first_seen: string;
  last_updated: string;
  article_count: number;
  outlet_count: number;
  first_reporter: string | null;
  top_terms: string;
  entities: string;
  merged_into: number | null;
}

export function recordFromRow(r: StoryRow): StoryRecord {
  return {
    id: r.id,
    title: r.title,
    representative: r.representative,
    firstSeen: r.first_seen,
    lastUpdated: r.last_updated,
    articleCount: r.article_count,
    outletCount: r.outlet_count,
    firstReporter: r.first_reporter,
    topTerms: JSON.parse(r.top_terms) as string[],
    entities: JSON.parse(r.entities) as string[],
  };
}
