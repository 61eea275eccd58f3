import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.ts';
import { Crawler } from '../../src/crawl/index.ts';
import { type OfflineDemo, startOfflineDemo } from '../../src/crawl/offline-demo.ts';
import { HttpClient } from '../../src/fetch/index.ts';
import { searchKey } from '../../src/persian/index.ts';
import type { Article } from '../../src/model/types.ts';
import { createApp } from '../../src/web/app.ts';
import { REPLAY_DIR, readManifest, wordF1 } from './manifest.ts';

const manifest = readManifest();
const config = loadConfig({ dataDir: mkdtempSync(join(tmpdir(), 'khabar-it-')), replayDir: REPLAY_DIR });
let demo: OfflineDemo;
let http: HttpClient;
const byPath = new Map<string, Article>();
let firstPassStored = 0;
let secondPassStored = 0;

beforeAll(async () => {
  demo = await startOfflineDemo(config);
  http = new HttpClient({ ...config.http, perHostSpacingMs: 0 });
  const crawler = new Crawler({ http, store: demo.store, config, log: pino({ level: 'silent' }) });
  // The flaky outlet may refuse some pages in one pass; the next pass picks them up, as the scheduler would.
  for (let pass = 0; pass < 4 && (await demo.store.countArticles()) < manifest.articles.length; pass++) {
    const results = await crawler.runOnce({ all: true });
    firstPassStored += results.reduce((n, r) => n + r.stored, 0);
  }
  secondPassStored = (await crawler.runOnce({ all: true })).reduce((n, r) => n + r.stored, 0);
  for await (const a of demo.store.allArticles()) byPath.set(decodeURI(new URL(a.url).pathname), a);
}, 240_000);

afterAll(async () => {
  await http.close();
  await demo.close();
});

describe('crawling the replay corpus end to end', () => {
  it('stores every article of the manifest exactly once', async () => {
    expect(firstPassStored).toBe(manifest.articles.length);
    expect(await demo.store.countArticles()).toBe(manifest.articles.length);
    const missing = manifest.articles.filter((m) => !byPath.has(m.url)).map((m) => m.url);
    expect(missing).toEqual([]);
  });

  it('changes nothing when the same feeds are crawled again', () => {
    expect(secondPassStored).toBe(0);
  });

  it('extracts the fields the manifest expects', () => {
    const rate = (pick: (a: Article, m: (typeof manifest.articles)[number]) => boolean) =>
      manifest.articles.filter((m) => byPath.has(m.url) && pick(byPath.get(m.url)!, m)).length / manifest.articles.length;
    const key = (s: string) => searchKey(s);
    const titles = rate((a, m) => key(a.title) === key(m.expected.title));
    const published = rate((a, m) => a.published === new Date(m.expected.published).toISOString());
    const textF1 =
      manifest.articles.reduce((sum, m) => sum + wordF1(byPath.get(m.url)?.text ?? '', m.expected.text, key), 0) / manifest.articles.length;
    console.info(`replay gold: titles ${(titles * 100).toFixed(1)}%, published ${(published * 100).toFixed(1)}%, text F1 ${textF1.toFixed(3)}`);
    expect(titles).toBeGreaterThanOrEqual(0.95);
    expect(published).toBeGreaterThanOrEqual(0.95);
    expect(textF1).toBeGreaterThanOrEqual(0.9);
  });

  it('records every replay source as healthy', async () => {
    const sources = await demo.store.listSources();
    expect(sources.length).toBe(manifest.outlets.length);
    for (const s of sources) expect(s.health.lastSuccess, s.slug).not.toBeNull();
  });

  it('renders the stored articles in memory: home, article with its credit, outlet page', async () => {
    const app = createApp({ store: demo.store, offlineDemo: () => true });
    const home = await (await app.request('/')).text();
    const newest = [...byPath.values()].sort((a, b) => (b.published ?? '').localeCompare(a.published ?? ''))[0]!;
    expect(home).toContain(newest.title);
    const page = await app.request(`/article/${newest.id}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    const source = (await demo.store.getSource(newest.source))!;
    expect(html).toContain(`منبع: <a href="${newest.url}"`);
    expect(html).toContain(source.nameFa);
    expect((await app.request(`/source/${newest.source}`)).status).toBe(200);
  });
});
