import { type RawEntry, type RawFeed, textConstruct } from './raw.ts';
import { resolveUrl } from './urls.ts';
import { type XmlDocument, type XmlNode, childNamed, childrenNamed } from './xml/reader.ts';

const CORE = [''];
const ATOM = ['atom'];
const DC = ['dc'];
const DCTERMS = ['dcterms'];
const MEDIA = ['media'];

/** iTunes categories nest (Technology › Gadgets): each level is a category. Read without recursion, a few levels deep. */
function itunesCategories(node: XmlNode): string[] {
  const out: string[] = [];
  let level = childrenNamed(node, ['itunes'], 'category');
  for (let depth = 0; level.length && depth < 4; depth++) {
    for (const c of level) out.push((c.attrs.text ?? '').trim());
    level = level.flatMap((c) => childrenNamed(c, ['itunes'], 'category'));
  }
  return out;
}

const textOf = (node: XmlNode, ns: readonly string[], local: string): string | null => {
  const child = childNamed(node, ns, local);
  const t = child?.text.trim();
  return t ? t : null;
};

/** "editor@example.com (Jane Doe)", "Jane Doe (editor@example.com)" or "Jane Doe <jane@…>": the name when there is one. */
export function personName(raw: string | null | undefined): string | null {
  const s = (raw ?? '').trim();
  if (!s) return null;
  const paren = /^\S+@\S+\s*\((.+)\)$/.exec(s);
  if (paren?.[1]) return paren[1].trim();
  const trailing = /^(.+?)\s*\(\s*[^()\s]+@[^()\s]+\s*\)$/.exec(s);
  if (trailing?.[1]) return trailing[1].trim();
  const angle = /^(.+?)\s*<[^>]*@[^>]*>$/.exec(s);
  if (angle?.[1]) return angle[1].trim();
  return s;
}

function atomAlternate(node: XmlNode): string | null {
  const links = childrenNamed(node, ATOM, 'link');
  const alt = links.find((l) => (l.attrs.rel ?? 'alternate').toLowerCase() === 'alternate' && l.attrs.href);
  return alt ? resolveUrl(alt.attrs.href, alt.base) : null;
}

