// Per-client rate limiting for the public site and API: a token bucket per client address. A reader's browser asks
// for a page and its static files (which are exempt); a client asking for hundreds of pages a minute is a scraper
// or a flood, and gets a clear 429 with Retry-After instead of slowing the site for everyone else.
import type { Context, MiddlewareHandler } from 'hono';
import { isIP } from 'node:net';

export interface RateLimitConfig {
  enabled: boolean;
  /** Requests one client may make per minute, on average. */
  perMinute: number;
  /** Requests one client may make at once before the average applies. */
  burst: number;
  /**
   * Reverse proxies in front of Khabar that append the client's address to X-Forwarded-For. 0: the connection's own
   * address is the client (X-Forwarded-For is ignored: anyone can write it).
   */
  proxyHops: number;
  /** Clients remembered at most; beyond it the longest-idle are forgotten (a flood of addresses cannot fill memory). */
  maxClients: number;
}

/** Paths never limited: load balancers' health checks and the site's own static files. */
const EXEMPT = /^\/(?:healthz$|static\/|favicon\.ico$)/;

interface Bucket {
  tokens: number;
  /** When `tokens` was last brought up to date, in ms. */
  at: number;
}

interface ConnEnv {
  incoming?: { socket?: { remoteAddress?: string } };
  server?: ConnEnv;
}

/** The connection's peer address as @hono/node-server hands it over; undefined in-process (`app.request`). */
function socketAddress(c: Context): string | undefined {
  const env = c.env as ConnEnv | undefined;
  return (env?.server ?? env)?.incoming?.socket?.remoteAddress;
}

/**
 * The key a client is counted under: its address, IPv4-mapped IPv6 as IPv4, and other IPv6 addresses by their /64
 * (one subscriber's line holds a whole /64, so counting single IPv6 addresses would let one client be billions).
 */
export function clientKey(address: string): string {
  const a = address.trim().toLowerCase().replace(/^\[|\]$/g, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (mapped?.[1]) return mapped[1];
  if (isIP(a) !== 6) return a;
  const [head = '', tail = ''] = a.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = a.includes('::') ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

/** The client's address: the connection's, or the one the nearest trusted proxy wrote into X-Forwarded-For. */
export function clientAddress(c: Context, proxyHops: number): string | undefined {
  const direct = socketAddress(c);
  if (proxyHops === 0) return direct;
  const hops = (c.req.header('x-forwarded-for') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  // Each proxy appends what it saw; entries further left were written by the client and prove nothing.
  return hops[hops.length - proxyHops] ?? hops[0] ?? direct;
}

function tooMany(c: Context, key: string, config: RateLimitConfig, retryAfter: number): Response {
  const headers = { 'retry-after': String(retryAfter), 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
  const why = `too many requests from ${key}: the limit is ${config.perMinute} a minute (bursts of ${config.burst}); retry after ${retryAfter} s`;
  if (c.req.path.startsWith('/api/')) return c.json({ error: why }, 429, headers);
  const fa = (n: number) => n.toLocaleString('fa-IR');
  return c.text(
    `درخواست‌های این نشانی از حد مجاز (${fa(config.perMinute)} درخواست در دقیقه) گذشته است؛ ${fa(retryAfter)} ثانیهٔ دیگر دوباره امتحان کنید.\n${why}\n`,
    429,
    headers,
  );
}

/**
 * The middleware. `now` is the clock in ms (the app's, so tests control it). Requests without a known client address
 * (in-process `app.request` calls) are not limited: there is no one to count them against.
 */
export function rateLimit(config: RateLimitConfig | undefined, now: () => number = Date.now): MiddlewareHandler {
  if (!config?.enabled) return (_c, next) => next();
  const perMs = config.perMinute / 60_000;
  const buckets = new Map<string, Bucket>();
  // A bucket that has refilled completely is the same as no bucket: forgetting it loses nothing.
  const fullAfterMs = config.burst / perMs;
  let lastSweep = now();

  const sweep = (t: number) => {
    for (const [key, b] of buckets) if (t - b.at >= fullAfterMs) buckets.delete(key);
    lastSweep = t;
  };

  return async (c, next) => {
    if (EXEMPT.test(c.req.path)) return next();
    const address = clientAddress(c, config.proxyHops);
    if (!address) return next();
    const key = clientKey(address);
    const t = now();
    if (t - lastSweep > fullAfterMs) sweep(t);
    const b = buckets.get(key) ?? { tokens: config.burst, at: t };
    b.tokens = Math.min(config.burst, b.tokens + Math.max(0, t - b.at) * perMs);
    b.at = t;
    // Re-inserted so that the Map's order is least recently seen first.
    buckets.delete(key);
    buckets.set(key, b);
    // A flood of distinct addresses: forget the longest-idle client, which the Map's order puts first.
    if (buckets.size > config.maxClients) buckets.delete(buckets.keys().next().value as string);
    if (b.tokens < 1) return tooMany(c, key, config, Math.max(1, Math.ceil((1 - b.tokens) / perMs / 1000)));
    b.tokens -= 1;
    return next();
  };
}
