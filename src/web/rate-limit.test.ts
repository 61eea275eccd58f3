import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { type RateLimitConfig, clientKey, rateLimit } from './rate-limit.ts';
import { NOW, seededStore } from './test-store.ts';

const LIMIT: RateLimitConfig = { enabled: true, perMinute: 60, burst: 5, proxyHops: 0, maxClients: 1000 };

/** What @hono/node-server hands the app for a connection from `address`. */
const from = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });

function limitedApp(config: RateLimitConfig = LIMIT) {
  const clock = { ms: NOW.getTime() };
  const { store, ids } = seededStore();
  const app = createApp({ store, now: () => new Date(clock.ms), rateLimit: config });
  const get = (path: string, address = '203.0.113.7', headers: Record<string, string> = {}) => app.request(path, { headers }, from(address));
  return { app, get, clock, ids };
}

describe('the rate limit', () => {
  it('lets a burst through, then answers 429 with Retry-After and a clear sentence, until the bucket refills', async () => {
    const { get, clock } = limitedApp();
    for (let i = 0; i < 5; i++) expect((await get('/')).status).toBe(200);
    const page = await get('/about');
    expect(page.status).toBe(429);
    expect(page.headers.get('retry-after')).toBe('1');
    expect(page.headers.get('cache-control')).toBe('no-store');
    const text = await page.text();
    expect(text).toContain('۶۰ درخواست در دقیقه');
    expect(text).toContain('too many requests from 203.0.113.7: the limit is 60 a minute (bursts of 5); retry after 1 s');

    const api = await get('/api/v1/articles');
    expect(api.status).toBe(429);
    expect(await api.json()).toEqual({ error: 'too many requests from 203.0.113.7: the limit is 60 a minute (bursts of 5); retry after 1 s' });

    // One token a second: after a second one more request passes, and after five seconds a burst of five.
    clock.ms += 1000;
    expect((await get('/')).status).toBe(200);
    expect((await get('/')).status).toBe(429);
    clock.ms += 5000;
    for (let i = 0; i < 5; i++) expect((await get('/sources')).status).toBe(200);
    expect((await get('/sources')).status).toBe(429);
  });

  it('says how long to wait when the client is far over the limit', async () => {
    const { get } = limitedApp({ ...LIMIT, perMinute: 6, burst: 1 });
    expect((await get('/')).status).toBe(200);
    expect((await get('/')).headers.get('retry-after')).toBe('10');
  });

  it('counts each client address on its own', async () => {
    const { get } = limitedApp();
    for (let i = 0; i < 6; i++) await get('/', '198.51.100.1');
    expect((await get('/', '198.51.100.1')).status).toBe(429);
    expect((await get('/', '198.51.100.2')).status).toBe(200);
    // The same client over IPv4 and IPv4-mapped IPv6 is one client.
    expect((await get('/', '::ffff:198.51.100.1')).status).toBe(429);
  });

  it('never limits /healthz, static files or the favicon', async () => {
    const { get } = limitedApp({ ...LIMIT, burst: 1 });
    expect((await get('/')).status).toBe(200);
    expect((await get('/')).status).toBe(429);
    for (let i = 0; i < 20; i++) {
      expect((await get('/healthz')).status).toBe(200);
      expect((await get('/static/style.css')).status).toBe(200);
      expect((await get('/favicon.ico')).status).toBe(301);
    }
  });

  it('ignores X-Forwarded-For unless told how many proxies to trust, and then reads only what they wrote', async () => {
    const direct = limitedApp({ ...LIMIT, burst: 1 });
    expect((await direct.get('/', '127.0.0.1', { 'x-forwarded-for': '192.0.2.1' })).status).toBe(200);
    expect((await direct.get('/', '127.0.0.1', { 'x-forwarded-for': '192.0.2.2' })).status).toBe(429);

    const proxied = limitedApp({ ...LIMIT, burst: 1, proxyHops: 1 });
    expect((await proxied.get('/', '127.0.0.1', { 'x-forwarded-for': '192.0.2.1' })).status).toBe(200);
    expect((await proxied.get('/', '127.0.0.1', { 'x-forwarded-for': '192.0.2.2' })).status).toBe(200);
    // A client that writes its own X-Forwarded-For cannot pose as someone else: the proxy's entry is the last one.
    expect((await proxied.get('/', '127.0.0.1', { 'x-forwarded-for': '10.9.9.9, 192.0.2.1' })).status).toBe(429);
  });

  it('is off when disabled or absent, and for in-process requests with no client address', async () => {
    const off = limitedApp({ ...LIMIT, enabled: false, burst: 1 });
    for (let i = 0; i < 5; i++) expect((await off.get('/')).status).toBe(200);
    const { app } = limitedApp({ ...LIMIT, burst: 1 });
    for (let i = 0; i < 5; i++) expect((await app.request('/')).status).toBe(200);
    const { store } = seededStore();
    const plain = createApp({ store });
    for (let i = 0; i < 5; i++) expect((await plain.request('/', {}, from('192.0.2.9'))).status).toBe(200);
  });

  it('forgets the longest-idle client when it must remember too many', async () => {
    let t = 0;
    const app = new Hono().use('*', rateLimit({ ...LIMIT, burst: 1, maxClients: 2 }, () => t)).get('/', (c) => c.text('ok'));
    const get = (a: string) => app.request('/', {}, from(a));
    expect((await get('192.0.2.1')).status).toBe(200);
    expect((await get('192.0.2.1')).status).toBe(429);
    t += 10;
    await get('192.0.2.2');
    await get('192.0.2.3'); // three clients: 192.0.2.1, the longest idle, is forgotten
    expect((await get('192.0.2.1')).status).toBe(200);
  });
});

describe('client keys', () => {
  it('are IPv4 addresses as they are, IPv4-mapped IPv6 as IPv4, and other IPv6 by /64', () => {
    expect(clientKey('203.0.113.7')).toBe('203.0.113.7');
    expect(clientKey('::FFFF:203.0.113.7')).toBe('203.0.113.7');
    expect(clientKey('2001:db8:0:12:aaaa::1')).toBe('2001:db8:0:12::/64');
    expect(clientKey('2001:0db8:0000:0012:ffff:1:2:3')).toBe('2001:db8:0:12::/64');
    expect(clientKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientKey('::1')).toBe('0:0:0:0::/64');
    expect(clientKey('[2001:db8::1]')).toBe('2001:db8:0:0::/64');
  });
});
