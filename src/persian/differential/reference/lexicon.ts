import { readFileSync } from 'node:fs';

// The lexicons are plain text in data/lexicons/, one entry a line, «#» starts a comment.
const DIR = new URL('../../../../data/lexicons/', import.meta.url);

/** Entries of one lexicon file, comments and blank lines dropped. */
export function readLexicon(name: string): string[] {
  const text = readFileSync(new URL(name, DIR), 'utf8');
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*$/, '').trim();
    if (line) out.push(line);
  }
  return out;
}
