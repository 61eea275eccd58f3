import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/config.ts';
import { SourceAliases } from '../extract/index.ts';
import { HttpClient } from '../fetch/index.ts';
import { repositoryOf } from '../store/repository.ts';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import { crawlSource } from './pipeline.ts';

const page = (title: string, text: string) =>
  `<!doctype html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1><p>${text}</p></article></body></html>`;

const PAGES: Record<string, string> = {
  '/small': page('بارش برف در گردنه‌های البرز', 'راهداری استان تهران از بارش برف در گردنه‌های البرز و لزوم همراه داشتن زنجیر چرخ خبر داد.'),
  // Past the 4 KiB cap set below: a page this long is not read, let alone extracted.
  '/large': page('گزارش بلند', 'متنی بسیار بلند '.repeat(600)),
};

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/feed.xml') {
      const items = Object.keys(PAGES)
        .map((path, i) => `<item><title>خبر ${i + 1}</title><link>${base}${path}</link><pubDate>Mon, 30 Nov 2026 0${i}:00:00 GMT</pubDate></item>`)
        .join('');
      return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<?xml version="1.0"?><rss version="2.0"><channel><title>آزمون</title>${items}</channel></rss>`);
    }
    const html = PAGES[req.url ?? ''];
    if (html) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.close();
});

describe('crawling one source', () => {
  it('leaves out a page over crawl.maxPageBytes with a line naming it, and stores the others', async () => {
    const defaults = loadConfig({ logLevel: 'silent' });
    const config = { ...defaults, crawl: { ...defaults.crawl, maxPageBytes: 4096 } };
    const store = repositoryOf(new SqliteStore(':memory:'));
    await store.upsertSource({ slug: 'test', nameFa: 'آزمون', nameEn: 'Test', homepage: base, feeds: [`${base}/feed.xml`], affiliation: 'independent', allowPrivate: true });
    const source = await store.getSource('test');
    const lines: string[] = [];
    const log = pino({ level: 'warn' }, { write: (line: string) => void lines.push(line) });
    const http = new HttpClient({ ...config.http, perHostSpacingMs: 0 });
    try {
      const r = await crawlSource(source!, { http, store, config, log, aliases: new SourceAliases([]) });
      expect(r).toMatchObject({ items: 2, stored: 1, failedPages: 1, error: null });
      expect(lines.join('')).toContain(`${base}/large: the response body is larger than 4096 bytes`);
      expect(await store.hasArticle(`${base}/small`)).toBe(true);
      expect(await store.hasArticle(`${base}/large`)).toBe(false);
    } finally {
      await http.close();
    }
  });
});
