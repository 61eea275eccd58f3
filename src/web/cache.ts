import { createHash } from 'node:crypto';
import type { Context, MiddlewareHandler, Next } from 'hono';

interface Entry {
  token: string;
  at: number;
  status: number;
  /** A plain object, so that a hit is written out without building a Headers object (@hono/node-server's fast path). */
  headers: Record<string, string>;
  body: Uint8Array<ArrayBuffer>;
  etag: string;
  lastModified: string;
}

export interface CacheStats {
  hits: number;
  misses: number;
  notModified: number;
  entries: number;
  bytes: number;
}

export interface ResponseCacheOptions {
  /** Changes whenever what pages are made from may have changed (the store's change token, the demo flag). */
  token: () => string | Promise<string>;
  now: () => number;
  /** How long a page may be served without re-rendering, even when nothing stored changed (relative times age). */
  ttlMs: number;
  maxEntries: number;
  maxBytes: number;
}

export function etagOf(body: Uint8Array): string {
  return `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;
}

/** True when the request's validators match, so a 304 is the answer. */
export function notModified(req: Request, etag: string, lastModified: string): boolean {
  const inm = req.headers.get('if-none-match');
  if (inm !== null) return inm === '*' || inm.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
  const ims = req.headers.get('if-modified-since');
  if (ims === null) return false;
  const since = Date.parse(ims);
  return !Number.isNaN(since) && Date.parse(lastModified) <= since;
}

function respond(c: Context, e: Entry): Response {
  if (e.status === 200 && notModified(c.req.raw, e.etag, e.lastModified)) {
    const { 'content-type': _type, 'content-length': _length, ...headers } = e.headers;
    return new Response(null, { status: 304, headers });
  }
  return new Response(c.req.method === 'HEAD' ? null : e.body, { status: e.status, headers: e.headers });
}

/**
 * Every GET answer gets an ETag and Last-Modified and conditional requests get a 304. Successful answers are kept
 * in memory until the token changes or they are `ttlMs` old: SQLite reads are synchronous, so a page rendered
 * once is served many times without touching the database. Last-Modified is when the body last changed.
 */
export function responseCache(opts: ResponseCacheOptions): { middleware: MiddlewareHandler; stats: () => CacheStats } {
  const entries = new Map<string, Entry>();
  // Renders under way: requests for the same page meanwhile wait for that one instead of rendering it again.
  const inflight = new Map<string, { token: string; done: Promise<Entry> }>();
  const counts = { hits: 0, misses: 0, notModified: 0, bytes: 0 };
  const drop = (key: string) => {
    const e = entries.get(key);
    if (!e) return;
    counts.bytes -= e.body.byteLength;
    entries.delete(key);
  };

  const middleware: MiddlewareHandler = async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const url = c.req.url;
    const key = `${c.req.header('host') ?? ''} ${url.slice(url.indexOf('/', url.indexOf('//') + 2))}`;
    const token = await opts.token();
    const now = opts.now();
    const hit = entries.get(key);
    if (hit && hit.token === token && now - hit.at < opts.ttlMs) {
      counts.hits++;
      entries.delete(key); // re-insert: the Map's order is the recency order
      entries.set(key, hit);
      const res = respond(c, hit);
      if (res.status === 304) counts.notModified++;
      c.res = res;
      return;
    }
    const pending = inflight.get(key);
    if (pending && pending.token === token) {
      // While the page is rendered anew, the previous version (if any) answers meanwhile: stale by the time of one
      // render, as the Cache-Control's stale-while-revalidate allows any cache; otherwise wait for the render.
      const shared = hit ?? (await pending.done);
      counts.hits++;
      const res = respond(c, shared);
      if (res.status === 304) counts.notModified++;
      c.res = res;
      return;
    }
    counts.misses++;
    let settle!: { resolve: (e: Entry) => void; reject: (err: unknown) => void };
    const done = new Promise<Entry>((resolve, reject) => (settle = { resolve, reject }));
    done.catch(() => undefined); // the rendering request reports its own failure
    inflight.set(key, { token, done });
    try {
      const entry = await render(c, next, key, token, now, hit);
      settle.resolve(entry);
    } catch (err) {
      settle.reject(err);
      throw err;
    } finally {
      if (inflight.get(key)?.done === done) inflight.delete(key);
    }
  };

  async function render(c: Context, next: Next, key: string, token: string, now: number, hit: Entry | undefined): Promise<Entry> {
    await next();
    const res = c.res;
    const body = new Uint8Array(await res.arrayBuffer());
    const etag = res.headers.get('etag') ?? etagOf(body);
    const lastModified = hit && hit.etag === etag ? hit.lastModified : new Date(now).toUTCString();
    const headers = Object.fromEntries(res.headers.entries());
    headers.etag = etag;
    headers['last-modified'] = lastModified;
    const entry: Entry = { token, at: now, status: res.status, headers, body, etag, lastModified };
    const cacheable = res.status === 200 && !/no-store|private/.test(res.headers.get('cache-control') ?? '');
    drop(key);
    if (cacheable && body.byteLength < opts.maxBytes / 8) {
      entries.set(key, entry);
      counts.bytes += body.byteLength;
      while (entries.size > opts.maxEntries || counts.bytes > opts.maxBytes) drop(entries.keys().next().value as string);
    }
    const out = respond(c, entry);
    if (out.status === 304) counts.notModified++;
    c.res = undefined as unknown as Response; // replace, not merge: the first answer's headers are already in `entry`
    c.res = out;
    return entry;
  }
  return { middleware, stats: () => ({ ...counts, entries: entries.size }) };
}
