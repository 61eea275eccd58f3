import { parseJalali } from '../persian/index.ts';
import { textOf } from './dom.ts';

// Where pages print their date when they have no metadata for it.
const DATE_HOLDERS = 'time, [class*="date"], [class*="Date"], [class*="time"], [id*="date"], [class*="publish"]';
const MAX_DATE_TEXT = 80;

/** The first Jalali date printed in a date-like element («۴ آذر ۱۴۰۵ - ۰۹:۳۰»), in Tehran time, as UTC. */
export function visibleDate(doc: Document): string | null {
  const root = doc.querySelector('article') ?? doc.body;
  if (!root) return null;
  for (const el of root.querySelectorAll(DATE_HOLDERS)) {
    const text = textOf(el);
    if (!text || text.length > MAX_DATE_TEXT) continue;
    const iso = parseJalali(text);
    if (iso) return iso;
  }
  return null;
}
