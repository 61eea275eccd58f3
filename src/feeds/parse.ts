import type { FeedItem, ParsedFeed } from '../model/types.ts';
import { normalizeDisplay } from '../persian/index.ts';
import { sanitizeArticleHtml } from '../sanitize/index.ts';
import { readAtom } from './atom.ts';
import { parseFeedDate } from './dates.ts';
import { FeedError } from './errors.ts';
import { escapeHtml, foldSpace, htmlToText, looksLikeHtml } from './html-text.ts';
import { readJsonFeed } from './json-feed.ts';
import type { RawEntry, RawFeed, RawText } from './raw.ts';
import { readRss } from './rss.ts';
import { resolveUrl, safeLink } from './urls.ts';
import { readXml } from './xml/reader.ts';

export interface ParseOptions {
  /** Characters the document's own entity declarations may expand to, in all (an entity bomb ends here). */
  maxEntityExpansion?: number;
}

export type FeedFormat = 'rss' | 'rdf' | 'cdf' | 'atom' | 'json';

const ROOTS = new Set(['rss', 'rdf', 'feed', 'channel']);
const SUMMARY_CHARS = 2000;

/** The feed as written, before Khabar's normalization; `wellFormed` false when the reader had to recover. */
export function readFeedDocument(text: string, baseUrl = '', opts: ParseOptions = {}): { feed: RawFeed; format: FeedFormat; wellFormed: boolean } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const first = /\S/.exec(body)?.[0];
  if (first === undefined) throw new FeedError('the document is empty');
  if (first === '{' || first === '[') return { feed: readJsonFeed(body, baseUrl), format: 'json', wellFormed: true };
  const doc = readXml(body, { roots: ROOTS, baseUrl, maxEntityExpansion: opts.maxEntityExpansion ?? 1_000_000 });
  const root = doc.root;
  if (!root) {
    if (/<html[\s>]/i.test(body.slice(0, 4096))) throw new FeedError('it is an HTML page, not a feed');
    throw new FeedError('no RSS, Atom or JSON Feed was found in it');
  }
  if (root.local === 'feed') return { feed: readAtom(root, doc), format: 'atom', wellFormed: doc.wellFormed };
  const format = root.local === 'rdf' ? 'rdf' : root.local === 'channel' ? 'cdf' : 'rss';
  return { feed: readRss(root, doc), format, wellFormed: doc.wellFormed };
}

function isHtml(t: RawText): boolean {
  return t.type === 'html' || t.type === 'xhtml' || (t.type === 'guess' && looksLikeHtml(t.value));
}

/** A text construct as the plain text readers see: markup dropped, Persian normalized, at most `max` characters. */
function plainText(t: RawText | null, max = Infinity): string {
  if (!t || !t.value) return '';
  const text = isHtml(t) ? htmlToText(t.value) : foldSpace(t.value);
  // Normalizing a long article to keep its first lines would be wasted work: cut first, with a margin.
  const normalized = normalizeDisplay(text.length > max + 200 ? text.slice(0, max + 200) : text);
  return normalized.length > max ? normalized.slice(0, max) : normalized;
}

/** Short labels (categories, authors) repeat across a feed's items: each is normalized once per feed. */
class LabelCache {
  private readonly seen = new Map<string, string>();
  get(raw: string): string {
    let out = this.seen.get(raw);
    if (out === undefined) {
      out = normalizeDisplay(foldSpace(raw));
      this.seen.set(raw, out);
    }
    return out;
  }

  /** The labels normalized, empty ones dropped and each kept once, in order. */
  distinct(raw: readonly string[]): string[] {
    const out: string[] = [];
    for (const r of raw) {
      const label = this.get(r);
      if (label && !out.includes(label)) out.push(label);
    }
    return out;
  }
}

/** A text construct as sanitized HTML, links resolved against its xml:base (or the fallback). */
function safeHtml(t: RawText | null, fallbackBase: string): string {
  if (!t || !t.value.trim()) return '';
  // Without "<" or "&" there is no markup: escaping gives what the sanitizer would, for a fraction of the work.
  if (!isHtml(t) || !/[<&]/.test(t.value)) return escapeHtml(t.value.trim());
  return sanitizeArticleHtml(t.value, t.base || fallbackBase || undefined);
}

/** `fallbackBase`: the feed's own link, which resolves relative links when nothing else can (a feed read from a file). */
function absolute(url: string, fallbackBase: string): string {
  return fallbackBase && url && !/^[a-z][a-z0-9+.-]*:/i.test(url) ? resolveUrl(url, fallbackBase) : url;
}

function toItem(e: RawEntry, fallbackBase: string, labels: LabelCache): FeedItem {
  const link = safeLink(absolute(e.link, fallbackBase));
  const summary = plainText(e.summary, SUMMARY_CHARS) || plainText(e.content, SUMMARY_CHARS);
  const published = parseFeedDate(e.published);
  const updated = parseFeedDate(e.updated);
  return {
    id: e.id ?? link,
    title: plainText(e.title),
    link,
    // An entry that says only when it was updated was, as far as anyone can tell, published then.
    published: published ?? updated,
    updated,
    summary,
    contentHtml: safeHtml(e.content, fallbackBase),
    author: e.author ? labels.get(e.author) || null : null,
    categories: labels.distinct(e.categories),
    enclosures: e.enclosures.length ? e.enclosures.map((x) => ({ url: safeLink(absolute(x.url, fallbackBase)), type: x.type })).filter((x) => x.url) : [],
  };
}

/**
 * RSS 0.9x/1.0/2.0, Atom 0.3/1.0, JSON Feed 1.0/1.1 and CDF into one shape. `baseUrl` (where the feed came from)
 * resolves relative links, under any xml:base the feed declares. Throws a FeedError with a one-line reason when the
 * input is not a feed; malformed XML is read as far as it makes sense.
 */
export function parseFeed(text: string, baseUrl = '', opts: ParseOptions = {}): ParsedFeed {
  const { feed } = readFeedDocument(text, baseUrl, opts);
  const link = safeLink(feed.link);
  const fallbackBase = !baseUrl && /^https?:/i.test(link) ? link : '';
  const labels = new LabelCache();
  return {
    title: plainText(feed.title),
    link,
    items: feed.entries.map((e) => toItem(e, fallbackBase, labels)),
    ttlSeconds: feed.ttlSeconds,
  };
}
