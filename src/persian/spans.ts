import { RARE } from './char-classes.ts';
import { PERSIAN_DIGITS, digitValue } from './chars.ts';

// Spans the character pass copies as a whole: URLs, handles and hashtags verbatim, numbers with their
// separators decided once for the whole number.

// The passes read the text as code units, s[0, len).

const units = (text: string): number[] => Array.from(text, (ch) => ch.charCodeAt(0));
const URL_STARTS = ['http://', 'https://', 'www.'].map(units);

function startsWith(s: Uint16Array, i: number, len: number, part: number[]): boolean {
  if (len - i < part.length) return false;
  for (let k = 0; k < part.length; k++) if (s[i + k] !== part[k]) return false;
  return true;
}

/** «http://», «https://» or «www.» starting at i, not inside a longer Latin word. */
export function isUrlStart(s: Uint16Array, i: number, len: number): boolean {
  const p = i > 0 ? s[i - 1]! : -1;
  if ((p >= 65 && p <= 90) || (p >= 97 && p <= 122) || (p >= 48 && p <= 57)) return false;
  return URL_STARTS.some((start) => startsWith(s, i, len, start));
}

const table = (units: number[]): Uint8Array => {
  const t = new Uint8Array(65536);
  for (const c of units) t[c] = 1;
  return t;
};
const STOP = table([0x20, 0x0a, 0x09, 0xa0, 0xab, 0xbb, 0x22, 0x3c, 0x3e, 0x60c, 0x61b, 0x61f, 0x200c, 0xfeff]);
// Sentence punctuation right after a URL or handle belongs to the sentence.
const TRAILING = table([0x2e, 0x2c, 0x3a, 0x3b, 0x21, 0x3f, 0x29, 0x5d, 0x27]);

/** End of a URL, handle or hashtag starting at i: the next space, quote or Persian punctuation. */
export function tokenEnd(s: Uint16Array, i: number, len: number): number {
  const url = s[i] === 0x68 || s[i] === 0x77;
  let j = i + 1;
  let open = 0;
  while (j < len) {
    const c = s[j]!;
    if (STOP[c] || (!url && !isHandleChar(c))) break;
    if (c === 0x28) open++;
    if (c === 0x29) open--;
    j++;
  }
  while (j > i + 1 && TRAILING[s[j - 1]!] && !(s[j - 1] === 0x29 && open === 0)) j--;
  return j;
}

function isHandleChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 0x5f || c === 0x2e ||
    (c >= 0x600 && c <= 0x6ff && c !== 0x60c && c !== 0x61b && c !== 0x61f) || c === 0x200c;
}

const SEPARATOR = table([0x2e, 0x2c, 0x66b, 0x66c, 0x2f, 0x3a]);
const DIGIT = new Int8Array(65536).fill(-1);
for (let c = 0; c < 65536; c++) DIGIT[c] = digitValue(c);
const PERSIAN_ZERO = PERSIAN_DIGITS.charCodeAt(0);

/** 0–9 for a digit in any script at s[i], -1 for anything else (and past the end). */
function digitAt(s: Uint16Array, i: number, len: number): number {
  return i < len ? DIGIT[s[i]!]! : -1;
}

/**
 * Copies the number starting at i (digits with inner . , ٫ ٬ / :) into buf from n, one unit for each unit read,
 * and returns the index after it. In Persian text digits become Persian, a lone decimal point «٫» and a comma
 * before three digits «٬»; in Latin text digits become Latin and the separators stay.
 */
