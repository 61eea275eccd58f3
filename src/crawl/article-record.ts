import type { ExtractResult } from '../extract/index.ts';
import type { FeedItem } from '../model/types.ts';
import { normalizeDisplay } from '../persian/index.ts';
import type { NewArticle } from '../store/index.ts';
import { canonicalUrl } from '../stories/canonical-url.ts';
import { articleKeys } from './article-keys.ts';

/** Joins what the feed said and what the page said into the record the store keeps. */
export function toNewArticle(source: string, item: FeedItem, page: ExtractResult, fetched: Date): NewArticle {
  const title = page.title || item.title;
  const lead = page.lead || normalizeDisplay(item.summary);
  const text = page.text;
  const { searchKey, contentHash } = articleKeys({ title, lead, text });
  return {
    source,
    url: item.link,
    // Tracking parameters, AMP and mobile addresses of one article are one stored article.
    canonicalUrl: canonicalUrl(page.canonicalUrl || item.link),
    title,
    kicker: page.kicker,
    lead,
    text,
    html: page.html,
    published: page.published ?? item.published ?? null,
    modified: page.modified ?? item.updated ?? null,
    fetched: fetched.toISOString(),
    author: page.author ?? item.author,
    newsCode: page.newsCode,
    section: page.section ?? item.categories[0] ?? null,
    tags: page.tags.length ? page.tags : item.categories,
    images: page.images.length ? page.images : item.enclosures.filter((e) => e.type?.startsWith('image/')).map((e) => e.url),
    attribution: page.attribution,
    related: page.related,
    lang: page.lang,
    dir: page.dir,
    contentHash,
    original: { title: page.raw.title || item.title, lead: page.raw.lead, text: page.raw.text },
    searchKey,
  };
}
