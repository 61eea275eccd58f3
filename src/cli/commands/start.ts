import type { Command } from 'commander';
import { Crawler } from '../../crawl/index.ts';
import { startOfflineDemo } from '../../crawl/offline-demo.ts';
import type { Repository } from '../../store/index.ts';
import { createApp } from '../../web/app.ts';
import { createLogger } from '../log.ts';
import { DATABASE_OPTION, configFrom, httpClientFor, openSeededRepository } from '../runtime.ts';
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

  const http = httpClientFor(config);
  let crawler = new Crawler({ http, store, config, log });
  let goOffline = config.offline === 'always';
  if (!goOffline) {
    log.info(`checking ${(await realStore.listSources()).length} sources…`);
    const results = await crawler.runOnce({ all: true });
    goOffline = config.offline === 'auto' && results.length > 0 && results.every((r) => r.error);
  }
  let demo: Awaited<ReturnType<typeof startOfflineDemo>> | null = null;
  if (goOffline) {
    demo = await startOfflineDemo(config);
    log.warn(`no configured source could be reached; showing the offline demo from the bundled replay corpus (${demo.replayUrl})`);
    store = demo.store;
    offlineDemo = true;
    crawler = new Crawler({ http: httpClientFor(config, { perHostSpacingMs: 0 }), store, config, log });
  }
  crawler.start();

  const shutdown = async () => {
    log.info('stopping…');
    await crawler.stop();
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
