import { OFFICE_CUE, PERSON_CUE, personCues } from './people.ts';
import { PLACE_CUE, places } from './places.ts';
import { WordIds } from './word-ids.ts';

export { OFFICE_CUE, PERSON_CUE, PLACE_CUE };

// Most words of a headline or lead begin no place, person or ministry, yet each reader asked its own
// lexicons about every word (five or six lookups of a fresh string a word). A word's cues — which lexicon
// can match at it — are worked out once and kept in one table; the readers pass over words without a cue.
// The lexicons are fixed once read, so a cue never goes stale.
const memo = new WordIds(16);

/** The cue bits of each word (PLACE_CUE, PERSON_CUE, OFFICE_CUE). */
export function lexiconCues(words: readonly string[]): Uint8Array {
  const out = new Uint8Array(words.length);
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    let c = memo.get(w);
    if (c === undefined) {
      c = (places().mayStart(w) ? PLACE_CUE : 0) | personCues(w);
      memo.set(w, c);
    }
    out[i] = c;
  }
  return out;
}
