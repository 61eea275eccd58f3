import { redactText, redactUrl } from '../../model/redact.ts';
import type { Article as StoredArticle } from '../../model/types.ts';
import type { ArticleSummary as StoredSummary, CoveredSummary, SourceStats, StoredSource, StoryRecord } from '../../store/index.ts';
import { categoryOfSection } from '../categories.ts';
import { AFFILIATION_FA, AFFILIATION_MEANING, knownAffiliation } from '../views/affiliation.ts';
import type { z } from 'zod';
import type { Article, ArticleSummary, CoveredStory, Source, Story } from './schemas.ts';

export function summaryOut(a: StoredSummary, origin: string): z.infer<typeof ArticleSummary> {
  return {
    id: a.id,
    url: `${origin}/article/${a.id}`,
    originalUrl: a.url,
    source: a.source,
    sourceName: a.sourceName,
    title: a.title,
    kicker: a.kicker,
    lead: a.lead,
    published: a.published,
    story: a.story,
  };
}

export function coveredOut(a: CoveredSummary, origin: string): z.infer<typeof CoveredStory> {
  return { ...summaryOut(a, origin), outlets: a.outlets, articles: a.articles, latest: a.latest };
}

export function articleOut(a: StoredArticle, sourceName: string, origin: string): z.infer<typeof Article> {
  return {
    ...summaryOut({ ...a, sourceName }, origin),
    canonicalUrl: a.canonicalUrl,
    modified: a.modified,
    fetched: a.fetched,
    author: a.author,
    newsCode: a.newsCode,
    section: a.section,
    category: categoryOfSection(a.section)?.slug ?? null,
    tags: a.tags,
    text: a.text,
    html: a.html,
    attribution: a.attribution,
    related: a.related,
    lang: a.lang,
    dir: a.dir,
    duplicateOf: a.duplicateOf,
  };
}

export function sourceOut(s: StoredSource, stats: SourceStats | undefined, origin: string): z.infer<typeof Source> {
  const h = s.health;
  const affiliation = knownAffiliation(s.affiliation);
  return {
    slug: s.slug,
    url: `${origin}/source/${s.slug}`,
    nameFa: s.nameFa,
    nameEn: s.nameEn,
    // Feed URLs and error lines may carry a password or a key: published redacted, as the log writes them.
    homepage: s.homepage && redactUrl(s.homepage),
    feeds: s.feeds.map(redactUrl),
    affiliation,
    affiliationLabel: AFFILIATION_FA[affiliation],
    affiliationMeaning: AFFILIATION_MEANING[affiliation],
    affiliationCitation: s.affiliationCitation ?? null,
    country: s.country ?? null,
    licence: s.licence ?? null,
    articles: stats?.articles ?? 0,
    newestPublished: stats?.newestPublished ?? null,
    health: {
      lastSuccess: h.lastSuccess,
      lastError: h.lastError && redactText(h.lastError),
      lastErrorAt: h.lastErrorAt,
      consecutiveFailures: h.consecutiveFailures,
      intervalSeconds: h.intervalSeconds,
      nextDue: h.nextDue,
    },
  };
}

export function storyOut(s: StoryRecord, origin: string): z.infer<typeof Story> {
  return {
    id: s.id,
    url: `${origin}/story/${s.id}`,
    title: s.title,
    firstSeen: s.firstSeen,
    lastUpdated: s.lastUpdated,
    articleCount: s.articleCount,
    outletCount: s.outletCount,
    firstReporter: s.firstReporter,
    topTerms: s.topTerms,
    entities: s.entities,
  };
}

/** A stored article as a summary, its outlet named from a slug → name lookup. */
export function articleSummaryOf(a: StoredArticle, names: Map<string, string>, origin: string): z.infer<typeof ArticleSummary> {
  return summaryOut({ ...a, sourceName: names.get(a.source) ?? a.source }, origin);
}
