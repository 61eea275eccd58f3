import { Readability } from '@mozilla/readability';
import { type Block, collectBlocks } from '../blocks.ts';
import { parseDocument } from '../dom.ts';

const COMMENT_NODE = 8;

/** Readability's reading of the page as blocks; it runs on its own copy, as it rewrites the document. */
export function readWithReadability(html: string, url: string): Block[] {
  const doc = parseDocument(html);
  // Readability resolves links against the document's URL; linkedom has none, so a <base> stands in for it.
  if (url && !doc.querySelector('base')) {
    const base = doc.createElement('base');
    base.setAttribute('href', url);
    doc.head?.appendChild(base);
  }
  // Readability re-reads the page from its own HTML, and linkedom writes a comment holding "-->" (htmlparser2 makes
  // one of a <![CDATA[ in HTML) as it is: read again, its rest is markup, and a <!doctype> in the body sent
  // Readability into an endless loop. Comments are never article text.
  for (const el of doc.querySelectorAll('*')) for (const n of [...el.childNodes]) if (n.nodeType === COMMENT_NODE) n.remove();
  let content: string | null | undefined;
  try {
    content = new Readability(doc).parse()?.content;
  } catch {
    return [];
  }
  if (!content) return [];
  const root = parseDocument(`<div id="khabar-readability">${content}</div>`).querySelector('#khabar-readability');
  return root ? collectBlocks(root) : [];
}
