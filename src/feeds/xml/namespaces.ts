// Feeds spell one vocabulary with many namespace URIs and prefixes. Elements are matched on a canonical prefix:
// '' for the core RSS vocabulary (RSS 0.9x/2.0 have no namespace, RSS 0.90 and 1.0 have their own), 'atom' for
// Atom 0.3 and 1.0, and the usual prefixes for the common modules. Unknown namespaces keep their URI, so a
// `<x:title xmlns:x="urn:other">` is never taken for the feed's title.
const BY_URI: Record<string, string> = {
  'http://www.w3.org/2005/atom': 'atom',
  'http://purl.org/atom/ns#': 'atom',
  'http://purl.org/rss/1.0/': '',
  'http://my.netscape.com/rdf/simple/0.9/': '',
  'http://backend.userland.com/rss2': '',
  'http://backend.userland.com/rss': '',
  'http://blogs.law.harvard.edu/tech/rss': '',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf',
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://purl.org/dc/elements/1.0/': 'dc',
  'http://purl.org/dc/terms/': 'dcterms',
  'http://purl.org/rss/1.0/modules/content/': 'content',
  'http://www.w3.org/1999/xhtml': 'xhtml',
  'http://search.yahoo.com/mrss/': 'media',
  'http://search.yahoo.com/mrss': 'media',
  'http://www.itunes.com/dtds/podcast-1.0.dtd': 'itunes',
  'http://purl.org/rss/1.0/modules/syndication/': 'sy',
  'http://www.w3.org/xml/1998/namespace': 'xml',
  'http://www.w3.org/2000/xmlns/': 'xmlns',
};

/** Prefixes understood even when a careless feed forgets to declare them. */
const WELL_KNOWN_PREFIXES = new Set(['atom', 'dc', 'dcterms', 'content', 'xhtml', 'media', 'itunes', 'rdf', 'sy', 'xml']);

export type NamespaceScope = Record<string, string>;

export const ROOT_SCOPE: NamespaceScope = { xml: 'xml', xmlns: 'xmlns' };

/** The canonical prefix of a namespace URI. */
export function canonicalNamespace(uri: string): string {
  const known = BY_URI[uri.trim().toLowerCase()];
  return known ?? uri.trim();
}

/** Resolves a qualified name's prefix in scope; `isAttribute` keeps unprefixed attributes out of the default namespace. */
export function resolvePrefix(prefix: string, scope: NamespaceScope, isAttribute: boolean): string {
  if (!prefix) return isAttribute ? '' : (scope[''] ?? '');
  const ns = scope[prefix];
  if (ns !== undefined) return ns;
  return WELL_KNOWN_PREFIXES.has(prefix) ? prefix : `${prefix}:`;
}
