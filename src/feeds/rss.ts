import { ItemChildren, trimmedText } from './item-children.ts';
import { type RawEntry, type RawFeed, textConstruct } from './raw.ts';
import { resolveUrl } from './urls.ts';
import { type XmlDocument, type XmlNode, childNamed, childrenNamed } from './xml/reader.ts';

const CORE = [''];
const ATOM = ['atom'];
const DC = ['dc'];
const MEDIA = ['media'];
const ITUNES = ['itunes'];
const SY = ['sy'];

/** iTunes categories nest (Technology › Gadgets): each level is a category. Read without recursion, a few levels deep. */
function itunesCategories(node: XmlNode): string[] {
  const out: string[] = [];
  let level = childrenNamed(node, ITUNES, 'category');
  for (let depth = 0; level.length && depth < 4; depth++) {
    for (const c of level) out.push((c.attrs.text ?? '').trim());
    level = level.flatMap((c) => childrenNamed(c, ITUNES, 'category'));
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

function itemLink(item: XmlNode, f: ItemChildren): string {
  const link = f.link;
  const href = link?.text.trim() || link?.attrs['rdf:resource'] || link?.attrs.href || item.attrs.href;
  if (href) return resolveUrl(href, link?.base ?? item.base);
  const atom = atomAlternate(item);
  if (atom) return atom;
  // A permalink guid is the item's link when there is no other.
  const guid = f.guid;
  const id = guid?.text.trim();
  if (guid && id && (guid.attrs.ispermalink ?? 'true').toLowerCase() !== 'false' && /^https?:\/\//i.test(id)) return id;
  return '';
}

function rssEntry(item: XmlNode, doc: XmlDocument): RawEntry {
  const f = new ItemChildren(item);
  const mediaGroup = f.mediaGroup ?? item;
  const rawId = f.guid?.text.trim() || trimmedText(f.dcIdentifier) || trimmedText(f.atomId) || item.attrs['rdf:about'] || null;
  // Full content under its many historical names: content:encoded, xhtml:body, <body>, <fullitem>, atom:content.
  const content = f.contentEncoded ?? f.xhtmlBody ?? f.body ?? f.fullitem ?? f.atomContent;
  const summary =
    f.description ?? f.abstract ?? f.dcDescription ?? f.atomSummary ?? f.itunesSummary ?? f.mediaDescription ?? childNamed(mediaGroup, MEDIA, 'description');
  // Gathered by plain loops, group after group as before: a feed's worth of items made a dozen throwaway arrays each.
  const categories: string[] = [];
  const addCategory = (c: string) => {
    if (c) categories.push(c);
  };
  for (const c of item.children) if (c.local === 'category' && c.ns === '') addCategory(c.text.trim());
  for (const c of item.children) if (c.local === 'subject' && c.ns === 'dc') addCategory(c.text.trim());
  for (const c of item.children) if (c.local === 'category' && c.ns === 'atom') addCategory((c.attrs.term ?? c.attrs.label ?? '').trim());
  for (const c of item.children) if (c.local === 'category' && c.ns === 'media') addCategory(c.text.trim());
  for (const c of itunesCategories(item)) addCategory(c);
  const enclosures: RawEntry['enclosures'] = [];
  for (const e of item.children) {
    if (e.local !== 'enclosure' || e.ns !== '') continue;
    const url = resolveUrl(e.attrs.url ?? e.attrs['rdf:resource'], e.base);
    if (url) enclosures.push({ url, type: e.attrs.type?.trim() || null });
  }
  for (const l of item.children) {
    if (l.local !== 'link' || l.ns !== 'atom' || l.attrs.rel?.toLowerCase() !== 'enclosure') continue;
    const url = resolveUrl(l.attrs.href, l.base);
    if (url) enclosures.push({ url, type: l.attrs.type?.trim() || null });
  }
  return {
    id: rawId,
    title: textConstruct(f.title ?? f.dcTitle ?? f.atomTitle ?? childNamed(mediaGroup, MEDIA, 'title'), doc, 'guess'),
    link: itemLink(item, f),
    summary: textConstruct(summary, doc, 'html'),
    content: textConstruct(content, doc, content?.ns === 'atom' ? 'text' : 'html'),
    published: trimmedText(f.pubdate) ?? trimmedText(f.dcDate) ?? trimmedText(f.dctermsIssued) ?? trimmedText(f.dctermsCreated) ?? trimmedText(f.atomPublished),
    updated: trimmedText(f.dctermsModified) ?? trimmedText(f.atomUpdated) ?? item.attrs.lastmod ?? null,
    author:
      personName(trimmedText(f.author)) ??
      personName(trimmedText(f.dcCreator)) ??
      personName(trimmedText(f.dcAuthor)) ??
      personName(trimmedText(f.itunesAuthor)) ??
      personName(f.atomAuthor && textOf(f.atomAuthor, ATOM, 'name')),
    categories,
    enclosures,
    base: item.base,
  };
}

const PERIOD_SECONDS: Record<string, number> = { hourly: 3600, daily: 86400, weekly: 604800, monthly: 2592000, yearly: 31536000 };

function freshness(channel: XmlNode): number | null {
  const ttl = Number(textOf(channel, CORE, 'ttl'));
  if (Number.isFinite(ttl) && ttl > 0) return Math.round(ttl * 60);
  const period = PERIOD_SECONDS[(textOf(channel, SY, 'updateperiod') ?? '').toLowerCase()];
  const frequency = Number(textOf(channel, SY, 'updatefrequency') ?? 1);
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
