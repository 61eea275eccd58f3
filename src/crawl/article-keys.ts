import { createHash } from 'node:crypto';
import { searchKey } from '../persian/index.ts';
import type { Keyer } from '../store/index.ts';

/**
 * The search key of an article's title, lead and text (display forms), and the hash of their keyed content: two
 * spellings of one text hash the same, so a page fetched again unchanged is not stored again.
 */
export const articleKeys: Keyer = (a) => ({
  searchKey: searchKey(`${a.title} ${a.lead} ${a.text}`),
  contentHash: createHash('sha256').update(searchKey(`${a.title}\n${a.lead}\n${a.text}`)).digest('hex'),
});
