import { type XmlDocument, type XmlNode } from './xml/reader.ts';

/** A text construct as the feed wrote it, before Khabar turns it into plain text or sanitized HTML. */
export interface RawText {
  value: string;
  /** `guess`: RSS, where a title may or may not be HTML. */
  type: 'text' | 'html' | 'xhtml' | 'guess';
  base: string;
}

export interface RawEntry {
  id: string | null;
  title: RawText | null;
  link: string;
  summary: RawText | null;
  content: RawText | null;
  published: string | null;
  updated: string | null;
  author: string | null;
  categories: string[];
  enclosures: { url: string; type: string | null }[];
  base: string;
}

export interface RawFeed {
  title: RawText | null;
  link: string;
  /** How long the publisher says a copy stays fresh (RSS <ttl>, sy:updatePeriod), in seconds. */
  ttlSeconds: number | null;
  entries: RawEntry[];
}

function typeFromAttrs(node: XmlNode, fallback: RawText['type']): RawText['type'] {
  const type = (node.attrs.type ?? '').trim().toLowerCase();
  const mode = (node.attrs.mode ?? '').trim().toLowerCase();
  if (type === 'html' || type === 'text/html' || mode === 'escaped') return 'html';
  if (type === 'xhtml' || type.endsWith('xhtml+xml') || (mode === 'xml' && type.includes('html'))) return 'xhtml';
  if (type === 'text' || type === 'text/plain') return 'text';
  if (type.endsWith('+xml') || type.endsWith('/xml')) return 'xhtml';
  return fallback;
}

/** Base64 text, when it decodes to UTF-8 text; binary payloads (an image) are not text and give nothing. */
function decodeBase64(s: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(s.replace(/\s+/g, ''), 'base64'));
  } catch {
    return '';
  }
}

/** Atom 1.0: content of a MIME type that is neither text nor XML is base64 (RFC 4287, 4.1.3.3); 0.3 says mode="base64". */
function isBase64(node: XmlNode): boolean {
  if ((node.attrs.mode ?? '').trim().toLowerCase() === 'base64') return true;
  const type = (node.attrs.type ?? '').trim().toLowerCase();
  return type.includes('/') && !type.startsWith('text/') && !/[+/]xml$/.test(type) && !type.endsWith('xhtml+xml');
}

/** Markup nested inside an element: its raw source, with an XHTML wrapper div and namespace prefixes removed. */
function innerMarkup(node: XmlNode, doc: XmlDocument, unwrapDiv: boolean): string {
  let target = node;
  const only = node.children.length === 1 ? node.children[0] : undefined;
  if (unwrapDiv && only && only.local === 'div' && node.text.trim() === '') target = only;
  let raw = doc.source.slice(target.start, target.end);
  raw = raw.replace(/<(\/?)[A-Za-z_][\w.-]*:(?=[A-Za-z_])/g, '<$1').replace(/\s+xmlns(?::[\w.-]+)?\s*=\s*("[^"]*"|'[^']*')/g, '');
  if (doc.entities.size) raw = raw.replace(/&([A-Za-z_][\w.-]*);/g, (whole, name: string) => (doc.entities.has(name) ? doc.entities.expand(name) : whole));
  return raw;
}

/** Reads an element as a text construct: Atom's type/mode attributes, inline XHTML, unescaped HTML, base64. */
export function textConstruct(node: XmlNode | undefined, doc: XmlDocument, fallback: RawText['type']): RawText | null {
  if (!node) return null;
  const type = typeFromAttrs(node, fallback);
  if (node.children.length) {
    return { value: innerMarkup(node, doc, type === 'xhtml'), type: type === 'xhtml' ? 'xhtml' : 'html', base: node.base };
  }
  if (isBase64(node)) return { value: decodeBase64(node.text), type: 'guess', base: node.base };
  return { value: node.text, type: type === 'xhtml' ? 'html' : type, base: node.base };
}
