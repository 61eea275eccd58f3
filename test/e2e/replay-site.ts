import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { listen } from '../../src/cli/serve-http.ts';
import { loadConfig } from '../../src/config/index.ts';
import { Crawler } from '../../src/crawl/index.ts';
import { startOfflineDemo } from '../../src/crawl/offline-demo.ts';
import { HttpClient } from '../../src/fetch/index.ts';
import type { Repository } from '../../src/store/index.ts';
import { createApp } from '../../src/web/app.ts';

export const REPLAY_DIR = new URL('../../fixtures/replay/', import.meta.url).pathname;

export interface ReplaySite {
  /** The site's address on loopback, without a trailing slash. */
  base: string;
  store: Repository;
  close(): Promise<void>;
}

/**
 * The website over a store filled by crawling the replay corpus through the real pipeline, served on loopback the
 * way `khabar start --offline` serves it.
 */
export async function startReplaySite(): Promise<ReplaySite> {
  const dataDir = mkdtempSync(join(tmpdir(), 'khabar-e2e-'));
  const config = loadConfig({ dataDir, replayDir: REPLAY_DIR, logLevel: 'silent' });
  const demo = await startOfflineDemo(config);
  const http = new HttpClient({ ...config.http, perHostSpacingMs: 0 });
  const crawler = new Crawler({ http, store: demo.store, config, log: pino({ level: 'silent' }) });
  // The flaky outlet refuses some pages in one pass; the next pass takes them, as the scheduler would.
  const expected = (JSON.parse(readFileSync(`${REPLAY_DIR}manifest.json`, 'utf8')) as { articles: unknown[] }).articles.length;
  let before = -1;
  for (let pass = 0; pass < 4; pass++) {
    const now = await demo.store.countArticles();
    if (now >= expected || now === before) break;
    before = now;
    await crawler.runOnce({ all: true });
  }
  await http.close();
  const app = createApp({ store: demo.store, offlineDemo: () => true });
  const server = await listen(app, 0, '127.0.0.1');
  return {
    base: `http://127.0.0.1:${server.port}`,
    store: demo.store,
    close: async () => {
      await server.close();
      await demo.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
