import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { type Config, readSourcesFile } from '../config/index.ts';
import type { Affiliation } from '../model/types.ts';
import { startReplayServer } from '../replay/server.ts';
import { type Repository, SqliteStore, repositoryOf } from '../store/index.ts';

interface ReplayOutlet {
  slug: string;
  nameFa: string;
  nameEn: string;
  aliases: string[];
  family: string;
  affiliation: Affiliation;
  feed: { path: string };
  homepage: string;
}

export interface OfflineDemo {
  store: Repository;
  /** The demo's SQLite file, for a crawler that opens its own connection. */
  path: string;
  replayUrl: string;
  close(): Promise<void>;
}

/**
 * The offline demo: the bundled replay corpus served on loopback and crawled into its own database
 * (DIR/demo/khabar.db, rebuilt at each start), so the user's real store is never touched by demo data.
 */
export async function startOfflineDemo(config: Config): Promise<OfflineDemo> {
  const replay = await startReplayServer({ dir: config.replayDir, port: 0, host: '127.0.0.1' });
  const dir = join(config.dataDir, 'demo');
  rmSync(dir, { recursive: true, force: true });
  const path = join(dir, 'khabar.db');
  const store = repositoryOf(new SqliteStore(path));
  const { outlets } = JSON.parse(readFileSync(join(config.replayDir, 'outlets.json'), 'utf8')) as { outlets: ReplayOutlet[] };
  // The real outlets' affiliation labels and their citations come from the default sources file.
  const real = new Map(readSourcesFile(config.sourcesFile).map((s) => [s.slug, s]));
  for (const o of outlets) {
    const known = real.get(o.slug);
    await store.upsertSource({
      slug: o.slug,
      nameFa: o.nameFa,
      nameEn: o.nameEn,
      homepage: `${replay.url}${o.homepage}`,
      feeds: [`${replay.url}${o.feed.path}`],
      aliases: o.aliases,
      cms: o.family,
      affiliation: known?.affiliation ?? o.affiliation,
      ...(known?.affiliationCitation ? { affiliationCitation: known.affiliationCitation } : {}),
      ...(known?.licence ? { licence: known.licence } : {}),
      allowPrivate: true,
    });
  }
  return {
    store,
    path,
    replayUrl: replay.url,
    close: async () => {
      await store.close();
      await replay.close();
    },
  };
}
