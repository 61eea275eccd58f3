import { parseJalali, parseRelative } from '../persian/index.ts';
import { textOf } from './dom.ts';

// Where pages print their date when they have no metadata for it.
const DATE_HOLDERS = 'time, [class*="date"], [class*="Date"], [class*="time"], [id*="date"], [class*="publish"]';
const MAX_DATE_TEXT = 80;

/**
 * The first Jalali date printed in a date-like element («۴ آذر ۱۴۰۵ - ۰۹:۳۰»), in Tehran time, as UTC; failing
 * that, and given the time the page was fetched, the first relative one («۳ ساعت پیش», «دیروز ساعت ۱۴:۳۰»),
 * read against that time. A page that prints only how long ago it was published says so at fetch time.
 */
export function visibleDate(doc: Document, fetchedAt?: Date): string | null {
  const root = doc.querySelector('article') ?? doc.body;
  if (!root) return null;
  const texts: string[] = [];
  for (const el of root.querySelectorAll(DATE_HOLDERS)) {
    const text = textOf(el);
    if (!text || text.length > MAX_DATE_TEXT) continue;
    const iso = parseJalali(text);
    if (iso) return iso;
    texts.push(text);
  }
  if (!fetchedAt) return null;
  for (const text of texts) {
    const iso = parseRelative(text, fetchedAt);
    if (iso) return iso;
  }
  return null;
}
