import { fold } from './fold.ts';
import { lexicon } from './lexicon.ts';
import { WordSieve } from './word-sieve.ts';

// The words of `lexicon/contrasts.json`, folded: opposites («افزایش» / «کاهش»), words that close a claim to
// one case («فقط»), words that deny the next one («عدم»), and units of time.

interface ContrastsFile {
  opposites: [string, string][];
  exclusive: string[];
  negators: string[];
  durations: string[];
}

export interface ContrastWords {
  opposites: Map<string, string[]>;
  exclusive: Set<string>;
  negators: Set<string>;
  durations: Set<string>;
  /** The words of `opposites` and of `negators` again, to turn most headline words away before a lookup. */
  opposed: WordSieve;
  negating: WordSieve;
}

const load = lexicon<ContrastsFile>('contrasts.json');
let words: ContrastWords | null = null;

/** The contrast words, folded, read once. */
export function contrastWords(): ContrastWords {
  if (words) return words;
  const file = load();
  const opposites = new Map<string, string[]>();
  const link = (a: string, b: string) => opposites.set(a, [...(opposites.get(a) ?? []), b]);
  for (const [a, b] of file.opposites) {
    link(fold(a), fold(b));
    link(fold(b), fold(a));
  }
  const set = (list: string[]) => new Set(list.map(fold));
  const negators = set(file.negators);
  words = {
    opposites,
    exclusive: set(file.exclusive),
    negators,
    durations: set(file.durations),
    opposed: new WordSieve(opposites.keys()),
    negating: new WordSieve(negators),
  };
  return words;
}
