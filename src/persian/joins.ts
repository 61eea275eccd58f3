import { IS_FA } from './char-classes.ts';
import { F, PHRASES, WORDS, mayStartPhrase } from './join-lexicon.ts';
import { joinWords } from './join-merge.ts';
import { SPACE, scanWord, scanned, startsWith, wordAfterSpace } from './join-scan.ts';
import { MI, NAMI, applyEdit, fixWord } from './join-word.ts';
import { type Units, toUnits } from './units.ts';

// ZWNJ restoration, the word pass of display normalization. It runs on the output of the character pass
// (single spaces, Persian letters) and only ever joins what the lexicons vouch for: a wrong join in a
// headline is worse than a missed one.
//
// The pass reads the character pass's buffer in place. Each word is hashed while it is scanned and looked up
// once in the lexicon table (join-lexicon.ts); its flags, and those of the word after it, say whether it can
// change at all. Most words cannot: they are not even copied one by one, the text between changes is copied
// in one piece. A word that changes alone goes to join-word.ts, one that may join the next to join-merge.ts.

const { Known: KNOWN, Solid: SOLID } = F;
/** Flags of a next word that may join the word before it. */
const JOINS_BEFORE = F.Plural | F.Bound | F.AfterHeh | F.Surname;
/** Flags of a word that may join the word after it. */
const JOINS_AFTER = F.Mi | F.Preverb | F.First | F.Adjective;
const MAH = toUnits('ماه');

/**
 * Whether the word src[a, b) (hash `h`, flags `word`) may join the word src[b + 1, nb) after it (hash `nh`,
 * flags `next`), or the two words after it: a cheap test that lets through every join of join-merge.ts.
 */
function mayJoin(src: Uint16Array, a: number, b: number, h: number, word: number, nb: number, nh: number, next: number, limit: number): boolean {
  if (next & JOINS_BEFORE) return true;
  if (word & F.Mi && next & F.Verb) return true;
  if (next & F.Tar && word & F.Adjective) return true;
  if (word & F.Preverb && (startsWith(src, b + 1, nb, MI) || startsWith(src, b + 1, nb, NAMI))) return true;
  if (!(word & F.First) || !mayStartPhrase(h, nh)) return false;
  if (PHRASES.flagsOf(src, a, nb) & F.Spaced) return true;
  return wordAfterSpace(src, nb, limit) && (PHRASES.flagsOf(src, a, scanWord(src, nb + 1, limit)) & F.Spaced) !== 0;
}

/** «ماه» or a number: before it, «می» is the month May. */
function isMonthContext(buf: Uint16Array, a: number, b: number): boolean {
  if (b - a === MAH.length && startsWith(buf, a, b, MAH)) return true;
  if (b === a) return false;
  for (let i = a; i < b; i++) {
    const c = buf[i]!;
    if (!((c >= 48 && c <= 57) || (c >= 0x6f0 && c <= 0x6f9))) return false;
  }
  return true;
}

/**
 * The word pass over one line of cleaned text, src[from, to), appended to `out`. The loop keeps the word
 * after the current one scanned and looked up (it decides whether the two join), so each word is scanned and
 * looked up once. Returns whether anything changed; with `copyUnchanged` false, a line that stays as it is
 * is not copied to `out` at all (most lines: the caller reads them where they are).
 */
export function restoreJoinsInto(src: Uint16Array, from: number, to: number, out: Units, copyUnchanged = true): boolean {
  out.reserve(to - from + 64);
  const flagsOf = WORDS.flags;
  const fa = IS_FA; // held in a local, as the tables in cleanInto
  let copied = from; // src[copied, i) is yet to be copied to `out`
  // The previous word as written: in src if it stayed as it was, else in out.
  let prevInOut = false;
  let prevStart = 0;
  let prevEnd = 0;
  // The word starting at `aheadAt`, scanned while looking at the word before it.
  let aheadAt = -1;
  let aheadEnd = 0;
  let aheadHash = 0;
  let aheadZwnj = -1;
  let aheadEntry = -1;
  let i = from;
  while (i < to) {
    if (!fa[src[i]!]) {
      i++;
      continue;
    }
    const a = i;
    let b: number;
    let h: number;
    let zwnj: number;
    let e: number;
    if (aheadAt === a) {
      b = aheadEnd;
      h = aheadHash;
      zwnj = aheadZwnj;
      e = aheadEntry;
    } else {
      b = scanWord(src, a, to);
      h = scanned.hash;
      zwnj = scanned.zwnj;
      e = WORDS.find(src, a, b, h);
    }
    const flags = e < 0 ? 0 : flagsOf[e]!;
    let next = 0;
    let nb = -1;
    if (b + 1 < to && src[b] === SPACE && fa[src[b + 1]!]) {
      nb = scanWord(src, b + 1, to);
      aheadAt = b + 1;
      aheadEnd = nb;
      aheadHash = scanned.hash;
      aheadZwnj = scanned.zwnj;
      aheadEntry = WORDS.find(src, b + 1, nb, aheadHash);
      next = aheadEntry < 0 ? 0 : flagsOf[aheadEntry]!;
    }
    i = b;
    if ((flags & (KNOWN | SOLID)) === KNOWN && !(next & JOINS_BEFORE) && !(flags & JOINS_AFTER)) {
      // A known word that no join can touch, the common case.
      prevInOut = false;
      prevStart = a;
      prevEnd = b;
      continue;
    }
    let join = false;
    if (nb >= 0 && (flags | next) !== 0 && mayJoin(src, a, b, h, flags, nb, aheadHash, next, to)) join = true;
    else if (!fixWord(src, a, b, flags, e, zwnj)) {
      prevInOut = false;
      prevStart = a;
      prevEnd = b;
      continue;
    }
    out.pushRange(src, copied, a);
    const start = out.n;
    if (join) {
      const month = prevInOut ? isMonthContext(out.buf, prevStart, prevEnd) : isMonthContext(src, prevStart, prevEnd);
      i = joinWords(src, a, b, flags, e, zwnj, to, month, out);
    } else applyEdit(src, b, out);
    copied = i;
    prevInOut = true;
    prevStart = start;
    prevEnd = out.n;
  }
  if (copied === from && !copyUnchanged) return false;
  out.pushRange(src, copied, to);
  return copied !== from;
}
