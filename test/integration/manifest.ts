import { readFileSync } from 'node:fs';

export interface ManifestArticle {
  id: string;
  outlet: string;
  url: string;
  event: string;
  copyOf: string | null;
  defects: string[];
  expected: {
    title: string;
    kicker: string;
    lead: string;
    text: string;
    published: string;
    newsCode: string;
    section: string;
    tags: string[];
    related: string[];
    attribution: { reportedBy: string; quoting: string[] };
  };
}

export interface Manifest {
  outlets: { slug: string; nameFa: string; feedUrl: string }[];
  events: Record<string, { about: string; articles: string[] }>;
  articles: ManifestArticle[];
}

export const REPLAY_DIR = new URL('../../fixtures/replay/', import.meta.url).pathname;

export function readManifest(): Manifest {
  return JSON.parse(readFileSync(`${REPLAY_DIR}manifest.json`, 'utf8')) as Manifest;
}

/** Word-level F1 between two texts, on search keys so spelling variants of one word count as the same. */
export function wordF1(got: string, want: string, key: (s: string) => string): number {
  const a = key(got).split(' ').filter(Boolean);
  const b = key(want).split(' ').filter(Boolean);
  if (!a.length || !b.length) return a.length === b.length ? 1 : 0;
  const counts = new Map<string, number>();
  for (const w of b) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of a) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  if (!common) return 0;
  const p = common / a.length;
  const r = common / b.length;
  return (2 * p * r) / (p + r);
}