function itemLink(item: XmlNode): string {
  const link = childNamed(item, CORE, 'link');
  const href = link?.text.trim() || link?.attrs['rdf:resource'] || link?.attrs.href || item.attrs.href;
  if (href) return resolveUrl(href, link?.base ?? item.base);
  const atom = atomAlternate(item);
  if (atom) return atom;
  // A permalink guid is the item's link when there is no other.
  const guid = childNamed(item, CORE, 'guid');
  const id = guid?.text.trim();
  if (guid && id && (guid.attrs.ispermalink ?? 'true').toLowerCase() !== 'false' && /^https?:\/\//i.test(id)) return id;
  return '';
}

function rssEntry(item: XmlNode, doc: XmlDocument): RawEntry {
  const guid = childNamed(item, CORE, 'guid');
  const mediaGroup = childNamed(item, MEDIA, 'group') ?? item;
  const rawId = guid?.text.trim() || textOf(item, DC, 'identifier') || textOf(item, ATOM, 'id') || item.attrs['rdf:about'] || null;
  // Full content under its many historical names: content:encoded, xhtml:body, <body>, <fullitem>, atom:content.
  const content =
    childNamed(item, ['content'], 'encoded') ??
    childNamed(item, ['xhtml'], 'body') ??
    childNamed(item, CORE, 'body') ??
    childNamed(item, CORE, 'fullitem') ??
    childNamed(item, ATOM, 'content');
  const summary =
    childNamed(item, CORE, 'description') ??
    childNamed(item, CORE, 'abstract') ??
    childNamed(item, DC, 'description') ??
    childNamed(item, ATOM, 'summary') ??
    childNamed(item, ['itunes'], 'summary') ??
    childNamed(item, MEDIA, 'description') ??
    childNamed(mediaGroup, MEDIA, 'description');
  const categories = [
    ...childrenNamed(item, CORE, 'category').map((c) => c.text.trim()),
    ...childrenNamed(item, DC, 'subject').map((c) => c.text.trim()),
    ...childrenNamed(item, ATOM, 'category').map((c) => (c.attrs.term ?? c.attrs.label ?? '').trim()),
    ...childrenNamed(item, MEDIA, 'category').map((c) => c.text.trim()),
    ...itunesCategories(item),
  ].filter(Boolean);
  const enclosures = [
    ...childrenNamed(item, CORE, 'enclosure').map((e) => ({ url: resolveUrl(e.attrs.url ?? e.attrs['rdf:resource'], e.base), type: e.attrs.type?.trim() || null })),
    ...childrenNamed(item, ATOM, 'link')
      .filter((l) => l.attrs.rel?.toLowerCase() === 'enclosure')
      .map((l) => ({ url: resolveUrl(l.attrs.href, l.base), type: l.attrs.type?.trim() || null })),
  ].filter((e) => e.url);
  return {
    id: rawId,
    title: textConstruct(
      childNamed(item, CORE, 'title') ?? childNamed(item, DC, 'title') ?? childNamed(item, ATOM, 'title') ?? childNamed(mediaGroup, MEDIA, 'title'),
      doc,
      'guess',
    ),
    link: itemLink(item),
    summary: textConstruct(summary, doc, 'html'),
    content: textConstruct(content, doc, content?.ns === 'atom' ? 'text' : 'html'),
    published: textOf(item, CORE, 'pubdate') ?? textOf(item, DC, 'date') ?? textOf(item, DCTERMS, 'issued') ?? textOf(item, DCTERMS, 'created') ?? textOf(item, ATOM, 'published'),
    updated: textOf(item, DCTERMS, 'modified') ?? textOf(item, ATOM, 'updated') ?? item.attrs.lastmod ?? null,
    author:
      personName(textOf(item, CORE, 'author')) ??
      personName(textOf(item, DC, 'creator')) ??
      personName(textOf(item, DC, 'author')) ??
      personName(textOf(item, ['itunes'], 'author')) ??
      personName(childNamed(item, ATOM, 'author') && textOf(childNamed(item, ATOM, 'author') as XmlNode, ATOM, 'name')),
    categories,
    enclosures,
    base: item.base,
  };
}

const PERIOD_SECONDS: Record<string, number> = { hourly: 3600, daily: 86400, weekly: 604800, monthly: 2592000, yearly: 31536000 };

function freshness(channel: XmlNode): number | null {
  const ttl = Number(textOf(channel, CORE, 'ttl'));
  if (Number.isFinite(ttl) && ttl > 0) return Math.round(ttl * 60);
  const period = PERIOD_SECONDS[(textOf(channel, ['sy'], 'updateperiod') ?? '').toLowerCase()];
  const frequency = Number(textOf(channel, ['sy'], 'updatefrequency') ?? 1);
  return period && frequency > 0 ? Math.round(period / frequency) : null;
}

/** RSS 0.9x and 2.0 (`<rss>`), RSS 0.90 and 1.0 (`<rdf:RDF>`, items beside the channel) and CDF (`<channel>`). */
export function readRss(root: XmlNode, doc: XmlDocument): RawFeed {
  const channel = root.local === 'channel' ? root : (childNamed(root, CORE, 'channel') ?? root);
  const items = [...childrenNamed(channel, CORE, 'item'), ...(channel === root ? [] : childrenNamed(root, CORE, 'item'))];
  const link = childNamed(channel, CORE, 'link');
  const href = link?.text.trim() || link?.attrs.href || channel.attrs.href;
  return {
    title: textConstruct(childNamed(channel, CORE, 'title') ?? childNamed(channel, DC, 'title') ?? childNamed(channel, ATOM, 'title'), doc, 'guess'),
    link: href ? resolveUrl(href, link?.base ?? channel.base) : (atomAlternate(channel) ?? ''),
    ttlSeconds: freshness(channel),
    entries: items.map((i) => rssEntry(i, doc)),
  };
}
