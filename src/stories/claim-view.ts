// What the claim checks (`claims.ts`, `claims-contrast.ts`) read of one article, worked out once when it
// is read: its headline's words, terms, verbs and counts, and every term and number of the whole article.

import { uint32s } from './slab.ts';
import { contrastWords } from './text/contrasts.ts';
import { startsWithDigit } from './text/fold.ts';
import { type NumberPhrase, addNumberValues, numberPhrases } from './text/numbers.ts';
import { numberWord } from './text/stem.ts';
import { type Polarity, positiveOf, verbPolarity } from './text/verbs.ts';

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
  // What the checks of a pair ask of each headline's words, worked out once (an article is checked against
  // many others): most headlines have none of these.
  /** Each word of `words` that negates a verb, and the verb affirmed (`positiveOf`): «نشد» → «شد». */
  negations: readonly Negation[];
  /** The words the headline denies («عدم پذیرش» → «پذیرش»), each once, in order (see `deniedClash`). */
  denied: readonly string[];
  /** Where in `words` a word with an opposite is («افزایش»). */
  opposed: readonly number[];
}

/** A negated verb of a headline: where it is, and its affirmative. */
export interface Negation {
  at: number;
  positive: string;
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

// Most headlines have no number, negation, denial or opposite, and many articles no number at all: they share
// one empty list (frozen) instead of keeping one of their own.
const NONE: readonly never[] = Object.freeze([]);

/** Numbers of a headline (`phrases`, its number phrases) with the words beside them. */
function counts(title: readonly string[], terms: Int32Array, phrases: readonly NumberPhrase[]): readonly Count[] {
  if (!phrases.length) return NONE;
  const out: Count[] = [];
  for (const p of phrases) {
    out.push({
      value: p.value,
      digits: startsWithDigit(title[p.start] ?? ''),
      before: countKey(title, terms, phrases, p.start - 1, true),
      after: countKey(title, terms, phrases, p.end + 1, false),
    });
  }
  return out;
}

/** The key of the word at `i` beside a number (`before` it or after), or null. */
function countKey(title: readonly string[], terms: Int32Array, phrases: readonly NumberPhrase[], i: number, before: boolean): number | null {
  const w = title[i];
  if (w === undefined || startsWithDigit(w)) return null;
  const { durations } = contrastWords();
  // «۲۰ سال» and «یک ماه» count time in one unit; «سال ۱۳۵۸» and «قرن ۱۵» name a year and a century.
  if (durations.has(w)) return before ? DURATION - 1 - [...durations].indexOf(w) : DURATION;
  const t = terms[i] ?? -1;
  if (t < 0) return null;
  for (const p of phrases) if (p.start <= i && i <= p.end) return null;
  return t;
}

/** The headline's words with number words as digits (the tokens themselves when there is none). */
function claimWords(title: readonly string[]): readonly string[] {
  let words: string[] | null = null;
  for (let i = 0; i < title.length; i++) {
    const n = numberWord(title[i] as string);
    if (n === undefined) continue;
    words ??= title.slice();
    words[i] = n;
  }
  return words ?? title;
}

/** `ClaimView.negations` of a headline's words. */
function negations(words: readonly string[]): readonly Negation[] {
  let out: Negation[] | null = null;
  for (let i = 0; i < words.length; i++) {
    const positive = positiveOf(words[i] as string);
    if (positive !== null) (out ??= []).push({ at: i, positive });
  }
  return out ?? NONE;
}

/** `ClaimView.denied`: the words after a denying one («عدم», «بدون»), longer than two letters and not «فقط» or its like. */
function denied(words: readonly string[]): readonly string[] {
  const { exclusive, negators, negating } = contrastWords();
  let out: string[] | null = null;
  for (let i = 0; i + 1 < words.length; i++) {
    const v = words[i] as string;
    if (!negating.mayHave(v) || !negators.has(v)) continue;
    const w = words[i + 1] as string;
    if (w.length > 2 && !exclusive.has(w) && !out?.includes(w)) (out ??= []).push(w);
  }
  return out ?? NONE;
}

/** `ClaimView.opposed` of a headline's words. */
function opposed(words: readonly string[]): readonly number[] {
  const { opposites, opposed: sieve } = contrastWords();
  let out: number[] | null = null;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (sieve.mayHave(w) && opposites.has(w)) (out ??= []).push(i);
  }
  return out ?? NONE;
}

/**
 * The claim view of an article: `title` its folded headline tokens, `terms` their term ids, `all` every term
 * id of the article, `more` the folded tokens of its lead and body (for their numbers).
 */
export function claimView(title: readonly string[], terms: Int32Array, all: Iterable<number>, more: readonly (readonly string[])[]): ClaimView {
  // The headline's numbers are read once: they are among the article's numbers, and its counts.
  const titlePhrases = numberPhrases(title);
  const numbers: string[] = [];
  for (const p of titlePhrases) if (!numbers.includes(p.value)) numbers.push(p.value);
  for (const list of more) addNumberValues(list, numbers);
  const words = claimWords(title);
  return {
    words,
    terms,
    all: termSet(all),
    numbers: numbers.length ? numbers : NONE,
    polarity: verbPolarity(title),
    counts: counts(title, terms, titlePhrases),
    negations: negations(words),
    denied: denied(words),
    opposed: opposed(words),
  };
}
