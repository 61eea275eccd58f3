import { type RawEntry, type RawFeed, textConstruct } from './raw.ts';
import { personName } from './rss.ts';
import { resolveUrl } from './urls.ts';
import { type XmlDocument, type XmlNode, childNamed, childrenNamed } from './xml/reader.ts';

type Ns = readonly string[];
const MEDIA = ['media'];

function textOf(node: XmlNode, ns: Ns, local: string): string | null {
  const t = childNamed(node, ns, local)?.text.trim();
  return t ? t : null;
}

/** Atom 0.3 feeds sometimes put the address in the element's text instead of href. */
const hrefOf = (l: XmlNode) => (l.attrs.href ?? l.text).trim();

/** rel="alternate" (the default), preferring an HTML page over other alternates. */
function alternateLink(node: XmlNode, ns: Ns): string {
  const links = childrenNamed(node, ns, 'link').filter((l) => (l.attrs.rel ?? 'alternate').trim().toLowerCase() === 'alternate' && hrefOf(l));
  const html = links.find((l) => !l.attrs.type || /html/i.test(l.attrs.type)) ?? links[0];
  return html ? resolveUrl(hrefOf(html), html.base) : '';
}

function authorOf(node: XmlNode, ns: Ns): string | null {
  const person = childNamed(node, ns, 'author') ?? childNamed(node, ns, 'contributor');
  if (person) return textOf(person, ns, 'name') ?? textOf(person, ns, 'email') ?? personName(person.text);
  return personName(textOf(node, ['dc'], 'creator'));
}

function atomEntry(entry: XmlNode, doc: XmlDocument, ns: Ns): RawEntry {
  const id = childNamed(entry, ns, 'id');
  const rawId = id?.text.trim() || null;
  const enclosures = childrenNamed(entry, ns, 'link')
    .filter((l) => (l.attrs.rel ?? '').trim().toLowerCase() === 'enclosure' && hrefOf(l))
    .map((l) => ({ url: resolveUrl(hrefOf(l), l.base), type: l.attrs.type?.trim() || null }));
  return {
    // An IRI relative to xml:base is an address; opaque ids (tag:, urn:) and absolute ones stay as written.
    id: rawId && id && /^[/.?#]/.test(rawId) ? resolveUrl(rawId, id.base) : rawId,
    title: textConstruct(childNamed(entry, ns, 'title'), doc, 'text'),
    link: alternateLink(entry, ns),
    summary: textConstruct(
      childNamed(entry, ns, 'summary') ?? childNamed(entry, ['dc'], 'description') ?? childNamed(childNamed(entry, MEDIA, 'group') ?? entry, MEDIA, 'description'),
      doc,
      'text',
    ),
    content: textConstruct(childNamed(entry, ns, 'content') ?? childNamed(entry, ['content'], 'encoded'), doc, 'text'),
    published: textOf(entry, ns, 'published') ?? textOf(entry, ns, 'issued') ?? textOf(entry, ['dc'], 'date') ?? textOf(entry, ns, 'created'),
    updated: textOf(entry, ns, 'updated') ?? textOf(entry, ns, 'modified'),
    author: authorOf(entry, ns),
    categories: [
      ...childrenNamed(entry, ns, 'category').map((c) => (c.attrs.term ?? c.attrs.label ?? c.text).trim()),
      ...childrenNamed(entry, ['dc'], 'subject').map((c) => c.text.trim()),
    ].filter(Boolean),
    enclosures,
    base: entry.base,
  };
}

/**
 * Atom 0.3 and 1.0. Its elements sit in the Atom namespace, in none when a careless 0.3 feed forgot to declare it,
 * or in whatever namespace the root declared: a document whose root is <feed> is read as Atom whatever it claims.
 */
export function readAtom(root: XmlNode, doc: XmlDocument): RawFeed {
  const ns: Ns = [...new Set(['atom', '', root.ns])];
  return {
    title: textConstruct(childNamed(root, ns, 'title'), doc, 'text'),
    link: alternateLink(root, ns),
    ttlSeconds: null,
    entries: childrenNamed(root, ns, 'entry').map((e) => atomEntry(e, doc, ns)),
  };
}
