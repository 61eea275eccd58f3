import { parseHTML } from 'linkedom';
import { capNesting } from './nesting.ts';
import { precleanHtml } from './preclean.ts';

/** A parsed page and the cleaned source it was parsed from (what extraction may still search as text). */
export interface ParsedPage {
  doc: Document;
  source: string;
}

/** Cleans and parses HTML into a DOM document (linkedom: a tenth of jsdom's weight, enough for extraction). */
export function parsePage(html: string): ParsedPage {
  const clean = capNesting(precleanHtml(html));
  // linkedom needs a root element to build a full document.
  const source = /<html[\s>]/i.test(clean.slice(0, 2048)) ? clean : `<!doctype html><html><head></head><body>${clean}</body></html>`;
  return { doc: parseHTML(source).document as unknown as Document, source };
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
