import { OFFICE_CUE, PERSON_CUE, personCueWords, personCues } from './people.ts';
import { PLACE_CUE, places } from './places.ts';
import { WordIds } from './word-ids.ts';

export { OFFICE_CUE, PERSON_CUE, PLACE_CUE };

// Most words of a headline or lead begin no place, person or ministry, yet each reader asked its own
// lexicons about every word (five or six lookups of a fresh string a word). A word's cues — which lexicon
// can match at it — are worked out once and kept in one table; the readers pass over words without a cue.
// The lexicons are fixed once read, so a cue never goes stale. Only the words the sieve below lets by are
// kept (a few thousand in a long stream): a small table, more of it in the cache.
const memo = new WordIds(13);

// A word can have a cue only if it is one of the lexicons' cue words (a name, a name's beginning, a title,
// a given name, a ministry's head). A bit per hash of a cue word's first four letters and its length up to
// four turns away, without hashing the whole word and probing the memo, seven words in ten: a word whose
// bit is off has no cue. A word whose bit is on is looked up as before (the bit may be another's).
const SIEVE_BITS = 16;
const SIEVE_LETTERS = 4;
let sieve: Uint32Array | null = null;

function sieveKey(word: string): number {
  const n = word.length;
  // The first four letters, all at once; a shorter word's missing ones count as 0 (a character code no
  // folded word has), its length telling it from a longer one.
  let h = Math.imul(n < SIEVE_LETTERS ? n : SIEVE_LETTERS, 0x9e3779b1);
  h = Math.imul(h ^ (n > 0 ? word.charCodeAt(0) : 0), 0x85ebca6b);
  h = Math.imul(h ^ (n > 1 ? word.charCodeAt(1) : 0), 0x85ebca6b);
  h = Math.imul(h ^ (n > 2 ? word.charCodeAt(2) : 0), 0x85ebca6b);
  h = Math.imul(h ^ (n > 3 ? word.charCodeAt(3) : 0), 0x85ebca6b);
  return (h ^ (h >>> 15)) >>> (32 - SIEVE_BITS);
}

function cueSieve(): Uint32Array {
  if (sieve) return sieve;
  const bits = new Uint32Array(1 << (SIEVE_BITS - 5));
  const mark = (w: string) => {
    const k = sieveKey(w);
    bits[k >>> 5] = (bits[k >>> 5] as number) | (1 << (k & 31));
  };
  for (const w of places().startWords()) mark(w);
  for (const w of personCueWords()) mark(w);
  sieve = bits;
  return bits;
}

// The cues of the words read last: a headline's and a lead's are read in turn, each used before the next.
let scratch = new Uint8Array(64);

/**
 * The cue bits of each word (PLACE_CUE and the gazetteer's other bits, PERSON_CUE, OFFICE_CUE), in a buffer
 * shared by every call: valid until the next call, and it may be longer than `words` (read the first
 * `words.length`).
 */
export function lexiconCues(words: readonly string[]): Uint8Array {
  if (scratch.length < words.length) scratch = new Uint8Array(words.length * 2);
  const out = scratch;
  const bits = cueSieve();
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    const k = sieveKey(w);
    if (!((bits[k >>> 5] as number) & (1 << (k & 31)))) {
      out[i] = 0;
      continue;
    }
    let c = memo.get(w);
    if (c === undefined) {
      c = places().placeCues(w) | personCues(w);
      memo.set(w, c);
    }
    out[i] = c;
  }
  return out;
}
