import type { Command } from 'commander';
import { startOfflineDemo } from '../../crawl/offline-demo.ts';
import type { Repository } from '../../store/index.ts';
import { createApp } from '../../web/app.ts';
import { CrawlThread } from '../crawl-thread.ts';
import { createLogger } from '../log.ts';
import { DATABASE_OPTION, configFrom, openSeededRepository } from '../runtime.ts';
import { ensurePortFree, listen } from '../serve-http.ts';

interface StartFlags {
  port?: string;
  host?: string;
  data?: string;
  config?: string;
  database?: string;
  offline?: boolean;
}

async function start(flags: StartFlags): Promise<void> {
  const config = configFrom(flags);
  if (flags.offline) config.offline = 'always';
  await ensurePortFree(config.port, config.host);
  const log = createLogger(config.logLevel);
  const realStore = await openSeededRepository(config);
  let store: Repository = realStore;
  let offlineDemo = false;
  const app = createApp({ store: () => store, offlineDemo: () => offlineDemo, rateLimit: config.rateLimit });
  const server = await listen(app, config.port, config.host);
  log.info(`Khabar is serving http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${server.port}`);

  const crawlFailed = (message: string) => log.error(message);
  let goOffline = config.offline === 'always';
  let crawler: CrawlThread | null = null;
  if (!goOffline) {
    log.info(`checking ${(await realStore.listSources()).length} sources…`);
    crawler = new CrawlThread({ config, firstPass: true }, crawlFailed);
    const results = await crawler.firstPass();
    goOffline = config.offline === 'auto' && results.length > 0 && results.every((r) => r.error);
  }
  let demo: Awaited<ReturnType<typeof startOfflineDemo>> | null = null;
  if (goOffline) {
    await crawler?.stop();
    demo = await startOfflineDemo(config);
    log.warn(`no configured source could be reached; showing the offline demo from the bundled replay corpus (${demo.replayUrl})`);
    store = demo.store;
    offlineDemo = true;
    crawler = new CrawlThread({ config, sqlitePath: demo.path, httpOverrides: { perHostSpacingMs: 0 }, firstPass: false }, crawlFailed);
  }
  crawler!.go();

  const shutdown = async () => {
    log.info('stopping…');
    await crawler?.stop();
    await server.close();
    await demo?.close();
    await realStore.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

export function registerStart(program: Command): void {
  program
    .command('start')
    .description('crawl the configured sources and serve the site (falls back to the offline demo without internet)')
    .option('--port <n>', 'port of the website (default 3000)')
    .option('--host <addr>', 'address to listen on (default 127.0.0.1)')
    .option('--data <dir>', 'folder for everything Khabar writes (default ./data)')
    .option(...DATABASE_OPTION)
    .option('--config <file>', 'JSON configuration file')
    .option('--offline', 'serve the offline demo from the bundled replay corpus without trying the network')
    .action(start);
}
