import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { articleKeys } from '../../crawl/article-keys.ts';
import { DATABASE_OPTION, type StoreFlags, configFrom, openSeededRepository } from '../runtime.ts';

const BATCH = 500;

/**
 * Keys every stored article again with this version's normalization: after a change to the search key, articles
 * stored before it are found as new ones are (a page fetched again is keyed again anyway; one that left its feed
 * is not). Only articles whose key or content hash differ are written.
 */
async function reindex(flags: StoreFlags): Promise<void> {
  const store = await openSeededRepository(configFrom(flags));
  try {
    const total = await store.countArticles();
    const bar = process.stderr.isTTY ? new SingleBar({ format: 'reindexing {bar} {value}/{total} articles | {changed} keyed again', stream: process.stderr }) : null;
    bar?.start(total, 0, { changed: 0 });
    let after = 0;
    let seen = 0;
    let changed = 0;
    for (;;) {
      const r = await store.rekeyArticles(after, BATCH, articleKeys);
      if (r.lastId === null) break;
      after = r.lastId;
      seen = Math.min(total, seen + BATCH);
      changed += r.changed;
      bar?.update(seen, { changed });
    }
    bar?.stop();
    if (changed) await store.refreshStatistics();
    process.stdout.write(`${total} ${total === 1 ? 'article' : 'articles'} read, ${changed} keyed again\n`);
  } finally {
    await store.close();
  }
}

export function registerReindex(program: Command): void {
  program
    .command('reindex')
    .description("key every stored article again with this version's normalization (after an upgrade that changed the search key)")
    .option('--data <dir>', 'data folder (default ./data)')
    .option(...DATABASE_OPTION)
    .option('--config <file>', 'JSON configuration file')
    .action(reindex);
}
