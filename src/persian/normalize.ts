import { LETTER_MAP, ZWNJ, toLatinDigits, toPersianDigits } from './chars.ts';

// ZWJ stands outside the class: inside one, linters read it as joining its neighbours.
const INVISIBLE = /\u200D|[\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00AD]/g;
const KASHIDA = /\u0640/g;
const LETTERS = new RegExp(Object.keys(LETTER_MAP).join('|'), 'g');
// Latin tokens (words, URLs, e-mails, codes like MiG-29) keep their own digits.
const LATIN_TOKEN = /(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+|[@#]?[A-Za-z][\w\-./]*/g;

function mapLetters(s: string): string {
  return s.replace(LETTERS, (c) => LETTER_MAP[c] ?? c);
}

/** Persian digits everywhere except inside Latin tokens. */
function persianDigitsOutsideLatin(s: string): string {
  let out = '';
  let last = 0;
  for (const m of s.matchAll(LATIN_TOKEN)) {
    out += toPersianDigits(s.slice(last, m.index)) + m[0];
    last = (m.index ?? 0) + m[0].length;
  }
  return out + toPersianDigits(s.slice(last));
}

function tidyZwnj(s: string): string {
  return s
    .replace(/\u200C{2,}/g, ZWNJ)
    .replace(/\u200C(?=[\s\p{P}]|$)|(?<=^|[\s\p{P}])\u200C/gu, '');
}

function tidySpacing(s: string): string {
  return s
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .replace(/ +([،؛؟!.:)\]»])/g, '$1')
    .replace(/([(«[]) +/g, '$1')
    .replace(/\.\.\./g, '…')
    .trim();
}

/** The form readers see: Persian letters and digits, tidy ZWNJ and spacing. One line in, one line out. */
export function normalizeDisplay(input: string): string {
  let s = input.normalize('NFC').replace(INVISIBLE, '').replace(KASHIDA, '');
  s = mapLetters(s).replace(/,(?=\s*[\u0600-\u06FF])/g, '،').replace(/;(?=\s*[\u0600-\u06FF])/g, '؛');
  s = persianDigitsOutsideLatin(s);
  return tidySpacing(tidyZwnj(s));
}

const DIACRITICS = /[\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const KEY_FOLD: Record<string, string> = { 'ة': 'ه', 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ؤ': 'و', 'ئ': 'ی', 'ۀ': 'ه' };

/** The folded form for indexing and matching: spelling variants of one word give one key. */
export function searchKey(input: string): string {
  let s = mapLetters(input.normalize('NFC').replace(INVISIBLE, '').replace(KASHIDA, '')).replace(DIACRITICS, '');
  s = s.replace(/[ةأإآٱؤئۀ]/g, (c) => KEY_FOLD[c] ?? c);
  s = toLatinDigits(s).toLowerCase();
  // ZWNJ, space or nothing between the parts of a compound must meet in one key: drop ZWNJ.
  s = s.replace(/\u200C/g, '');
  return s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
