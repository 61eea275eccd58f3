import { join } from 'node:path';
import { SqliteStore } from './sqlite/sqlite-store.ts';
import type { Store } from './store.ts';

export type { ArticleSummary, FeedState, NewArticle, Store, StoredSource } from './store.ts';
export { SqliteStore } from './sqlite/sqlite-store.ts';

/** Opens the store for a data folder: SQLite at DIR/khabar.db. */
export function openStore(dataDir: string): Store {
  return new SqliteStore(join(dataDir, 'khabar.db'));
}
