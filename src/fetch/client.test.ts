import { createServer, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_HTTP_OPTIONS, HttpClient } from './client.ts';

let server: Server;
let base: string;
let hits503 = 0;
const client = new HttpClient({ ...DEFAULT_HTTP_OPTIONS, perHostSpacingMs: 0, maxRetryWaitMs: 2000, maxBodyBytes: 1024 * 1024 });

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/robots.txt') return void res.end('User-agent: *\nDisallow: /private\n');
    if (path === '/page') {
      if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304).end();
      return void res.writeHead(200, { etag: '"v1"', 'content-type': 'text/html; charset=utf-8' }).end('<p>سلام</p>');
    }
    if (path === '/gzip') return void res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync('خبر'));
    if (path === '/bomb') return void res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(8 * 1024 * 1024)));
    if (path === '/big') return void res.end('خ'.repeat(2048));
    if (path === '/loop') return void res.writeHead(302, { location: '/loop' }).end();
    if (path === '/hop') return void res.writeHead(301, { location: '/page' }).end();
    if (path === '/throttled') return void res.writeHead(429, { 'retry-after': '3600' }).end();
    if (path === '/busy') {
      hits503++;
      if (hits503 < 2) return void res.writeHead(503, { 'retry-after': '0' }).end();
      return void res.end('ok');
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await client.close();
  server.close();
});

describe('HttpClient', () => {
  it('takes a lower cap on one body, never a higher one', async () => {
    expect((await client.get(`${base}/big`, { allowPrivate: true })).text()).toHaveLength(2048);
    await expect(client.get(`${base}/big`, { allowPrivate: true, maxBodyBytes: 1024 })).rejects.toThrow(/\/big: the response body is larger than 1024 bytes/);
    await expect(client.get(`${base}/bomb`, { allowPrivate: true, maxBodyBytes: 64 * 1024 * 1024 })).rejects.toThrow(/larger than 1048576 bytes/);
  });

  it('refuses loopback unless private networks are allowed', async () => {
    await expect(client.get(`${base}/page`)).rejects.toThrow(/private or loopback/);
    const r = await client.get(`${base}/page`, { allowPrivate: true });
    expect(r.text()).toBe('<p>سلام</p>');
  });
  it('makes conditional requests', async () => {
    const r = await client.get(`${base}/page`, { allowPrivate: true, etag: '"v1"' });
    expect(r.notModified).toBe(true);
  });
  it('decompresses gzip and caps decompressed size', async () => {
    expect((await client.get(`${base}/gzip`, { allowPrivate: true })).text()).toBe('خبر');
    await expect(client.get(`${base}/bomb`, { allowPrivate: true })).rejects.toThrow(/decompressed body is larger/);
  });
  it('follows redirects but not loops', async () => {
    expect((await client.get(`${base}/hop`, { allowPrivate: true })).text()).toContain('سلام');
    await expect(client.get(`${base}/loop`, { allowPrivate: true })).rejects.toThrow(/more than 5 redirects/);
  });
  it('retries a 503 that names a short Retry-After', async () => {
    expect((await client.get(`${base}/busy`, { allowPrivate: true })).text()).toBe('ok');
  });
  it('hands a long Retry-After to the scheduler instead of waiting for it', async () => {
    const err = await client.get(`${base}/throttled`, { allowPrivate: true }).catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 429, retryAfter: 3600, kind: 'status', message: expect.stringMatching(/answered 429$/) });
  });
  it('honours robots.txt and reports 404 plainly', async () => {
    await expect(client.get(`${base}/private/x`, { allowPrivate: true })).rejects.toThrow(/robots\.txt disallows/);
    await expect(client.get(`${base}/missing`, { allowPrivate: true })).rejects.toThrow(/answered 404/);
  });
  it('refuses other schemes and malformed URLs', async () => {
    await expect(client.get('file:///etc/passwd')).rejects.toThrow(/scheme file: is not fetched/);
    await expect(client.get('not a url')).rejects.toThrow(/not a valid URL/);
  });
});
