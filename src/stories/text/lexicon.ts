import { readFileSync } from 'node:fs';

/** A JSON word list from `src/stories/lexicon/`, read once on first use. */
export function lexicon<T>(name: string): () => T {
  let value: T | undefined;
  return () => (value ??= JSON.parse(readFileSync(new URL(`../lexicon/${name}`, import.meta.url), 'utf8')) as T);
}
