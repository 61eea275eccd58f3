import { parseFeed as parseAnyFeed } from 'feedsmith';
import type { FeedItem, ParsedFeed } from '../model/types.ts';
import { normalizeDisplay } from '../persian/index.ts';
import { sanitizeArticleHtml } from '../sanitize/index.ts';
import { parseFeedDate } from './dates.ts';
import { htmlToText } from './html-text.ts';

/** Loosely typed view of feedsmith's per-format output: the fields Khabar reads. */
type TextLike = string | { value?: string; encoded?: string } | undefined;

/** Atom text constructs come as {value, type}; RSS content:encoded as {encoded}; plain strings elsewhere. */
function textOf(x: TextLike): string {
  if (!x) return '';
  return typeof x === 'string' ? x : (x.value ?? x.encoded ?? '');
}

interface AnyItem {
  id?: string;
  title?: TextLike;
  link?: string;
  links?: { href?: string; rel?: string }[];
  url?: string;
  guid?: { value?: string } | string;
  pubDate?: string;
  published?: string;
  updated?: string;
  date_published?: string;
  date_modified?: string;
  description?: string;
  summary?: TextLike;
  content?: TextLike;
  content_html?: string;
  content_text?: string;
  authors?: ({ name?: string } | string)[];
  author?: string;
  categories?: ({ name?: string; term?: string; label?: string } | string)[];
  tags?: string[];
  enclosures?: { url?: string; type?: string }[];
  attachments?: { url?: string; mime_type?: string }[];
  dc?: { creator?: string; creators?: string[]; date?: string; dates?: string[] };
}

function resolve(href: string | undefined, base: string): string {
  if (!href) return '';
  try {
    return new URL(href.trim(), base || undefined).href;
  } catch {
    return href.trim();
  }
}

function linkOf(item: AnyItem, base: string): string {
  const alt = item.links?.find((l) => !l.rel || l.rel === 'alternate')?.href;
  return resolve(item.link ?? alt ?? item.url, base);
}

function toItem(item: AnyItem, base: string): FeedItem {
  const link = linkOf(item, base);
  const guid = typeof item.guid === 'string' ? item.guid : item.guid?.value;
  const rawContent = textOf(item.content) || item.content_html || '';
  const rawSummary = item.description || textOf(item.summary) || item.content_text || '';
  const author =
    item.dc?.creator ??
    item.dc?.creators?.[0] ??
    item.author ??
    item.authors?.map((a) => (typeof a === 'string' ? a : a.name)).find(Boolean) ??
    null;
  return {
    id: (item.id ?? guid ?? link) || '',
    title: normalizeDisplay(htmlToText(textOf(item.title))),
    link,
    published: parseFeedDate(item.pubDate ?? item.published ?? item.date_published ?? item.dc?.date),
    updated: parseFeedDate(item.updated ?? item.date_modified),
    summary: normalizeDisplay(htmlToText(rawSummary || rawContent)).slice(0, 2000),
    contentHtml: rawContent ? sanitizeArticleHtml(rawContent, link || base) : '',
    author: author ? normalizeDisplay(htmlToText(author)) : null,
    categories: [...(item.categories ?? []), ...(item.tags ?? [])]
      .map((c) => (typeof c === 'string' ? c : (c.name ?? c.label ?? c.term ?? '')))
      .map((c) => normalizeDisplay(c))
      .filter(Boolean),
    enclosures: [
      ...(item.enclosures ?? []).map((e) => ({ url: resolve(e.url, link || base), type: e.type ?? null })),
      ...(item.attachments ?? []).map((e) => ({ url: resolve(e.url, link || base), type: e.mime_type ?? null })),
    ].filter((e) => e.url),
  };
}

/**
 * RSS 0.9x/1.0/2.0, Atom and JSON Feed into one shape. `baseUrl` (where the feed came from) resolves relative links.
 * Throws an Error with a one-line reason when the input is not a feed.
 */
export function parseFeed(text: string, baseUrl = ''): ParsedFeed {
  let parsed: { format: string; feed: Record<string, unknown> };
  try {
    parsed = parseAnyFeed(text.replace(/^\uFEFF/, '').trimStart()) as typeof parsed;
  } catch (err) {
    throw new Error(`not a feed that can be read (${(err as Error).message.split('\n')[0]})`);
  }
  const feed = parsed.feed as { title?: TextLike; link?: string; links?: { href?: string; rel?: string }[]; home_page_url?: string; items?: AnyItem[]; entries?: AnyItem[] };
  const link = resolve(feed.link ?? feed.home_page_url ?? feed.links?.find((l) => !l.rel || l.rel === 'alternate')?.href, baseUrl);
  const items = (feed.items ?? feed.entries ?? []).map((i) => toItem(i, link || baseUrl));
  return { title: normalizeDisplay(htmlToText(textOf(feed.title))), link, items };
}
