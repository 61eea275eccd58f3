import type { ArticleKeys } from './store.ts';

/** The text an article's keys are made from. */
export interface KeyedText {
  title: string;
  lead: string;
  text: string;
}

/** What makes an article's keys from its text (the crawler's `articleKeys`). */
export type Keyer = (a: KeyedText) => ArticleKeys;

/** An article as `rekeyArticles` reads it: its text and the keys stored with it. */
export interface StoredKeys extends KeyedText {
  id: number;
  search_key: string;
  content_hash: string;
}

/** The articles among `rows` whose keys `keys` now makes differently, with those keys. */
export function changedKeys(rows: readonly StoredKeys[], keys: Keyer): (ArticleKeys & { id: number })[] {
  const out: (ArticleKeys & { id: number })[] = [];
  for (const r of rows) {
    const k = keys(r);
    if (k.searchKey !== r.search_key || k.contentHash !== r.content_hash) out.push({ id: r.id, ...k });
  }
  return out;
}
