import { OFFICE_CUE, PERSON_CUE, personCueWords, personCues } from './people.ts';
import { PLACE_CUE, places } from './places.ts';
import { WordIds } from './word-ids.ts';
import { WordSieve } from './word-sieve.ts';

export { OFFICE_CUE, PERSON_CUE, PLACE_CUE };

// Most words of a headline or lead begin no place, person or ministry, yet each reader asked its own
// lexicons about every word (five or six lookups of a fresh string a word). A word's cues — which lexicon
// can match at it — are worked out once and kept in one table; the readers pass over words without a cue.
// The lexicons are fixed once read, so a cue never goes stale. Only the words the sieve below lets by are
// kept (a few thousand in a long stream): a small table, more of it in the cache.
const memo = new WordIds(13);

// A word has a cue only if it is one of the lexicons' cue words (a name, a name's beginning, a title, a
// given name, a ministry's head): a sieve of them turns most words away without hashing the whole word and
// probing the memo. A word it lets by is looked up as before.
let sieve: WordSieve | null = null;

function cueSieve(): WordSieve {
  sieve ??= new WordSieve([...places().startWords(), ...personCueWords()]);
  return sieve;
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
  const cueWords = cueSieve();
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (!cueWords.mayHave(w)) {
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
