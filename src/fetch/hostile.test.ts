import type { LookupAddress } from 'node:dns';
import { type AddressInfo, type Server, type Socket, createServer } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFeed } from '../feeds/index.ts';
import { isPrivateAddress } from './address-policy.ts';
import { DEFAULT_HTTP_OPTIONS, HttpClient } from './client.ts';
import type { AddressGuard } from './guarded-agent.ts';

// Hostile servers, all on loopback. The test server listens on 127.0.0.2, which this test's address policy treats
// as a public address; everything else private stays private. Names resolve through a fixed table, never DNS.
const PUBLIC_IP = '127.0.0.2';
const NAMES: Record<string, string> = { 'feeds.test': PUBLIC_IP, 'intranet.test': '10.0.0.7', 'rebind.test': '127.0.0.1' };
const guard: AddressGuard = {
  resolve: (hostname, callback) => {
    const ip = NAMES[hostname];
    if (!ip) return callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }), []);
    callback(null, [{ address: ip, family: 4 } as LookupAddress]);
  },
  isPrivate: (ip) => ip !== PUBLIC_IP && isPrivateAddress(ip),
};
const LIMITS = { connectTimeoutMs: 1000, headersTimeoutMs: 1000, bodyTimeoutMs: 5000, totalTimeoutMs: 1500, maxBodyBytes: 256 * 1024 };
const client = new HttpClient({ ...DEFAULT_HTTP_OPTIONS, ...LIMITS, maxRetries: 0, perHostSpacingMs: 0, respectRobots: false }, guard);

const LAUGHS = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]><rss><channel><title>&lol9;</title></channel></rss>`;
const BOMB = gzipSync(Buffer.alloc(32 * 1024 * 1024));
let server: Server;
let port = 0;
const sockets = new Set<Socket>();
const timers = new Set<NodeJS.Timeout>();

function head(status: string, headers: Record<string, string | number>): string {
  return `HTTP/1.1 ${status}\r\n${Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n`;
}

function answer(path: string, socket: Socket): void {
  const redirect = (to: string) => void socket.end(head('302 Found', { location: to, 'content-length': 0, connection: 'close' }));
  switch (path) {
    case '/loop':
      return redirect('/loop');
    case '/to-loopback':
      return redirect(`http://127.0.0.1:${port}/feed`);
    case '/to-metadata':
      return redirect('http://169.254.169.254/latest/meta-data/');
    case '/to-intranet':
      return redirect(`http://intranet.test:${port}/feed`);
    case '/bomb':
      socket.write(head('200 OK', { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip', 'content-length': BOMB.length }));
      return void socket.end(BOMB);
    case '/endless': {
      socket.write(head('200 OK', { 'content-type': 'application/rss+xml', 'transfer-encoding': 'chunked' }));
      const chunk = Buffer.from(`10000\r\n${'x'.repeat(0x10000)}\r\n`);
      const pump = () => {
        while (!socket.destroyed && socket.write(chunk));
      };
      socket.on('drain', pump);
      return pump();
    }
    case '/trickle': {
      socket.write(head('200 OK', { 'content-type': 'application/rss+xml', 'content-length': 1000 }));
      const timer = setInterval(() => (socket.destroyed ? clearInterval(timer) : socket.write('<')), 1000);
      timers.add(timer);
      return;
    }
    case '/huge-headers':
      return void socket.end(head('200 OK', { 'x-padding': 'a'.repeat(200 * 1024), 'content-length': 0 }));
    case '/laughs':
      socket.write(head('200 OK', { 'content-type': 'application/rss+xml', 'content-length': Buffer.byteLength(LAUGHS), connection: 'close' }));
      return void socket.end(LAUGHS);
    default: {
      const body = '<rss><channel><title>ok</title></channel></rss>';
      return void socket.end(head('200 OK', { 'content-type': 'application/rss+xml', 'content-length': body.length, connection: 'close' }) + body);
    }
  }
}

beforeAll(async () => {
  server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
    let data = '';
    socket.on('data', (d) => {
      data += d.toString('latin1');
      if (!data.includes('\r\n\r\n')) return;
      const path = /^GET (\S+)/.exec(data)?.[1] ?? '/';
      data = '';
      answer(path, socket);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, PUBLIC_IP, resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  for (const t of timers) clearInterval(t);
  for (const s of sockets) s.destroy();
  await client.close();
  await new Promise((r) => server.close(r));
});

const outcomes: string[] = [];
afterAll(() => console.info(`hostile servers:\n${outcomes.join('\n')}`));

/** Fetches and parses as the crawler does for one feed; returns the error line the source would record. */
async function failureOf(name: string, url: string): Promise<string> {
  const start = performance.now();
  let message = 'no error';
  try {
    const res = await client.get(url);
    try {
      parseFeed(res.text(), res.url);
    } catch (err) {
      throw new Error(`${url}: ${(err as Error).message}`); // as src/crawl/pipeline.ts names a feed it cannot read
    }
  } catch (err) {
    message = (err as Error).message;
  }
  outcomes.push(`${name}: ${message} (${Math.round(performance.now() - start)} ms)`);
  return message;
}

describe('hostile servers end in a clear error', () => {
  const at = (path: string) => `http://feeds.test:${port}${path}`;

  it('reads an ordinary feed from the test server (the control case)', async () => {
    expect(await failureOf('control', at('/feed'))).toBe('no error');
  });
  it('a redirect loop', async () => {
    expect(await failureOf('redirect loop', at('/loop'))).toMatch(/more than 5 redirects$/);
  });
  it('a redirect to 127.0.0.1', async () => {
    expect(await failureOf('redirect to 127.0.0.1', at('/to-loopback'))).toMatch(/127\.0\.0\.1 is a private or loopback address$/);
  });
  it('a redirect to 169.254.169.254', async () => {
    expect(await failureOf('redirect to 169.254.169.254', at('/to-metadata'))).toMatch(/169\.254\.169\.254 is a private or loopback address$/);
  });
  it('a redirect to a name that resolves inside the network', async () => {
    expect(await failureOf('redirect to a private name', at('/to-intranet'))).toMatch(/intranet\.test resolves to the private address 10\.0\.0\.7$/);
  });
  it('host names that resolve to private or loopback addresses, and localhost', async () => {
    expect(await failureOf('name resolving to 10.0.0.7', `http://intranet.test:${port}/feed`)).toMatch(/resolves to the private address 10\.0\.0\.7$/);
    expect(await failureOf('name resolving to 127.0.0.1', `http://rebind.test:${port}/feed`)).toMatch(/resolves to the private address 127\.0\.0\.1$/);
    expect(await failureOf('localhost', `http://localhost:${port}/feed`)).toMatch(/localhost is a private or loopback address$/);
  });
  it('a gzip bomb (32 MiB of zeros in 32 KiB)', async () => {
    expect(await failureOf('gzip bomb', at('/bomb'))).toMatch(/the decompressed body is larger than 262144 bytes$/);
  });
  it('an endless body', async () => {
    expect(await failureOf('endless body', at('/endless'))).toMatch(/the response body is larger than 262144 bytes$/);
  });
  it('a server that sends one byte a second', async () => {
    expect(await failureOf('one byte a second', at('/trickle'))).toMatch(/no complete answer within 1\.5 s$/);
  });
  it('huge response headers', async () => {
    expect(await failureOf('huge headers', at('/huge-headers'))).toMatch(/the response headers are too large$/);
  });
  it('a billion-laughs feed', async () => {
    expect(await failureOf('billion laughs', at('/laughs'))).toMatch(/\/laughs: its declared entities expand past 1000000 characters \(an entity bomb\)$/);
  });
});
