import { Readability } from '@mozilla/readability';
import { parseDocument } from './dom.ts';

/** Readability's pick of the main content, as a container element; null when it finds nothing readable. */
export function readabilityContainer(html: string, url: string): Element | null {
  const doc = parseDocument(html);
  // Readability resolves links against the document's URL; linkedom has none, so a <base> stands in for it.
  if (url && !doc.querySelector('base')) {
    const base = doc.createElement('base');
    base.setAttribute('href', url);
    doc.head?.appendChild(base);
  }
  let article: ReturnType<Readability['parse']> = null;
  try {
    article = new Readability(doc, { charThreshold: 200 }).parse();
  } catch {
    return null;
  }
  if (!article?.content) return null;
  return parseDocument(`<div id="khabar-readability">${article.content}</div>`).querySelector('#khabar-readability');
}