export function copyNumber(s: Uint16Array, i: number, len: number, buf: Uint16Array, n: number, latin: boolean): number {
  let end = i;
  let dots = 0;
  let others = 0;
  while (end < len) {
    const c = s[end]!;
    if (DIGIT[c]! >= 0) {
      end++;
      continue;
    }
    if (SEPARATOR[c] && digitAt(s, end + 1, len) >= 0) {
      if (c === 0x2e || c === 0x66b) dots++;
      else if (c !== 0x2c && c !== 0x66c) others++;
      end++;
      continue;
    }
    break;
  }
  for (let j = i; j < end; j++) {
    const c = s[j]!;
    const d = DIGIT[c]!;
    let unit: number;
    if (d >= 0) unit = latin ? 48 + d : PERSIAN_ZERO + d;
    else if (latin) unit = c;
    else if ((c === 0x2e || c === 0x66b) && dots === 1 && others === 0) unit = 0x66b;
    else if ((c === 0x2c || c === 0x66c) && others === 0 && isThousands(s, j, end)) unit = 0x66c;
    else unit = c === 0x2c ? 0x60c : c;
    buf[n++] = unit;
  }
  return end;
}

/** The number a character pass wrote last, and the separators a reading of it would count (see `copyNumber`). */
export interface WrittenNumber {
  /** Where it ends in the buffer (-2: none yet). */
  end: number;
  latin: boolean;
  dots: number;
  others: number;
}

export function noNumberWritten(): WrittenNumber {
  return { end: -2, latin: false, dots: 0, others: 0 };
}

// The separators counted in the part of a joined number a point is read in.
const reading = { dots: 0, others: 0 };

/**
 * `copyNumber`, for a pass that remembers the number it wrote last in `last`. A number written right after
 * that one and one separator («۱ .۲»: a space or a mark dropped between) is one number when the text is read
 * again: their separators are counted together, and a point between them is written as that reading writes
 * it («٫» when it is the only separator), so that the text read again is the same.
 */
export function writeNumber(s: Uint16Array, i: number, len: number, buf: Uint16Array, n: number, latin: boolean, last: WrittenNumber): number {
  const sep = n > 0 ? buf[n - 1]! : 0;
  const joins = n === last.end + 1 && SEPARATOR[sep] === 1 && !latin && !last.latin;
  if (joins) countWrittenMarks(buf, n - 1, n, last, false);
  else last.dots = last.others = 0;
  const end = copyNumber(s, i, len, buf, n, latin);
  const to = n + end - i;
  if (joins && sep === 0x2e) {
    reading.dots = last.dots;
    reading.others = last.others;
    countWrittenMarks(buf, n, to, reading, true);
    if (reading.dots === 1 && reading.others === 0) buf[n - 1] = 0x66b;
  }
  countWrittenMarks(buf, n, to, last, false);
  last.end = to;
  last.latin = latin;
  return end;
}

/**
 * Adds to `marks` the separators `copyNumber` would count if it read the number written in buf[from, to)
 * again: decimal points, and other separators but commas. A «،» ends such a reading: with `untilBreak` the
 * count stops there, else it starts again after it.
 */
function countWrittenMarks(buf: Uint16Array, from: number, to: number, marks: { dots: number; others: number }, untilBreak: boolean): void {
  for (let j = from; j < to; j++) {
    const u = buf[j]!;
    if (u === 0x60c) {
      if (untilBreak) return;
      marks.dots = marks.others = 0;
    } else if (u === 0x2e || u === 0x66b) marks.dots++;
    else if (u === 0x2f || u === 0x3a) marks.others++;
  }
}

/** A comma with exactly three digits after it before the next separator or the end of the number. */
function isThousands(s: Uint16Array, j: number, end: number): boolean {
  let k = j + 1;
  while (k < end && DIGIT[s[k]!]! >= 0) k++;
  return k - j - 1 === 3;
}

/** Copies a URL, handle or hashtag s[from, to) verbatim into buf from n; returns the RARE bits of its units. */
export function copySpan(s: Uint16Array, from: number, to: number, buf: Uint16Array, n: number): number {
  let rare = 0;
  for (let j = from; j < to; j++) {
    const u = s[j]!;
    rare |= RARE[u]!;
    buf[n++] = u;
  }
  return rare;
}
