import { join } from 'node:path';
import { SqliteStore } from './sqlite/sqlite-store.ts';
import type { Store } from './store.ts';
import { type Repository, repositoryOf } from './repository.ts';

export type { CoveredSummary, SiteReads, SourceStats } from './reads.ts';
export type { ArticleKeys, ArticleSummary, FeedState, NewArticle, Store, StoredSource } from './store.ts';
export type { StoryChange, StoryRecord, StoryStore, StorySummary } from './stories.ts';
export type { KeyedText, Keyer } from './rekey.ts';
export { SqliteStore } from './sqlite/sqlite-store.ts';

/** Opens the store for a data folder: SQLite at DIR/khabar.db. */
export function openStore(dataDir: string): Store {
  return new SqliteStore(join(dataDir, 'khabar.db'));
}

export { type Repository, repositoryOf } from './repository.ts';
export type { SearchCandidate, SearchCandidates, SearchMatch } from './search.ts';

/**
 * Opens the repository `database` names: `sqlite:PATH`, `postgres://user:pass@host/db[?schema=NAME]`, or, when
 * it is not given, SQLite at DATA/khabar.db. PostgreSQL is loaded only when asked for.
 */
export async function openRepository(opts: { database?: string | undefined; dataDir: string }): Promise<Repository> {
  const db = opts.database?.trim();
  if (!db) return repositoryOf(openStore(opts.dataDir));
  if (db.startsWith('sqlite:')) {
    const path = db.slice('sqlite:'.length);
    if (!path) throw new Error(`--database ${db}: name the file, e.g. sqlite:./data/khabar.db`);
    return repositoryOf(new SqliteStore(path));
  }
  if (/^postgres(ql)?:\/\//.test(db)) return (await import('./postgres/pg-store.ts')).PgStore.open(db);
  throw new Error(`--database ${db}: use sqlite:PATH or postgres://user:password@host:5432/database`);
}
