// The folded form clustering compares, in one pass over the characters: it must keep pace with thousands
// of articles a second, so it does only what matching needs (the display form is the persian module's job).
// Arabic ي/ك and their cousins become ی/ک, أ إ آ ٱ become ا, ة ۀ become ه, ؤ و, ئ ی; diacritics, tatweel
// and ZWNJ disappear (so «می‌شود», «میشود» meet); any digit script becomes 0–9, and a number keeps its
// decimal point (۴٫۷, 4.7 and ۴/۷ are «4.7») but not its thousands separators (۸۷٬۴۰۰ is «87400»);
// Latin is lower-cased; everything else separates words.

const MAP = new Uint16Array(0x700);
for (const [from, to] of [
  ['يىۍێې', 'ی'], ['كڪګ', 'ک'], ['أإآٱٲٳ', 'ا'], ['ةۀەہ', 'ه'], ['ؤ', 'و'], ['ئ', 'ی'],
] as const) {
  for (const c of from) MAP[c.charCodeAt(0)] = to.charCodeAt(0);
}

const SPACE = 32;
const DOT = 46;

function isDropped(c: number): boolean {
  return (
    (c >= 0x64b && c <= 0x65f) || c === 0x670 || (c >= 0x6d6 && c <= 0x6ed) || c === 0x640 ||
    c === 0x200c || c === 0x200d || c === 0x200b || c === 0x200e || c === 0x200f || c === 0xfeff || c === 0xad ||
    (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
  );
}

function isLetter(c: number): boolean {
  return (c >= 0x621 && c <= 0x64a) || (c >= 0x671 && c <= 0x6d3) || c === 0x6d5 || (c >= 0x6fa && c <= 0x6fc) ||
    (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0x24f && c !== 0xf7);
}

function digit(c: number): number {
  if (c >= 48 && c <= 57) return c;
  if (c >= 0x6f0 && c <= 0x6f9) return c - 0x6f0 + 48;
  if (c >= 0x660 && c <= 0x669) return c - 0x660 + 48;
  return -1;
}

/** The character at `i` skipping dropped ones, as a digit code, or -1. */
function digitAt(text: string, i: number, step: number): number {
  while (i >= 0 && i < text.length && isDropped(text.charCodeAt(i))) i += step;
  return i >= 0 && i < text.length ? digit(text.charCodeAt(i)) : -1;
}

function threeDigitsAhead(text: string, i: number): boolean {
  return digitAt(text, i + 1, 1) >= 0 && digitAt(text, i + 2, 1) >= 0 && digitAt(text, i + 3, 1) >= 0 && digitAt(text, i + 4, 1) < 0;
}

// A letter's folded form by its code, for codes below 0x700 (0: not a letter, read the long way). Most
// characters of an article are letters; one lookup sends them all down the short path, where a range test
// sent «ی», «ک», «گ», «پ» and «چ» (outside the Arabic block's first range) the long way, at random.
export const LETTERS = new Uint16Array(0x700);
for (let c = 0; c < 0x700; c++) {
  const lower = c >= 65 && c <= 90 ? c + 32 : c;
  // The whole block «ء»–«ي» is read as letters, tatweel (U+0640) among them: it stays in a word.
  if (c >= 0x621 && c <= 0x64a) LETTERS[c] = MAP[c] || c;
  else if (!isDropped(c) && digit(c) < 0 && isLetter(lower)) LETTERS[c] = MAP[lower] || lower;
}

/** An ASCII digit's code: folded text writes every digit so. */
export const isDigitCode = (c: number) => c >= 48 && c <= 57;
/** Whether a folded word begins with a digit (a test of its first code, not an expression). */
export const startsWithDigit = (word: string) => isDigitCode(word.charCodeAt(0));
const isPersianCode = (c: number) => c >= 0x621 && c <= 0x6ff;

let buffer = new Uint16Array(4096);
const decoder = new TextDecoder('utf-16le');

/** Folded words of a text, separated by single spaces. */
export function fold(text: string): string {
  // Folded first: a text longer than any before it folds into a new buffer, and reading `buffer` before the
  // call read the old one.
  const length = foldChars(text);
  return decoder.decode(buffer.subarray(0, length));
}

/**
 * Folds `text` into a shared buffer, without making a string: returns how many characters were written;
 * they are read from `foldedChars()` until the next fold. An article's body is read this way (its words
 * go to term ids straight from the characters).
 */
export function foldChars(text: string): number {
  if (buffer.length < text.length + 1) buffer = new Uint16Array(text.length * 2);
  // The buffer in a local, and the last character written kept beside it (0: none yet) rather than read
  // back: this loop runs over every character of every article.
  const buf = buffer;
  let n = 0;
  let prev = 0;
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    // The common case first: a letter.
    const letter = c < 0x700 ? (LETTERS[c] as number) : 0;
    if (letter) {
      // «۲۹۰۰روز», «۱۱ماه»: a number glued to a Persian word is two words.
      if (pendingSpace || (isDigitCode(prev) && isPersianCode(letter))) buf[n++] = SPACE;
      pendingSpace = false;
      prev = letter;
      buf[n++] = letter;
      continue;
    }
    if (c === SPACE) {
      pendingSpace = n > 0;
      continue;
    }
    if (isDropped(c)) continue;
    let out = digit(c);
    if (out < 0) {
      if (c >= 65 && c <= 90) c += 32;
      if (isLetter(c)) out = c < 0x700 ? MAP[c] || c : c;
      else if ((c === 0x66b || c === DOT || c === 0x2f || c === 0x66c || c === 44) && n > 0 && !pendingSpace && digit(prev) >= 0 && digitAt(text, i + 1, 1) >= 0) {
        // Between digits: thousands (٬, or a comma before exactly three digits) or a decimal point (٫ . /).
        if (c === 0x66c || (c === 44 && threeDigitsAhead(text, i))) continue;
        if (c === 44) {
          pendingSpace = true;
          continue;
        }
        out = DOT;
      } else {
        pendingSpace = n > 0;
        continue;
      }
    }
    if (pendingSpace || (isDigitCode(out) && isPersianCode(prev)) || (isPersianCode(out) && isDigitCode(prev))) buf[n++] = SPACE;
    pendingSpace = false;
    prev = out;
    buf[n++] = out;
  }
  return n;
}

/** The buffer the last `foldChars` wrote to. */
export function foldedChars(): Uint16Array {
  return buffer;
}
