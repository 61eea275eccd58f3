import { IS_FA, NON_JOINING_FLAG } from './char-classes.ts';
import { HASH_START, hashStep } from './word-table.ts';

// Reading words out of a buffer of code units, for the word pass and its helpers.

export const ZWNJ = 0x200c;
export const SPACE = 32;

/** Units a word is made of: Persian letters, ZWNJ, ezafe hamza and tanvin. */
const WORD_UNIT = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) if (IS_FA[c]) WORD_UNIT[c] = 1;
WORD_UNIT[ZWNJ] = 1;
WORD_UNIT[0x654] = 1;
WORD_UNIT[0x64b] = 1;

/** The last word scanned: its hash and the position of its first ZWNJ (-1 for none). */
export const scanned = { hash: 0, zwnj: -1 };

/** End of the word starting at a (before `limit`); its hash and first ZWNJ go to `scanned`. */
export function scanWord(src: Uint16Array, a: number, limit: number): number {
  let h = HASH_START;
  let zwnj = -1;
  let j = a;
  while (j < limit) {
    const c = src[j]!;
    if (WORD_UNIT[c] === 0) break;
    if (c === ZWNJ && zwnj < 0) zwnj = j;
    h = hashStep(h, c);
    j++;
  }
  scanned.hash = h;
  scanned.zwnj = zwnj;
  return j;
}

/** Whether a word starts at `at`: a Persian letter after a single space, before `limit`. */
export function wordAfterSpace(src: Uint16Array, at: number, limit: number): boolean {
  return at + 1 < limit && src[at] === SPACE && IS_FA[src[at + 1]!] === 1;
}

export function startsWith(src: Uint16Array, a: number, b: number, part: Uint16Array): boolean {
  if (b - a < part.length) return false;
  for (let k = 0; k < part.length; k++) if (src[a + k] !== part[k]) return false;
  return true;
}

export function endsWith(src: Uint16Array, a: number, b: number, part: Uint16Array): boolean {
  if (b - a < part.length) return false;
  const at = b - part.length;
  for (let k = 0; k < part.length; k++) if (src[at + k] !== part[k]) return false;
  return true;
}

/** Whether a ZWNJ goes after the unit `last`: not after a letter that does not join the next one anyway. */
export function joinsAfter(last: number): boolean {
  return NON_JOINING_FLAG[last] === 0;
}
