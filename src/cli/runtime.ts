import { type Config, loadConfig, readSourcesFile } from '../config/index.ts';
import { HttpClient } from '../fetch/index.ts';
import { type Repository, type Store, openRepository, openStore } from '../store/index.ts';

/** Options every command that reads or writes the store accepts. */
export interface StoreFlags {
  data?: string;
  config?: string;
  /** sqlite:PATH or postgres://…; wins over the config file's `database`. */
  database?: string;
}

/** The option every command that reads or writes the store takes, next to --data. */
export const DATABASE_OPTION = ['--database <url>', 'the store: sqlite:PATH or postgres://user:password@host:5432/db (default: SQLite in --data)'] as const;

export function configFrom(flags: StoreFlags & { port?: string; host?: string }): Config {
  const port = flags.port === undefined ? undefined : Number(flags.port);
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) {
    throw new Error(`--port ${flags.port}: not a port number (0–65535)`);
  }
  return loadConfig({ ...(port !== undefined ? { port } : {}), dataDir: flags.data, host: flags.host, database: flags.database }, flags.config);
}

/** Opens the store and, the first time, fills it with the default sources. */
export function openSeededStore(config: Config): Store {
  const store = openStore(config.dataDir);
  if (store.listSources().length === 0) {
    for (const source of readSourcesFile(config.sourcesFile)) store.upsertSource(source);
  }
  return store;
}

export function httpClientFor(config: Config, overrides: Partial<Config['http']> = {}): HttpClient {
  return new HttpClient({ ...config.http, ...overrides });
}

/** Opens the configured repository (SQLite or PostgreSQL) and, the first time, fills it with the default sources. */
export async function openSeededRepository(config: Config): Promise<Repository> {
  const store = await openRepository({ database: config.database, dataDir: config.dataDir });
  if ((await store.listSources()).length === 0) {
    for (const source of readSourcesFile(config.sourcesFile)) await store.upsertSource(source);
  }
  return store;
}
