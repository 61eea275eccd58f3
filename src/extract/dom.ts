import { parseHTML } from 'linkedom';

/** Parses HTML into a DOM document (linkedom: a tenth of jsdom's weight, enough for extraction). */
export function parseDocument(html: string): Document {
  // linkedom needs a root element to build a full document.
  const source = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(source).document as unknown as Document;
}

/** Text of an element with white space folded. */
export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** First element matching any selector, in the order given; a selector the engine rejects is skipped. */
export function first(root: ParentNode, selectors: string[]): Element | null {
  for (const sel of selectors) {
    try {
      const el = root.querySelector(sel);
      if (el) return el;
    } catch {
      // An unsupported selector in a site rule must not stop extraction.
    }
  }
  return null;
}

export function all(root: ParentNode, selectors: string[]): Element[] {
  for (const sel of selectors) {
    try {
      const found = [...root.querySelectorAll(sel)];
      if (found.length) return found;
    } catch {
      // as above
    }
  }
  return [];
}
