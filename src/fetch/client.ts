import { request, type Agent } from 'undici';
import type { Readable } from 'node:stream';
import { readBody } from './body.ts';
import { decodeDocument } from './charset.ts';
import { FetchError, describeNetworkError, parseRetryAfter } from './errors.ts';
import { type AddressGuard, SYSTEM_GUARD, createAgent, isPrivateLiteralHost } from './guarded-agent.ts';
import { HostQueue } from './host-queue.ts';
import { RobotsCache } from './robots.ts';

export interface HttpClientOptions {
  userAgent: string;
  connectTimeoutMs: number;
  headersTimeoutMs: number;
  bodyTimeoutMs: number;
  /** Deadline for the whole exchange, so a body trickling one byte a second still ends. */
  totalTimeoutMs: number;
  /** Cap on the body, counted on the wire and again after decompression (a gzip bomb stops here). */
  maxBodyBytes: number;
  maxRedirects: number;
  maxRetries: number;
  /** A Retry-After longer than this is not waited for inside one fetch; the error carries it to the scheduler. */
  maxRetryWaitMs: number;
  perHostConcurrency: number;
  perHostSpacingMs: number;
  respectRobots: boolean;
}

export const DEFAULT_HTTP_OPTIONS: HttpClientOptions = {
  userAgent: 'Khabar/0.1 (+https://github.com/khabar-news/khabar; Persian news aggregator)',
  connectTimeoutMs: 10_000,
  headersTimeoutMs: 15_000,
  bodyTimeoutMs: 20_000,
  totalTimeoutMs: 45_000,
  maxBodyBytes: 15 * 1024 * 1024,
  maxRedirects: 5,
  maxRetries: 2,
  maxRetryWaitMs: 5_000,
  perHostConcurrency: 2,
  perHostSpacingMs: 250,
  respectRobots: true,
};

export interface GetOptions {
  allowPrivate?: boolean;
  etag?: string | null;
  lastModified?: string | null;
  accept?: string;
  skipRobots?: boolean;
  /** A lower cap on this body than the client's `maxBodyBytes` (never a higher one). */
  maxBodyBytes?: number;
}

export interface FetchResult {
  url: string;
  status: number;
  notModified: boolean;
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
  cacheControl: string | null;
  bytes: Uint8Array;
  /** The body decoded by HTTP header, BOM, in-document declaration, then sniffing. */
  text(): string;
}

const RETRYABLE = new Set([429, 502, 503, 504]);
const header = (h: Record<string, string | string[] | undefined>, name: string): string | null => {
  const v = h[name];
  return Array.isArray(v) ? (v[0] ?? null) : (v ?? null);
};

export class HttpClient {
  private readonly guarded: Agent;
  private readonly open: Agent;
  private readonly hosts: HostQueue;
  private readonly robots: RobotsCache;

  private readonly guard: AddressGuard;

  /** `guard`: the resolver and address policy; tests give their own so hostile cases stay on loopback. */
  constructor(
    readonly options: HttpClientOptions = DEFAULT_HTTP_OPTIONS,
    guard: AddressGuard = SYSTEM_GUARD,
  ) {
    this.guard = guard;
    this.guarded = createAgent(options, guard, guard.resolve);
    this.open = createAgent(options, null, guard.resolve);
    this.hosts = new HostQueue(options.perHostConcurrency, options.perHostSpacingMs);
    this.robots = new RobotsCache((url, allowPrivate) => this.exchange(url, { allowPrivate, skipRobots: true }));
  }

  async get(url: string, opts: GetOptions = {}): Promise<FetchResult> {
    let current = parseUrl(url);
    for (let hop = 0; ; hop++) {
      this.checkTarget(current, opts);
      if (this.options.respectRobots && !opts.skipRobots) {
        const allowed = await this.robots.isAllowed(current, this.options.userAgent, opts.allowPrivate ?? false);
        if (!allowed) throw new FetchError(current.href, 'robots.txt disallows fetching this address', null, null, 'robots');
      }
      const result = await this.withRetries(current.href, opts);
      if (result.status >= 300 && result.status < 400 && result.location) {
        if (hop >= this.options.maxRedirects) throw new FetchError(url, `more than ${this.options.maxRedirects} redirects`, null, null, 'redirects');
        // Each hop is checked again (scheme, literal private address, robots.txt, and at connect time the resolved address).
        current = parseUrl(new URL(result.location, current).href);
        continue;
      }
      return result.result;
    }
  }

