// The replay server against a corpus built by the generator from its small test fixture.
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, type BuiltFixture } from '../../scripts/replay/test-fixture.ts';
import { failsAt } from './flaky.ts';
import { startReplayServer, type ReplayServer } from './server.ts';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A raw GET (fetch would add Accept-Encoding and decompress behind our back). */
function get(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

let fx: BuiltFixture;
let server: ReplayServer;
const urlOf = (id: string) => fx.manifest.articles.find((a) => a.id === id)?.url as string;
/** Requests carry paths percent-encoded, as any client sends them. */
const at = (path: string) => server.url + encodeURI(path);

beforeAll(async () => {
  fx = await buildFixture();
  server = await startReplayServer({ dir: fx.dir });
});
afterAll(async () => {
  await server?.close();
  await fx?.remove();
});

describe('replay server', () => {
  it('serves pages by percent-encoded Persian path with its own origin in place of the placeholder', async () => {
    const r = await get(at(urlOf('test-bridge-opening:mehr')));
    expect(r.status).toBe(200);
    const html = r.body.toString('utf8');
    expect(html).toContain('<h1 class="title" itemprop="headline">');
    expect(html).not.toContain('replay.khabar.test');
    expect(html).not.toContain(encodeURIComponent('http://replay.khabar.test'));
    expect(html).toContain(`<link rel="canonical" href="${server.url}/mehr/news/`);
  });

  it('names the charset in Content-Type only for outlets that do so', async () => {
    expect((await get(at(urlOf('test-bridge-opening:mehr')))).headers['content-type']).toBe('text/html; charset=utf-8');
    expect((await get(at('/mehr/rss'))).headers['content-type']).toBe('application/rss+xml; charset=utf-8');
    const legacy = await get(at(urlOf('test-bridge-opening:sepehr')));
    expect(legacy.headers['content-type']).toBe('text/html');
    expect(new TextDecoder('windows-1256').decode(legacy.body)).toContain(`${server.url}/sepehr/`);
    expect((await get(at('/sepehr/rss.xml'))).headers['content-type']).toBe('text/xml');
    expect((await get(at('/independent/feed.json'))).headers['content-type']).toBe('application/feed+json');
  });

  it('answers conditional requests with 304', async () => {
    const path = at(urlOf('test-rain-warning:mehr'));
    const first = await get(path);
    const etag = first.headers.etag as string;
    const lastModified = first.headers['last-modified'] as string;
    expect(etag).toMatch(/^"[0-9a-f]{20}"$/);
    expect(lastModified).toBe('Wed, 25 Nov 2026 05:00:00 GMT');
    const byEtag = await get(path, { 'If-None-Match': etag });
    expect(byEtag.status).toBe(304);
    expect(byEtag.body.length).toBe(0);
    expect((await get(path, { 'If-None-Match': `W/${etag}` })).status).toBe(304);
    expect((await get(path, { 'If-Modified-Since': lastModified })).status).toBe(304);
    expect((await get(path, { 'If-Modified-Since': 'Tue, 24 Nov 2026 05:00:00 GMT' })).status).toBe(200);
    // If-None-Match wins over If-Modified-Since.
    expect((await get(path, { 'If-None-Match': '"other"', 'If-Modified-Since': lastModified })).status).toBe(200);
  });

  it('gzips when Accept-Encoding allows it', async () => {
    const path = at('/mehr/rss');
    const plain = await get(path);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const zipped = await get(path, { 'Accept-Encoding': 'br, gzip;q=0.8' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('Accept-Encoding');
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
    expect((await get(path, { 'Accept-Encoding': 'gzip;q=0' })).headers['content-encoding']).toBeUndefined();
  });

  it('redirects short links and bare outlet paths with 301, and answers 404 for anything else', async () => {
    const page = await get(at(urlOf('test-bridge-opening:mehr')));
    const short = /id="short-url" value="([^"]+)"/.exec(page.body.toString('utf8'))?.[1] as string;
    const r = await get(short);
    expect(r.status).toBe(301);
    expect(r.headers.location).toBe(at(urlOf('test-bridge-opening:mehr')));
    expect((await get(at('/mehr'))).headers.location).toBe(`${server.url}/mehr/`);
    for (const p of [
      '/nowhere',
      '/constructor',
      '/mehr/news/1/x',
      '/mehr/search?tag=پل',
      '/sites/mehr/index.html',
      '/../serve.json',
    ]) {
      expect((await get(at(p))).status, p).toBe(404);
    }
    expect((await get(at('/mehr/'), {}, 'POST')).status).toBe(405);
    const head = await get(at('/mehr/'), {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  });

  it('serves robots.txt that keeps crawlers out of search', async () => {
    const r = await get(at('/robots.txt'));
    expect(r.status).toBe(200);
    expect(r.body.toString()).toContain('Disallow: /*/search');
  });

  it('delays every response of the slow outlet', async () => {
    const started = Date.now();
    const r = await get(at('/tabnak/'));
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/html');
    expect(Date.now() - started).toBeGreaterThanOrEqual(1400);
  });
});

describe('the flaky outlet', () => {
  const paths = ['/fars/', '/fars/rss', '/fars/politics', '/fars/society', '/fars/sport'];

  async function statuses(seed: number): Promise<number[]> {
    const s = await startReplayServer({ dir: fx.dir, seed });
    try {
      const out: number[] = [];
      for (let round = 0; round < 8; round++) {
        for (const p of paths) {
          const r = await get(s.url + p);
          if (r.status === 503) expect(r.headers['retry-after']).toBe('1');
          out.push(r.status);
        }
      }
      return out;
    } finally {
      await s.close();
    }
  }

  it('fails about one request in four, the same ones for the same seed', async () => {
    const a = await statuses(7);
    expect(await statuses(7)).toEqual(a);
    expect(await statuses(8)).not.toEqual(a);
    const failures = a.filter((s) => s === 503).length;
    expect(failures).toBeGreaterThan(a.length * 0.1);
    expect(failures).toBeLessThan(a.length * 0.45);
    expect(a.every((s) => s === 200 || s === 503)).toBe(true);
  });

  it('never fails the same path three times in a row', async () => {
    // find a seed and path whose first three attempts would all fail by the hash alone
    let seed = 0;
    while (!(failsAt(seed, '/fars/rss', 0) && failsAt(seed, '/fars/rss', 1) && failsAt(seed, '/fars/rss', 2))) seed++;
    const s = await startReplayServer({ dir: fx.dir, seed });
    try {
      const got = [];
      for (let i = 0; i < 3; i++) got.push((await get(`${s.url}/fars/rss`)).status);
      expect(got).toEqual([503, 503, 200]);
    } finally {
      await s.close();
    }
  });

  it('leaves other outlets alone', async () => {
    for (let i = 0; i < 20; i++) expect((await get(at('/mehr/rss'))).status).toBe(200);
  });
});
