// Two headlines that share their subject but disagree on a claim are reports of different things:
// «مسجد النبی» against «مسجد کوفه» (a name swapped in the same slot), «منجر شد» against «منجر نشد»
// (the same predicate negated), «۱۸ نماینده» against «۲۵ نماینده» (another count of the same thing).
// Each check reads a headline against the other article's whole text, so an article whose body names
// the other headline's person or number is not held to have contradicted it. The checks of polarity,
// opposites, denied words and counts are in `claims-contrast.ts`.

import type { ClaimView } from './claim-view.ts';
import { hasTerm } from './claim-view.ts';
import { countClash, deniedClash, oppositeClash, polarityClash } from './claims-contrast.ts';
import { startsWithDigit } from './text/fold.ts';

export type { ClaimView } from './claim-view.ts';
export { claimView, hasTerm, termSet } from './claim-view.ts';
export { positiveOf } from './text/verbs.ts';

export type ClaimClash = 'swap' | 'negation' | 'polarity' | 'count' | 'opposite' | 'denied';


/** Indexes of content tokens (those with a term), in order. */
function contentIndexes(v: ClaimView): number[] {
  const out: number[] = [];
  for (let i = 0; i < v.terms.length; i++) if ((v.terms[i] ?? -1) >= 0 && !startsWithDigit(v.words[i] ?? '')) out.push(i);
  return out;
}

/** Longest common subsequence of two short id sequences, as index pairs in order. */
function align(x: readonly number[], y: readonly number[]): [number, number][] {
  const w = y.length + 1;
  const dp = new Uint16Array((x.length + 1) * w);
  for (let i = x.length - 1; i >= 0; i--) {
    for (let j = y.length - 1; j >= 0; j--) {
      dp[i * w + j] = x[i] === y[j] ? (dp[(i + 1) * w + j + 1] ?? 0) + 1 : Math.max(dp[(i + 1) * w + j] ?? 0, dp[i * w + j + 1] ?? 0);
    }
  }
  const out: [number, number][] = [];
  for (let i = 0, j = 0; i < x.length && j < y.length; ) {
    if (x[i] === y[j]) out.push([i++, j++]);
    else if ((dp[(i + 1) * w + j] ?? 0) >= (dp[i * w + j + 1] ?? 0)) i++;
    else j++;
  }
  return out;
}

/**
 * The headlines share a frame (their common words, in order) and fill one slot of it differently, each
 * with a rare word the other article does not have anywhere: «آزمون کارشناسی ارشد» against «آزمون دکتری»,
 * «مسجد النبی» against «مسجد کوفه». Spacing variants («به کارگیری», «بهکارگیری») are not swaps.
 */
function swapped(a: ClaimView, b: ClaimView, rare: (id: number) => boolean): boolean {
  const ca = contentIndexes(a);
  const cb = contentIndexes(b);
  const ta = ca.map((i) => a.terms[i] ?? -1);
  const tb = cb.map((j) => b.terms[j] ?? -1);
  const frame = align(ta, tb);
  if (!frame.length) return false;
  const solidA = a.words.join('');
  const solidB = b.words.join('');
  // Slots: before the first shared word, between two shared words, after the last.
  let pa = 0;
  let pb = 0;
  for (const [i, j] of [...frame, [ta.length, tb.length] as [number, number]]) {
    if (i > pa && j > pb && distinct(a, ca, ta, pa, i, b, solidB, rare) && distinct(b, cb, tb, pb, j, a, solidA, rare)) return true;
    pa = i + 1;
    pb = j + 1;
  }
  return false;
}

/** A slot of `v` (its content words `from` to `to`) holds a rare word that `other` has nowhere. */
function distinct(v: ClaimView, idx: number[], terms: number[], from: number, to: number, other: ClaimView, otherSolid: string, rare: (id: number) => boolean): boolean {
  for (let k = from; k < to; k++) {
    const id = terms[k] ?? -1;
    const word = v.words[idx[k] ?? 0] ?? '';
    if (rare(id) && !hasTerm(other.all, id) && !otherSolid.includes(word)) return true;
  }
  return false;
}

const LIGHT_VERBS = new Set(['شد', 'شده', 'شدند', 'شود', 'شوند', 'کرد', 'کرده', 'کردند', 'کند', 'کنند', 'داد', 'داده', 'دادند', 'دهد', 'دهند', 'است', 'بود', 'دارد', 'دارند', 'داشت', 'گرفت', 'گرفته', 'خواهد', 'یافت', 'رسید']);

/** The same predicate affirmed in one headline and negated in the other. */
function negated(a: ClaimView, b: ClaimView): boolean {
  return negates(a, b) || negates(b, a);
}

/** A verb `x` negates stands affirmed in `y`. */
function negates(x: ClaimView, y: ClaimView): boolean {
  for (const { at: i, positive: p } of x.negations) {
    for (let j = 0; j < y.words.length; j++) {
      if (y.words[j] !== p) continue;
      // A light verb says nothing alone: «تصویب نشد» against «تصویب شد» needs the word before it too.
      if (!LIGHT_VERBS.has(p) || (i > 0 && j > 0 && x.words[i - 1] === y.words[j - 1])) return true;
    }
  }
  return false;
}

/** The first way in which two articles' headlines contradict each other, or null. */
export function claimClash(a: ClaimView, b: ClaimView, rare: (id: number) => boolean, swaps: boolean): ClaimClash | null {
  if (negated(a, b)) return 'negation';
  if (polarityClash(a, b)) return 'polarity';
  if (countClash(a, b)) return 'count';
  if (oppositeClash(a, b)) return 'opposite';
  if (deniedClash(a, b)) return 'denied';
  if (swaps && swapped(a, b, rare)) return 'swap';
  return null;
}
