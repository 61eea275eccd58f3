import { readFileSync } from 'node:fs';
import { searchKey } from '../persian/index.ts';

export interface Category {
  slug: string;
  nameFa: string;
  /** Section names outlets print for this category. */
  sections: string[];
}

/** The categories, read once from categories.json: which section names belong where is data, not code. */
export const CATEGORIES: Category[] = (
  JSON.parse(readFileSync(new URL('./categories.json', import.meta.url), 'utf8')) as { categories: Category[] }
).categories;

// Outlets write «بین‌الملل» and «بین الملل» alike: spacing and ZWNJ do not tell sections apart.
const key = (section: string) => searchKey(section).replace(/[\s\u200c]+/g, '');
const BY_KEY = new Map<string, Category>();
for (const c of CATEGORIES) for (const s of c.sections) BY_KEY.set(key(s), c);

export function categoryBySlug(slug: string): Category | undefined {
  return CATEGORIES.find((c) => c.slug === slug);
}

/** The category a section name printed by an outlet belongs to, if any. */
export function categoryOfSection(section: string | null): Category | undefined {
  return section ? BY_KEY.get(key(section)) : undefined;
}

/** The stored section names that belong to each category, from the store's list of distinct sections. */
export function sectionsByCategory(stored: { section: string; articles: number }[]): Map<string, { sections: string[]; articles: number }> {
  const out = new Map<string, { sections: string[]; articles: number }>(CATEGORIES.map((c) => [c.slug, { sections: [], articles: 0 }]));
  for (const s of stored) {
    const c = categoryOfSection(s.section);
    if (!c) continue;
    const slot = out.get(c.slug)!;
    slot.sections.push(s.section);
    slot.articles += s.articles;
  }
  return out;
}
