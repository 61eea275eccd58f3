import { LETTER_MAP, isLatinLetter } from './chars.ts';
import { IS_FA, NON_JOINING_FLAG, NO_SPACE_AFTER, NO_SPACE_BEFORE, SPACE_AFTER } from './char-classes.ts';

// What the character pass (clean.ts) decides from the units around a position: the space or ZWNJ to write
// before a unit, the script of the letters nearby, the Persian form of ASCII punctuation.

/** Letters written for Persian ones, mapped to one unit (0 where the map gives two, or none). */
export const SINGLE = new Uint16Array(65536);
for (const [from, to] of Object.entries(LETTER_MAP)) if (to.length === 1) SINGLE[from.charCodeAt(0)] = to.charCodeAt(0);
/** The first Persian letter written for a mapped letter, including those mapped to two units («ۀ» → «ه»). */
export const FIRST_LETTER = new Uint16Array(65536);
for (const [from, to] of Object.entries(LETTER_MAP)) FIRST_LETTER[from.charCodeAt(0)] = to.charCodeAt(0);
const IS_LATIN = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) if (isLatinLetter(c)) IS_LATIN[c] = 1;

const SPACE = 32;
const NL = 10;
const ZWNJ = 0x200c;
const DOT = 0x2e;
const COLON = 0x3a;

/** Nothing pending, a space pending, a ZWNJ pending. */
export const NONE = 0;
export const PEND_SPACE = 1;
export const PEND_ZWNJ = 2;

/** Persian (1) or Latin (2) script of the letters around a position; 0 where there are none. */
export type Script = 0 | 1 | 2;

/**
 * The unit to write before `c` (0 for none), given what is pending and the unit written last: a pending
 * space unless punctuation rules it out, a pending ZWNJ before a letter that joins, a space after
 * punctuation before a letter («سلام!چطوری»), a space before an opening «« or «(».
 */
export function settle(c: number, letter: boolean, pend: number, prev: number, written: boolean, dotWordLen: number): number {
  if (pend === PEND_SPACE) return written && prev !== NL && prev !== SPACE && !NO_SPACE_AFTER[prev] && !NO_SPACE_BEFORE[c] ? SPACE : 0;
  if (pend === PEND_ZWNJ) return letter && !NON_JOINING_FLAG[prev] ? ZWNJ : 0;
  if (!written) return 0;
  if (letter && SPACE_AFTER[prev]) {
    // A dot only between Persian words of two letters or more («ه.ش» keeps its dot tight), a colon only before Persian.
    return (prev === DOT ? dotWordLen >= 2 && IS_FA[c] : prev === COLON ? IS_FA[c] : true) ? SPACE : 0;
  }
  if ((c === 0xab || c === 0x28) && (IS_FA[prev] || IS_LATIN[prev] || (SPACE_AFTER[prev] && prev !== DOT))) return SPACE;
  return 0;
}

/** ASCII , ; ? become Persian ، ؛ ؟ after Persian letters; ٬ outside a number is a comma. */
export function punctFor(c: number, script: Script, s: Uint16Array, i: number, len: number): number {
  if (c === 0x66c) return 0x60c;
  const persian = script === 1 || (script === 0 && nextLetterScript(s, i, len) !== 2);
  if (!persian) return c;
  if (c === 0x2c) return 0x60c;
  if (c === 0x3b) return 0x61b;
  if (c === 0x3f) return 0x61f;
  if (c === 0x25) return 0x66a;
  return c;
}

export function nextLetterScript(s: Uint16Array, i: number, len: number): Script {
  for (let j = i + 1; j < len && j < i + 200; j++) {
    const c = s[j]!;
    if (c === NL) return 0;
    if (IS_FA[c] || FIRST_LETTER[c]) return 1;
    if (IS_LATIN[c]) return 2;
  }
  return 0;
}
