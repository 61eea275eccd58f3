import { decodeHTML } from 'entities';
import { resolveUrl, safeLink } from './urls.ts';

export interface DiscoveredFeed {
  url: string;
  title: string;
  type: string;
}

const FEED_TYPES = /^(application\/(rss|atom|rdf|feed)\+(xml|json)|application\/(rss|atom)|text\/(rss|atom)\+xml|application\/json|text\/xml|application\/xml)$/;
const ATTR = /([^\s=/>"']+)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.replace(/^<\w+/, '').matchAll(ATTR)) {
    const name = (m[1] ?? '').toLowerCase();
    if (!(name in out)) out[name] = decodeHTML(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return out;
}

/**
 * The feeds a page announces with `<link rel="alternate" type="application/rss+xml" href="…">` (RSS, Atom, RDF,
 * JSON Feed), resolved against the page's address and its `<base href>`, in document order, without repeats.
 * XML and JSON types count only with a title or an RSS-looking address, as pages also link other alternates.
 */
export function discoverFeeds(html: string, pageUrl: string): DiscoveredFeed[] {
  const baseTag = /<base\b[^>]*>/i.exec(html);
  const baseHref = baseTag ? attributes(baseTag[0]).href : undefined;
  const base = baseHref ? resolveUrl(baseHref, pageUrl) : pageUrl;
  const found = new Map<string, DiscoveredFeed>();
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const a = attributes(m[0]);
    const rel = (a.rel ?? '').toLowerCase().split(/\s+/);
    const type = (a.type ?? '').toLowerCase().split(';')[0]?.trim() ?? '';
    if (!rel.includes('alternate') || !a.href || !FEED_TYPES.test(type)) continue;
    const generic = /^(application\/json|text\/xml|application\/xml)$/.test(type);
    if (generic && !a.title && !/rss|atom|feed/i.test(a.href)) continue;
    const url = safeLink(resolveUrl(a.href, base));
    if (url && !found.has(url)) found.set(url, { url, title: (a.title ?? '').trim(), type });
  }
  return [...found.values()];
}
