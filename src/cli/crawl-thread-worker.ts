import { parentPort, workerData } from 'node:worker_threads';
import { Crawler } from '../crawl/index.ts';
import { type Repository, SqliteStore, openRepository, repositoryOf } from '../store/index.ts';
import type { CrawlThreadOptions } from './crawl-thread.ts';
import { createLogger } from './log.ts';
import { httpClientFor } from './runtime.ts';

const opts = workerData as CrawlThreadOptions;
const port = parentPort!;
const log = createLogger(opts.config.logLevel);

let store: Repository;
try {
  store = opts.sqlitePath ? repositoryOf(new SqliteStore(opts.sqlitePath)) : await openRepository({ database: opts.config.database, dataDir: opts.config.dataDir });
} catch (err) {
  port.postMessage({ type: 'failed', message: (err as Error).message });
  process.exit(1);
}
const crawler = new Crawler({ http: httpClientFor(opts.config, opts.httpOverrides), store, config: opts.config, log });

port.on('message', (m: { type: 'go' | 'stop' }) => {
  if (m.type === 'go') crawler.start();
  if (m.type === 'stop') {
    void (async () => {
      await crawler.stop();
      await store.close();
      // Keep-alive sockets of the HTTP client would hold the thread open: it has nothing left to do.
      process.exit(0);
    })();
  }
});

if (opts.firstPass) {
  const results = await crawler.runOnce({ all: true });
  port.postMessage({ type: 'first-pass', results: results.map((r) => ({ slug: r.slug, error: r.error })) });
} else {
  port.postMessage({ type: 'first-pass', results: [] });
}
