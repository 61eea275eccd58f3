// What the claim checks (`claims.ts`, `claims-contrast.ts`) read of one article, worked out once when it
// is read: its headline's words, terms, verbs and counts, and every term and number of the whole article.

import { uint32s } from './slab.ts';
import { contrastWords } from './text/contrasts.ts';
import { type NumberPhrase, numberPhrases } from './text/numbers.ts';
import { numberWord } from './text/stem.ts';
import { type Polarity, verbPolarity } from './text/verbs.ts';

/** A number in the headline and the words beside it: term ids, a negative key for a unit of time, or null. */
export interface Count {
  value: string;
  /** Written in digits («۱۱۸»), not in words or as an ordinal. */
  digits: boolean;
  before: number | null;
  after: number | null;
}

/** The key of «روز», «ماه», «سال»… after a number: one unit, so «یک ماه» and «ده روز» count one thing. */
export const DURATION = -2;

export interface ClaimView {
  /** Folded headline tokens (number words as digits). */
  words: readonly string[];
  /** Term id of each headline token's stem; -1 for stopwords. */
  terms: Int32Array;
  /** Every term id of the article (headline, lead, body), as a Bloom filter (see `termSet`). */
  all: Uint32Array;
  /** Every number in the article, number words and ordinals as digits. */
  numbers: readonly string[];
  /** The headline's negated and affirmed verbs. */
  polarity: Polarity;
  counts: readonly Count[];
}

// A Bloom filter of 2,048 bits with two probes: 256 bytes an article instead of a list of every term, and
// at 200 terms a 3% chance of «present» for an absent term — which only makes a clash less likely to be seen.
const BLOOM_WORDS = 64;

// The two probes of a term: the low and the high half of one hash, 11 bits each (no pair is made).
const hashOf = (id: number) => Math.imul(id ^ 0x9e3779b9, 0x85ebca6b) >>> 0;

/** The Bloom filter of a set of term ids. */
export function termSet(ids: Iterable<number>): Uint32Array {
  const bits = uint32s(BLOOM_WORDS);
  // A bag's ids (the usual caller) by index: a typed array's iterator is a call per id.
  if (ids instanceof Int32Array) for (let i = 0; i < ids.length; i++) addTerm(bits, ids[i] as number);
  else for (const id of ids) addTerm(bits, id);
  return bits;
}

function addTerm(bits: Uint32Array, id: number): void {
  const h = hashOf(id);
  const a = h & 2047;
  const b = (h >>> 16) & 2047;
  bits[a >>> 5] = (bits[a >>> 5] as number) | (1 << (a & 31));
  bits[b >>> 5] = (bits[b >>> 5] as number) | (1 << (b & 31));
}

export function hasTerm(set: Uint32Array, id: number): boolean {
  const h = hashOf(id);
  const a = h & 2047;
  const b = (h >>> 16) & 2047;
  return ((set[a >>> 5] as number) & (1 << (a & 31))) !== 0 && ((set[b >>> 5] as number) & (1 << (b & 31))) !== 0;
}

const NONE: readonly Count[] = Object.freeze([]);

/** Numbers of a headline (`phrases`, its number phrases) with the words beside them. */
function counts(title: readonly string[], terms: Int32Array, phrases: readonly NumberPhrase[]): readonly Count[] {
  if (!phrases.length) return NONE;
  const { durations } = contrastWords();
  const key = (i: number, before: boolean): number | null => {
    const w = title[i];
    if (w === undefined || /^\d/.test(w)) return null;
    // «۲۰ سال» and «یک ماه» count time in one unit; «سال ۱۳۵۸» and «قرن ۱۵» name a year and a century.
    if (durations.has(w)) return before ? DURATION - 1 - [...durations].indexOf(w) : DURATION;
    const t = terms[i] ?? -1;
    return t >= 0 && !phrases.some((p) => p.start <= i && i <= p.end) ? t : null;
  };
  return phrases.map((p) => ({ value: p.value, digits: /^\d/.test(title[p.start] ?? ''), before: key(p.start - 1, true), after: key(p.end + 1, false) }));
}

/**
 * The claim view of an article: `title` its folded headline tokens, `terms` their term ids, `all` every term
 * id of the article, `more` the folded tokens of its lead and body (for their numbers).
 */
export function claimView(title: readonly string[], terms: Int32Array, all: Iterable<number>, more: readonly (readonly string[])[]): ClaimView {
  // The headline's numbers are read once: they are among the article's numbers, and its counts.
  const titlePhrases = numberPhrases(title);
  const numbers = new Set<string>();
  for (const p of titlePhrases) numbers.add(p.value);
  for (const list of more) {
    for (const p of numberPhrases(list)) numbers.add(p.value);
  }
  return {
    words: title.map((w) => numberWord(w) ?? w),
    terms,
    all: termSet(all),
    numbers: [...numbers],
    polarity: verbPolarity(title),
    counts: counts(title, terms, titlePhrases),
  };
}
