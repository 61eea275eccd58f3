import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { rekeyAll } from '../../crawl/key-version.ts';
import { DATABASE_OPTION, type StoreFlags, configFrom, openSeededRepository } from '../runtime.ts';

/**
 * Keys every stored article again with this version's normalization: after a change to the search key, articles
 * stored before it are found as new ones are (a page fetched again is keyed again anyway; one that left its feed
 * is not). Only articles whose key or content hash differ are written. A crawl does this by itself when it finds
 * the store keyed by another version (`ensureCurrentKeys`); this command does it now, with a progress bar.
 */
async function reindex(flags: StoreFlags): Promise<void> {
  const store = await openSeededRepository(configFrom(flags));
  try {
    const total = await store.countArticles();
    const bar = process.stderr.isTTY ? new SingleBar({ format: 'reindexing {bar} {value}/{total} articles | {changed} keyed again', stream: process.stderr }) : null;
    bar?.start(total, 0, { changed: 0 });
    const { changed } = await rekeyAll(store, total, (read, changed) => bar?.update(read, { changed }));
    bar?.stop();
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