  async close(): Promise<void> {
    await Promise.all([this.guarded.close(), this.open.close()]);
  }

  private checkTarget(url: URL, opts: GetOptions): void {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new FetchError(url.href, `the scheme ${url.protocol} is not fetched`, null, null, 'url');
    }
    if (!opts.allowPrivate && isPrivateLiteralHost(url.hostname, this.guard.isPrivate)) {
      throw new FetchError(url.href, `${url.hostname} is a private or loopback address`, null, null, 'private');
    }
  }

  private async withRetries(url: string, opts: GetOptions) {
    for (let attempt = 0; ; attempt++) {
      const r = await this.hosts.run(new URL(url).host, () => this.exchange(url, opts));
      if (!RETRYABLE.has(r.status)) return r;
      const wait = (parseRetryAfter(r.retryAfter) ?? 2 ** attempt) * 1000;
      if (attempt >= this.options.maxRetries || wait > this.options.maxRetryWaitMs) {
        throw new FetchError(url, `the server answered ${r.status}`, r.status, Math.ceil(wait / 1000));
      }
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }

  private async exchange(url: string, opts: GetOptions) {
    const headers: Record<string, string> = {
      'user-agent': this.options.userAgent,
      accept: opts.accept ?? '*/*',
      'accept-encoding': 'gzip, deflate, br',
      'accept-language': 'fa,en;q=0.5',
    };
    if (opts.etag) headers['if-none-match'] = opts.etag;
    if (opts.lastModified) headers['if-modified-since'] = opts.lastModified;
    const signal = AbortSignal.timeout(this.options.totalTimeoutMs);
    const fail = (err: unknown): FetchError => {
      if (err instanceof FetchError) return err;
      const { reason, kind } = describeNetworkError(err, this.options.totalTimeoutMs, signal.aborted);
      return new FetchError(url, reason, null, null, kind);
    };
    let res;
    try {
      res = await request(url, { method: 'GET', headers, dispatcher: opts.allowPrivate ? this.open : this.guarded, signal });
    } catch (err) {
      throw fail(err);
    }
    const h = res.headers as Record<string, string | string[] | undefined>;
    const base = { status: res.statusCode, location: header(h, 'location'), retryAfter: header(h, 'retry-after') };
    const unwanted = res.statusCode >= 300 && res.statusCode !== 304;
    let bytes: Uint8Array = new Uint8Array();
    try {
      if (unwanted) await res.body.dump({ limit: 64 * 1024 });
      else {
        const cap = Math.min(this.options.maxBodyBytes, opts.maxBodyBytes ?? Number.POSITIVE_INFINITY);
        bytes = await readBody(url, res.body as unknown as Readable, header(h, 'content-encoding') ?? undefined, cap);
      }
    } catch (err) {
      throw fail(err);
    }
    if (res.statusCode >= 400 && !RETRYABLE.has(res.statusCode)) {
      throw new FetchError(url, `the server answered ${res.statusCode}`, res.statusCode);
    }
    const contentType = header(h, 'content-type');
    const result: FetchResult = {
      url,
      status: res.statusCode,
      notModified: res.statusCode === 304,
      contentType,
      etag: header(h, 'etag'),
      lastModified: header(h, 'last-modified'),
      cacheControl: header(h, 'cache-control'),
      bytes,
      text: () => decodeDocument(bytes, contentType).text,
    };
    return { ...base, result };
  }
}

function parseUrl(url: string): URL {
  try {
    return new URL(url);
  } catch {
    throw new FetchError(url, 'not a valid URL', null, null, 'url');
  }
}
