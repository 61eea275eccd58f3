import { searchKey } from '../persian/index.ts';
import type { Repository } from '../store/repository.ts';

/**
 * The outlets a `source:` filter names, by slug, English or Persian name, or an alias other outlets use
 * («source:isna», «منبع:ایسنا»). A name that matches nothing is a warning and is left out.
 */
export async function resolveSources(store: Repository, wanted: string[], warnings: string[]): Promise<string[]> {
  if (!wanted.length) return [];
  const byName = new Map<string, string>();
  for (const s of await store.listSources()) {
    for (const name of [s.slug, s.nameEn, s.nameFa, ...s.aliases]) {
      const k = searchKey(name).replace(/\s+/g, '');
      if (k && !byName.has(k)) byName.set(k, s.slug);
    }
  }
  const out: string[] = [];
  for (const w of wanted) {
    const slug = byName.get(searchKey(w).replace(/\s+/g, ''));
    if (!slug) warnings.push(`source:${w}: no such source; the filter was ignored`);
    else if (!out.includes(slug)) out.push(slug);
  }
  return out;
}
