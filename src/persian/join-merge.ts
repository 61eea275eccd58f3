import { F, PHRASES, WORDS, preverbFormFlag } from './join-lexicon.ts';
import { SPACE, ZWNJ, joinsAfter, scanWord, scanned, startsWith, wordAfterSpace } from './join-scan.ts';
import { MI, NAMI, PREVERB_UNITS, applyEdit, fixWord } from './join-word.ts';
import { Units } from './units.ts';
import { hashRange } from './word-table.ts';

// Joining words written apart: «کتاب ها», «بر می گردم», «گفت و گو», «کرده اند». The word pass comes here only
// where `mayJoin` (joins.ts) found a join possible. The word being built up lives in a small buffer of its
// own, since after the first join it is no longer a stretch of the input.

const HEH = 0x647;
const YEH = 0x6cc;

/** The word joined so far, and its flags in WORDS. */
const word = new Units(64);
let wordFlags = 0;
/** A spaced compound to look up: the word so far, a space, the next word (and a space and the one after). */
const phrase = new Units(64);

function flagsOf(buf: Uint16Array, a: number, b: number): number {
  return WORDS.flagsOf(buf, a, b);
}

function setWord(value: string): true {
  word.n = 0;
  word.pushString(value);
  wordFlags = flagsOf(word.buf, 0, word.n);
  return true;
}

/** Appends src[a, b) to the word, after a ZWNJ if `zwnj`. */
function extendWord(src: Uint16Array, zwnj: boolean, a: number, b: number): true {
  if (zwnj) word.push(ZWNJ);
  word.pushRange(src, a, b);
  wordFlags = flagsOf(word.buf, 0, word.n);
  return true;
}

/** The spaced compound made of the word so far and src[from, to) (one or two more words), if it is one. */
function phraseForm(src: Uint16Array, from: number, to: number): string | undefined {
  phrase.n = 0;
  phrase.pushRange(word.buf, 0, word.n);
  phrase.push(SPACE);
  phrase.pushRange(src, from, to);
  const e = PHRASES.find(phrase.buf, 0, phrase.n, hashRange(phrase.buf, 0, phrase.n));
  return e < 0 ? undefined : PHRASES.values[e];
}

/** The index in PREVERBS of the word so far, -1 if it is not a preverb. */
function preverbIndex(): number {
  if (!(wordFlags & F.Preverb)) return -1;
  for (let k = 0; k < PREVERB_UNITS.length; k++) {
    const pv = PREVERB_UNITS[k]!;
    if (pv.length === word.n && startsWith(word.buf, 0, word.n, pv)) return k;
  }
  return -1;
}

/** Whether the word so far ends in `last` and has three letters or more. */
function endsIn(last: number): boolean {
  return word.n >= 3 && word.buf[word.n - 1] === last;
}

/**
 * Three words that are one: a spaced compound («گفت و گو»), or a preverb, «می»/«نمی» and a verb form written
 * apart («بر می گردم» → «برمی‌گردم»). The second word is src[a2, b2), the third src[b2 + 1, b3).
 */
function mergeThree(src: Uint16Array, a2: number, b2: number, second: number, b3: number, third: number): boolean {
  const spaced = wordFlags & F.First ? phraseForm(src, a2, b3) : undefined;
  if (spaced) return setWord(spaced);
  if (!(second & F.Mi)) return false;
  const k = preverbIndex();
  if (k < 0 || !(third & preverbFormFlag(k))) return false;
  word.pushRange(src, a2, b2);
  return extendWord(src, true, b2 + 1, b3);
}

/** Joins the next word src[a2, b2) onto the word where they are one word written apart. */
function merge(src: Uint16Array, a2: number, b2: number, next: number, monthBefore: boolean): boolean {
  if (wordFlags & F.Mi) return (next & F.Verb) !== 0 && !monthBefore && extendWord(src, true, a2, b2);
  const spaced = wordFlags & F.First ? phraseForm(src, a2, b2) : undefined;
  if (spaced) return setWord(spaced);
  const joiner = joinsAfter(word.buf[word.n - 1]!);
  if (next & F.Tar && wordFlags & F.Adjective) return extendWord(src, joiner, a2, b2);
  const k = preverbIndex();
  if (k >= 0) {
    const mi = startsWith(src, a2, b2, NAMI) ? NAMI.length : startsWith(src, a2, b2, MI) ? MI.length : 0;
    const rest = a2 + mi + (mi && src[a2 + mi] === ZWNJ && a2 + mi < b2 ? 1 : 0);
    if (mi && flagsOf(src, rest, b2) & preverbFormFlag(k)) {
      word.pushRange(src, a2, a2 + mi);
      return extendWord(src, true, rest, b2);
    }
  }
  if (wordFlags & F.Stop && !(next & F.Plural)) return false;
  if (next & (F.Plural | F.Bound)) return extendWord(src, joiner, a2, b2);
  if (next & F.AfterHeh && endsIn(HEH)) return extendWord(src, true, a2, b2);
  if (next & F.Surname && endsIn(YEH)) return extendWord(src, true, a2, b2);
  return false;
}

/**
 * Joins the word src[a, b) (its flags, entry and first ZWNJ given) with the words after it as far as the
 * lexicons allow, then restores ZWNJ inside the result, and writes it. `monthBefore`: the word before was
 * «ماه» or a number, so «می» is the month. Returns the end of the input taken.
 */
export function joinWords(src: Uint16Array, a: number, b: number, flags: number, e: number, zwnj: number,
  limit: number, monthBefore: boolean, out: Units): number {
  word.n = 0;
  word.pushRange(src, a, b);
  wordFlags = flags;
  let end = b;
  while (wordAfterSpace(src, end, limit)) {
    const a2 = end + 1;
    const b2 = scanWord(src, a2, limit);
    const next = WORDS.flagsAt(WORDS.find(src, a2, b2, scanned.hash));
    if (wordFlags & (F.First | F.Preverb) && wordAfterSpace(src, b2, limit)) {
      const b3 = scanWord(src, b2 + 1, limit);
      if (mergeThree(src, a2, b2, next, b3, WORDS.flagsAt(WORDS.find(src, b2 + 1, b3, scanned.hash)))) {
        end = b3;
        continue;
      }
    }
    if (!merge(src, a2, b2, next, monthBefore)) break;
    end = b2;
  }
  if (end === b) {
    if (fixWord(src, a, b, flags, e, zwnj)) applyEdit(src, b, out);
    else out.pushRange(src, a, b);
    return end;
  }
  const whole = WORDS.find(word.buf, 0, word.n, hashRange(word.buf, 0, word.n));
  const zwnjAt = word.buf.subarray(0, word.n).indexOf(ZWNJ);
  if (fixWord(word.buf, 0, word.n, WORDS.flagsAt(whole), whole, zwnjAt)) applyEdit(word.buf, word.n, out);
  else out.pushRange(word.buf, 0, word.n);
  return end;
}
