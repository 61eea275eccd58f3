import { parseHTML } from 'linkedom';
import { capNesting } from './nesting.ts';
import { precleanHtml } from './preclean.ts';

/** A parsed page and the cleaned source it was parsed from (what extraction may still search as text). */
export interface ParsedPage {
  doc: Document;
  source: string;
}

// The parser (htmlparser2, under linkedom) makes a text node of every "<" that starts no tag: a megabyte of "<"
// made a million nodes and took seconds to parse. Past a few hundred such "<", each is parsed as a character that
// is not in the page, and turned back into "<" in the parsed document's text and attributes.
const STRAY_LT = /<(?![a-zA-Z!?/])/g;
const MAX_STRAY_LT = 256;
/** Noncharacters, one of which a page is unlikely to hold. */
const STAND_INS = Array.from({ length: 32 }, (_, i) => String.fromCharCode(0xfdd0 + i));

function countStray(html: string): number {
  let n = 0;
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
    const c = html.charCodeAt(i + 1);
    const tagStart = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 33 || c === 63 || c === 47;
    if (!tagStart && ++n > MAX_STRAY_LT) return n;
  }
  return n;
}

const TEXT_NODE = 3;

/** Puts "<" back for `standIn` in every text node and attribute under `root`. */
function restoreLt(root: Element, standIn: string): void {
  for (const a of [...root.attributes]) if (a.value.includes(standIn)) root.setAttribute(a.name, a.value.replaceAll(standIn, '<'));
  for (let n = root.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === TEXT_NODE) {
      const t = n as Text;
      if (t.data.includes(standIn)) t.data = t.data.replaceAll(standIn, '<');
    } else if (n.nodeType === 1) restoreLt(n as Element, standIn);
  }
}

/** Cleans and parses HTML into a DOM document (linkedom: a tenth of jsdom's weight, enough for extraction). */
export function parsePage(html: string): ParsedPage {
  const clean = capNesting(precleanHtml(html));
  // linkedom needs a root element to build a full document.
  const source = /<html[\s>]/i.test(clean.slice(0, 2048)) ? clean : `<!doctype html><html><head></head><body>${clean}</body></html>`;
  const standIn = countStray(source) > MAX_STRAY_LT ? STAND_INS.find((c) => !source.includes(c)) : undefined;
  const doc = parseHTML(standIn ? source.replace(STRAY_LT, standIn) : source).document as unknown as Document;
  // Character references make text nodes of their own too ("a &amp; b" is three): adjacent text is joined into
  // one node, as a browser's parser does.
  doc.documentElement?.normalize();
  if (standIn && doc.documentElement) restoreLt(doc.documentElement, standIn);
  return { doc, source };
}
export function parseDocument(html: string): Document {
  return parsePage(html).doc;
}

/** Text of an element with white space folded. */
export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function tryAll(root: ParentNode, selector: string): Element[] {
  try {
    return [...root.querySelectorAll(selector)];
  } catch {
    // An unsupported selector in a site rule must not stop extraction.
    return [];
  }
}

/** First element matching any selector, in the order given; a selector the engine rejects is skipped. */
export function first(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const sel of selectors) {
    try {
      const el = root.querySelector(sel);
      if (el) return el;
    } catch {
      // as above
    }
  }
  return null;
}

/** Elements matching the first selector that matches anything. */
export function all(root: ParentNode, selectors: readonly string[]): Element[] {
  for (const sel of selectors) {
    const found = tryAll(root, sel);
    if (found.length) return found;
  }
  return [];
}

/** Elements matching any of the selectors, each once, in document order of the selectors' results. */
export function every(root: ParentNode, selectors: readonly string[]): Element[] {
  const seen = new Set<Element>();
  for (const sel of selectors) for (const el of tryAll(root, sel)) seen.add(el);
  return [...seen];
}

/** The lower-case "class id" of an element, for name-based signals. */
export function classAndId(el: Element): string {
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  return cls || id ? `${cls} ${id}`.toLowerCase() : '';
}
