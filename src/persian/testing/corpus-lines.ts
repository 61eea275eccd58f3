import { existsSync, readFileSync } from 'node:fs';

// Real Persian text for the tests that read it line by line: the replay corpus (always here) and the shared
// corpus's iribnews articles (beside the project, when present).

interface Manifest {
  articles: { expected: { title?: string; kicker?: string; lead?: string; text?: string } }[];
}

/** Every line of the replay corpus's expected kickers, titles, leads and texts. */
export function replayLines(): string[] {
  const manifest = JSON.parse(readFileSync(new URL('../../../fixtures/replay/manifest.json', import.meta.url), 'utf8')) as Manifest;
  const lines: string[] = [];
  for (const { expected } of manifest.articles) {
    for (const part of [expected.kicker, expected.title, expected.lead, expected.text]) if (part) lines.push(...part.split('\n'));
  }
  return lines;
}

export const IRIBNEWS = new URL('../../../../shared/corpora/persian-articles/iribnews/articles.jsonl', import.meta.url);

/** Every line of the iribnews articles' titles, summaries and bodies (HTML as stored); none where the corpus is absent. */
export function iribnewsLines(): string[] {
  if (!existsSync(IRIBNEWS)) return [];
  const lines: string[] = [];
  for (const line of readFileSync(IRIBNEWS, 'utf8').split('\n')) {
    if (!line) continue;
    const article = JSON.parse(line) as Record<string, unknown>;
    for (const field of ['title', 'summary', 'body_html']) if (typeof article[field] === 'string') lines.push(...(article[field] as string).split('\n'));
  }
  return lines;
}
