import { type Config, loadConfig, readSourcesFile } from '../config/index.ts';
import { HttpClient } from '../fetch/index.ts';
import { type Store, openStore } from '../store/index.ts';

/** Options every command that reads or writes the store accepts. */
export interface StoreFlags {
  data?: string;
  config?: string;
}

export function configFrom(flags: StoreFlags & { port?: string; host?: string }): Config {
  const port = flags.port === undefined ? undefined : Number(flags.port);
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) {
    throw new Error(`--port ${flags.port}: not a port number (0–65535)`);
  }
  return loadConfig({ ...(port !== undefined ? { port } : {}), dataDir: flags.data, host: flags.host }, flags.config);
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
