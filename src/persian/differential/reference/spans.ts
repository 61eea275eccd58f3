import { PERSIAN_DIGITS, digitValue } from './chars.ts';
import type { Out } from './clean.ts';

// Spans the character pass copies as a whole: URLs, handles and hashtags verbatim, numbers with their
// separators decided once for the whole number.

/** «http://», «https://» or «www.» starting at i, not inside a longer Latin word. */
export function isUrlStart(s: string, i: number): boolean {
  const p = s.charCodeAt(i - 1);
  if ((p >= 65 && p <= 90) || (p >= 97 && p <= 122) || (p >= 48 && p <= 57)) return false;
  return s.startsWith('http://', i) || s.startsWith('https://', i) || s.startsWith('www.', i);
}

const STOP = new Set([0x20, 0x0a, 0x09, 0xa0, 0xab, 0xbb, 0x22, 0x3c, 0x3e, 0x60c, 0x61b, 0x61f, 0x200c]);
// Sentence punctuation right after a URL or handle belongs to the sentence.
const TRAILING = new Set([0x2e, 0x2c, 0x3a, 0x3b, 0x21, 0x3f, 0x29, 0x5d, 0x27]);

/** End of a URL, handle or hashtag starting at i: the next space, quote or Persian punctuation. */
export function tokenEnd(s: string, i: number): number {
  let j = i + 1;
  let open = 0;
  while (j < s.length) {
    const c = s.charCodeAt(j);
    if (STOP.has(c) || c === 0xfeff) break;
    if (s.charCodeAt(i) !== 0x68 && s.charCodeAt(i) !== 0x77 && !isHandleChar(c)) break;
    if (c === 0x28) open++;
    if (c === 0x29) open--;
    j++;
  }
  while (j > i + 1 && TRAILING.has(s.charCodeAt(j - 1)) && !(s.charCodeAt(j - 1) === 0x29 && open === 0)) j--;
  return j;
}

function isHandleChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 0x5f || c === 0x2e ||
    (c >= 0x600 && c <= 0x6ff && c !== 0x60c && c !== 0x61b && c !== 0x61f) || c === 0x200c;
}

export const SEPARATORS = new Set([0x2e, 0x2c, 0x66b, 0x66c, 0x2f, 0x3a]);

/**
 * The decimal points and other separators (not commas) a reading of the written units counts, added to
 * `counts`: a «،» ends the reading (with `untilBreak`) or starts it again.
 */
export function addMarks(counts: { dots: number; others: number }, units: number[], untilBreak: boolean): { dots: number; others: number } {
  let { dots, others } = counts;
  for (const u of units) {
    if (u === 0x60c) {
      if (untilBreak) break;
      dots = others = 0;
    } else if (u === 0x2e || u === 0x66b) dots++;
    else if (u === 0x2f || u === 0x3a) others++;
  }
  return { dots, others };
}

/**
 * Copies the number starting at i (digits with inner . , ٫ ٬ / :) and returns the index after it. In Persian
 * text digits become Persian, a lone decimal point «٫» and a comma before three digits «٬»; in Latin text
 * digits become Latin and the separators stay.
 */
export function copyNumber(s: string, i: number, out: Out, latin: boolean): number {
  let end = i;
  let dots = 0;
  let others = 0;
  while (end < s.length) {
    const c = s.charCodeAt(end);
    if (digitValue(c) >= 0) {
      end++;
      continue;
    }
    if (SEPARATORS.has(c) && digitValue(s.charCodeAt(end + 1)) >= 0) {
      if (c === 0x2e || c === 0x66b) dots++;
      else if (c !== 0x2c && c !== 0x66c) others++;
      end++;
      continue;
    }
    break;
  }
  for (let j = i; j < end; j++) {
    const c = s.charCodeAt(j);
    const d = digitValue(c);
    if (d >= 0) out.push(latin ? 48 + d : PERSIAN_DIGITS.charCodeAt(d));
    else if (latin) out.push(c);
    else if ((c === 0x2e || c === 0x66b) && dots === 1 && others === 0) out.push(0x66b);
    else if ((c === 0x2c || c === 0x66c) && others === 0 && isThousands(s, j, end)) out.push(0x66c);
    else out.push(c === 0x2c ? 0x60c : c);
  }
  return end;
}

/** A comma with exactly three digits after it before the next separator or the end of the number. */
function isThousands(s: string, j: number, end: number): boolean {
  let k = j + 1;
  while (k < end && digitValue(s.charCodeAt(k)) >= 0) k++;
  return k - j - 1 === 3;
}
