// Checks on two headlines that share their subject: do they say opposite things? Each reads a headline's
// words against the other's (and, where a word has a term, against the other article's whole text, so a
// report whose body holds the other's word is not held to have contradicted it).

import type { ClaimView } from './claim-view.ts';
import { hasTerm } from './claim-view.ts';
import { contrastWords } from './text/contrasts.ts';
import type { VerbHit } from './text/verbs.ts';

// Verbs that carry their meaning in the word before them («تصویب شد», «اعلام کرد»): the same light verb
// negated says nothing unless its complement is shared too.
const LIGHT = new Set(['شد', 'کرد', 'داد', 'است', 'بود', 'داشت', 'گرفت', 'خواست', 'یافت', 'رسید', 'امد', 'گشت', 'گردید', 'نمود', 'باید']);

/**
 * One headline negates a predicate the other affirms, in whatever tense or person: «نمی‌پذیرد» against
 * «پذیرفت». A light verb («شد», «کرد») is the same predicate only with the same word before it. A headline
 * that both affirms and denies («می‌دانیم و نمی‌دانیم») contradicts nothing this way.
 */
export function polarityClash(a: ClaimView, b: ClaimView): boolean {
  return denies(a, b) || denies(b, a);
}

function denies(x: ClaimView, y: ClaimView): boolean {
  for (const neg of x.polarity.negated) {
    if (hasKey(x.polarity.affirmed, neg.key) || hasKey(y.polarity.negated, neg.key)) continue;
    for (const pos of y.polarity.affirmed) {
      if (pos.key !== neg.key) continue;
      if (!LIGHT.has(neg.key)) return true;
      const before = x.words[neg.at - 1];
      if (before !== undefined && (x.terms[neg.at - 1] ?? -1) >= 0 && before === y.words[pos.at - 1]) return true;
    }
  }
  return false;
}

/** True when one of `hits` is the predicate `key` (a loop, not `some` with a closure made each call). */
function hasKey(hits: readonly VerbHit[], key: string): boolean {
  for (const v of hits) if (v.key === key) return true;
  return false;
}

/** One headline has a word, the other its opposite, and neither article has the other's word anywhere. */
export function oppositeClash(a: ClaimView, b: ClaimView): boolean {
  // Only the words with an opposite can be one (see `ClaimView.opposed`); an opposite has an opposite too.
  if (!a.opposed.length || !b.opposed.length) return false;
  const { opposites } = contrastWords();
  for (const i of a.opposed) {
    const others = opposites.get(a.words[i] ?? '');
    if (!others || b.words.includes(a.words[i] ?? '')) continue;
    const ta = a.terms[i] ?? -1;
    if (ta >= 0 && hasTerm(b.all, ta)) continue;
    for (const j of b.opposed) {
      if (!others.includes(b.words[j] ?? '') || a.words.includes(b.words[j] ?? '')) continue;
      const tb = b.terms[j] ?? -1;
      if (tb < 0 || !hasTerm(a.all, tb)) return true;
    }
  }
  return false;
}

/** «فقط», «تنها» in one headline and not the other: one closes the claim to a single case («نه تنها» does not). */
export function exclusiveClash(a: ClaimView, b: ClaimView): boolean {
  const { exclusive, negators } = contrastWords();
  const closes = (v: ClaimView) => v.words.some((w, i) => exclusive.has(w) && !negators.has(v.words[i - 1] ?? ''));
  return closes(a) !== closes(b);
}

/** A word denied in one headline («عدم پذیرش», «نه بالذات») and stated plainly in the other. */
export function deniedClash(a: ClaimView, b: ClaimView): boolean {
  const da = a.denied;
  const db = b.denied;
  if (!da.length && !db.length) return false;
  for (const w of da) if (!db.includes(w) && plain(b, w) && !plain(a, w)) return true;
  for (const w of db) if (!da.includes(w) && plain(a, w) && !plain(b, w)) return true;
  return false;
}

/** True when the headline has `w` not after a word that denies it. */
function plain(v: ClaimView, w: string): boolean {
  const { negators } = contrastWords();
  for (let i = 0; i < v.words.length; i++) if (v.words[i] === w && !negators.has(v.words[i - 1] ?? '')) return true;
  return false;
}

/**
 * The same thing counted differently: a number beside the same word in both headlines («قطعنامه ۴۷۸» /
 * «قطعنامه ۴۷۹», «قرن نوزدهم» / «قرن ۱۵», «یک هفته» / «دو هفته»), neither number anywhere in the other article.
 */
export function countClash(a: ClaimView, b: ClaimView): boolean {
  for (const n of a.counts) {
    if (b.numbers.includes(n.value)) continue;
    for (const m of b.counts) {
      if (m.value === n.value || a.numbers.includes(m.value)) continue;
      if (n.after !== null && n.after === m.after) return true;
      // «قطعنامه ۴۷۸» / «قطعنامه ۴۷۹»; but «زرند هفت پس‌لرزه» / «زرند یک کشته» count different things.
      const countsOther = n.after !== null && m.after !== null;
      if (n.before !== null && n.before === m.before && !countsOther) return true;
    }
  }
  return false;
}
