import { ADJECTIVES, FIRST_PARTS, KNOWN, PREVERBS, PREVERB_FORMS, SOLID, SPACED, STOPWORDS, VERB_FORMS } from './lexicons.ts';
import { WordTable, hashString } from './word-table.ts';

// What ZWNJ restoration knows about a word, gathered into one table so that the word pass asks once per word
// («is this word anything to us?») and most words answer «no» with a single probe.

export const PLURAL = ['هایشان', 'هایمان', 'هایتان', 'هاشون', 'هامون', 'هاتون', 'هایش', 'هایم', 'هایت', 'هایی', 'هاست', 'های', 'هام', 'ها'];
/** Clitics written after a word ending in silent «ه»: «خانه‌ای», «رفته‌اند». */
export const AFTER_HEH = ['ای', 'ام', 'ات', 'اش', 'اند', 'ایم', 'اید', 'ی'];
/** Bound parts that never stand alone in news text: written apart, they belong to the word before. */
export const BOUND = ['گر', 'گری', 'گرها', 'آمیز', 'آمیزی', 'انگیز', 'انگیزی', 'پذیر', 'پذیری', 'ناپذیر', 'ناپذیری',
  'کننده', 'کنندگان', 'کنندگی', 'آلود', 'مند', 'مندی', 'مندان', 'ترین'];
export const SURNAME_PARTS = ['نژاد', 'نیا', 'پور'];
/** Words that look like stem + «ها» but are whole: «تنها», «بها», «رها». */
export const NO_PLURAL_SPLIT = ['تنها', 'بها', 'رها', 'اژدها', 'گرانبها', 'خونبها', 'سها', 'مها', 'فقها'];

export const F = {
  /** Written solid, a known compound: the value is its ZWNJ form. */
  Solid: 1 << 0,
  Known: 1 << 1,
  Stop: 1 << 2,
  Adjective: 1 << 3,
  /** The first word of a spaced compound. */
  First: 1 << 4,
  /** «می» or «نمی». */
  Mi: 1 << 5,
  /** A verb form that may follow «می‌»/«نمی‌». */
  Verb: 1 << 6,
  Plural: 1 << 7,
  Bound: 1 << 8,
  AfterHeh: 1 << 9,
  Surname: 1 << 10,
  /** «تر» itself. */
  Tar: 1 << 11,
  NoPluralSplit: 1 << 12,
  /** A spaced compound («پیش نویس»): the value is its ZWNJ form. */
  Spaced: 1 << 13,
  /** A preverb: «بر», «باز», «در», «فرا», «فرو», «ور», «وا». */
  Preverb: 1 << 14,
} as const;
/** Bit k + FormShift: a form that follows «بر‌می‌» for PREVERBS[k] («گردد» for «برمی‌گردد»). */
const FORM_SHIFT = 16;

export function preverbFormFlag(k: number): number {
  return 1 << (FORM_SHIFT + k);
}

function buildTable(): WordTable {
  const entries = new Map<string, { flags: number; value?: string }>();
  const add = (key: string, flags: number, value?: string): void => {
    const entry = entries.get(key);
    if (entry) {
      entry.flags |= flags;
      if (value !== undefined) entry.value = value;
    } else entries.set(key, value === undefined ? { flags } : { flags, value });
  };
  for (const [solid, form] of SOLID) add(solid, F.Solid, form);
  for (const w of KNOWN) add(w, F.Known);
  for (const w of STOPWORDS) add(w, F.Stop);
  for (const w of ADJECTIVES) add(w, F.Adjective);
  for (const w of FIRST_PARTS) add(w, F.First);
  for (const w of VERB_FORMS) add(w, F.Verb);
  add('می', F.Mi);
  add('نمی', F.Mi);
  PREVERBS.forEach((pv, k) => {
    add(pv, F.Preverb);
    for (const form of PREVERB_FORMS.get(pv) ?? []) add(form, preverbFormFlag(k));
  });
  for (const w of PLURAL) add(w, F.Plural);
  for (const w of BOUND) add(w, F.Bound);
  for (const w of AFTER_HEH) add(w, F.AfterHeh);
  for (const w of SURNAME_PARTS) add(w, F.Surname);
  for (const w of NO_PLURAL_SPLIT) add(w, F.NoPluralSplit);
  add('تر', F.Tar);
  return new WordTable(entries);
}

/** Single words: what each one is to ZWNJ restoration. */
export const WORDS = buildTable();

/** Spaced compounds («پیش نویس», «گفت و گو»), looked up where a word with F.First starts two or three words. */
export const PHRASES = new WordTable(new Map([...SPACED].map(([spaced, form]) => [spaced, { flags: F.Spaced, value: form }])));

// The first two words of every spaced compound, as bits of a small filter indexed by their two hashes: a
// pair whose bit is clear starts no compound, and is not looked up.
const PAIR_BITS = 1 << 17;
const PAIRS = new Uint32Array(PAIR_BITS / 32);

function pairBit(first: number, second: number): number {
  return (Math.imul(first ^ Math.imul(second, 0x9e3779b1), 0x85ebca6b) >>> 15) & (PAIR_BITS - 1);
}

for (const spaced of SPACED.keys()) {
  const [first = '', second = ''] = spaced.split(' ');
  const bit = pairBit(hashString(first), hashString(second));
  PAIRS[bit >>> 5] = (PAIRS[bit >>> 5] ?? 0) | (1 << (bit & 31));
}

/** Whether the words hashed `first` and `second` may start a spaced compound (false: they do not). */
export function mayStartPhrase(first: number, second: number): boolean {
  const bit = pairBit(first, second);
  return (PAIRS[bit >>> 5]! & (1 << (bit & 31))) !== 0;
}
