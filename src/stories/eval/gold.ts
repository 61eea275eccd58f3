import { readFileSync } from 'node:fs';
import type { StoryInput } from '../features.ts';

export interface GoldArticle extends StoryInput {
  lead: string;
  text: string;
  event: string;
  copyOf: string | null;
  attribution: { reportedBy: string | null; quoting: string[] };
}

interface ManifestArticle {
  id: string;
  outlet: string;
  event: string;
  copyOf: string | null;
  expected: { title: string; lead: string; text: string; published: string; attribution: GoldArticle['attribution'] };
}

export const MANIFEST = new URL('../../../fixtures/replay/manifest.json', import.meta.url);

/** The replay corpus's labelled articles, in publication order. */
export function goldArticles(): GoldArticle[] {
  const m = JSON.parse(readFileSync(MANIFEST, 'utf8')) as { articles: ManifestArticle[] };
  return m.articles
    .map((a) => ({
      id: a.id,
      title: a.expected.title,
      lead: a.expected.lead,
      text: a.expected.text,
      source: a.outlet,
      published: Date.parse(a.expected.published),
      event: a.event,
      copyOf: a.copyOf,
      attribution: a.expected.attribution,
    }))
    .sort((a, b) => a.published - b.published || a.id.localeCompare(b.id));
}
