import type { Command } from 'commander';
import { Crawler } from '../../crawl/index.ts';
import { createLogger } from '../log.ts';
import { DATABASE_OPTION, type StoreFlags, configFrom, httpClientFor, openSeededRepository } from '../runtime.ts';

async function crawl(flags: StoreFlags & { once?: boolean; all?: boolean }): Promise<void> {
  const config = configFrom(flags);
  const log = createLogger(config.logLevel);
  const store = await openSeededRepository(config);
  const http = httpClientFor(config);
  const crawler = new Crawler({ http, store, config, log });
  if (!flags.once) {
    crawler.start();
    const stop = async () => {
      await crawler.stop();
      await store.close();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return;
  }
  const results = await crawler.runOnce({ all: flags.all ?? true });
  for (const r of results) {
    process.stdout.write(
      r.error ? `${r.slug}: failed: ${r.error}\n` : `${r.slug}: ${r.items} items, ${r.stored} new articles${r.failedPages ? `, ${r.failedPages} pages failed` : ''}\n`,
    );
  }
  await http.close();
  await store.close();
  if (results.length && results.every((r) => r.error)) throw new Error('no source could be reached');
}

export function registerCrawl(program: Command): void {
  program
    .command('crawl')
    .description('crawl the configured sources (keeps polling, or once with --once)')
    .option('--once', 'crawl every source once and exit')
    .option('--data <dir>', 'data folder (default ./data)')
    .option(...DATABASE_OPTION)
    .option('--config <file>', 'JSON configuration file')
    .action(crawl);
}
