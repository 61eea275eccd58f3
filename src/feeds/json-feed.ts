import { FeedError } from './errors.ts';
import type { RawEntry, RawFeed, RawText } from './raw.ts';
import { resolveUrl } from './urls.ts';

type Json = Record<string, unknown>;

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function authorName(item: Json): string | null {
  const first = obj(list(item.authors)[0]);
  return str(first.name) ?? str(obj(item.author).name) ?? str(item.author);
}

function jsonEntry(raw: unknown, base: string): RawEntry {
  const item = obj(raw);
  const link = resolveUrl(str(item.url) ?? str(item.external_url), base);
  const html = str(item.content_html);
  const text = str(item.content_text);
  const text_ = (value: string | null, type: RawText['type']): RawText | null => (value ? { value, type, base: link || base } : null);
  return {
    id: item.id === undefined || item.id === null ? null : String(item.id),
    title: text_(str(item.title), 'text'),
    link,
    summary: text_(str(item.summary), 'text'),
    content: html ? text_(html, 'html') : text_(text, 'text'),
    published: str(item.date_published),
    updated: str(item.date_modified),
    author: authorName(item),
    categories: list(item.tags).filter((t): t is string => typeof t === 'string' && t.trim() !== ''),
    enclosures: list(item.attachments)
      .map(obj)
      .map((a) => ({ url: resolveUrl(str(a.url), link || base), type: str(a.mime_type) }))
      .filter((a) => a.url),
    base: link || base,
  };
}

/** JSON Feed 1.0 and 1.1. */
export function readJsonFeed(text: string, baseUrl: string): RawFeed {
  let doc: Json;
  try {
    doc = obj(JSON.parse(text));
  } catch (err) {
    throw new FeedError(`it is not valid JSON (${(err as Error).message.split('\n')[0]})`);
  }
  if (!/jsonfeed\.org\/version\//.test(String(doc.version ?? '')) && !Array.isArray(doc.items)) {
    throw new FeedError('it is JSON but not a JSON Feed (no version and no items)');
  }
  const base = resolveUrl(str(doc.feed_url), baseUrl) || baseUrl;
  const title = str(doc.title);
  return {
    title: title ? { value: title, type: 'text', base } : null,
    link: resolveUrl(str(doc.home_page_url), base),
    ttlSeconds: null,
    entries: list(doc.items).map((i) => jsonEntry(i, base)),
  };
}
