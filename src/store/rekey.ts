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

/** An article to key again: its new keys, and the content hash it was read with (`was`). */
export type ChangedKeys = ArticleKeys & { id: number; was: string };

/**
 * The articles among `rows` whose keys `keys` now makes differently, with those keys. A store writes them only
 * where the content hash is still `was`: an article saved again meanwhile (by a crawl running beside the rekey)
 * holds keys of its new text, which the ones made from its old text must not overwrite.
 */
export function changedKeys(rows: readonly StoredKeys[], keys: Keyer): ChangedKeys[] {
  const out: ChangedKeys[] = [];
  for (const r of rows) {
    const k = keys(r);
    if (k.searchKey !== r.search_key || k.contentHash !== r.content_hash) out.push({ id: r.id, was: r.content_hash, ...k });
  }
  return out;
}
