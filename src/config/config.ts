import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { DEFAULT_HTTP_OPTIONS } from '../fetch/index.ts';

const HttpSchema = z.object({
  userAgent: z.string().default(DEFAULT_HTTP_OPTIONS.userAgent),
  connectTimeoutMs: z.number().int().positive().default(DEFAULT_HTTP_OPTIONS.connectTimeoutMs),
  headersTimeoutMs: z.number().int().positive().default(DEFAULT_HTTP_OPTIONS.headersTimeoutMs),
  bodyTimeoutMs: z.number().int().positive().default(DEFAULT_HTTP_OPTIONS.bodyTimeoutMs),
  totalTimeoutMs: z.number().int().positive().default(DEFAULT_HTTP_OPTIONS.totalTimeoutMs),
  maxBodyBytes: z.number().int().positive().default(DEFAULT_HTTP_OPTIONS.maxBodyBytes),
  maxRedirects: z.number().int().min(0).max(20).default(DEFAULT_HTTP_OPTIONS.maxRedirects),
  maxRetries: z.number().int().min(0).max(10).default(DEFAULT_HTTP_OPTIONS.maxRetries),
  maxRetryWaitMs: z.number().int().min(0).default(DEFAULT_HTTP_OPTIONS.maxRetryWaitMs),
  perHostConcurrency: z.number().int().positive().default(DEFAULT_HTTP_OPTIONS.perHostConcurrency),
  perHostSpacingMs: z.number().int().min(0).default(DEFAULT_HTTP_OPTIONS.perHostSpacingMs),
  respectRobots: z.boolean().default(DEFAULT_HTTP_OPTIONS.respectRobots),
});

const CrawlSchema = z.object({
  /** Starting interval between polls of one source; adapted to how often it publishes. */
  intervalSeconds: z.number().int().min(30).default(900),
  minIntervalSeconds: z.number().int().min(10).default(300),
  maxIntervalSeconds: z.number().int().min(60).default(6 * 3600),
  sourceConcurrency: z.number().int().positive().default(4),
  articleConcurrency: z.number().int().positive().default(4),
  maxItemsPerFeed: z.number().int().positive().default(60),
  tickSeconds: z.number().positive().default(5),
  /**
   * The largest article page read (bytes, decompressed): extraction takes up to 2 s a megabyte on hostile markup,
   * and the crawl's other pages wait meanwhile. The largest of the 181 ScrapingHub benchmark pages is 1.5 MB.
   */
  maxPageBytes: z.number().int().positive().default(4 * 1024 * 1024),
});

/** Per-client-address limits on the public site and API (src/web/rate-limit.ts); /healthz and static files are exempt. */
const RateLimitSchema = z.object({
  enabled: z.boolean().default(true),
  /** Requests one client address may make per minute, on average. */
  perMinute: z.number().int().positive().default(240),
  /** Requests it may make at once before the average applies. */
  burst: z.number().int().positive().default(60),
  /** Reverse proxies in front of Khabar whose X-Forwarded-For is trusted; 0 uses the connection's address. */
  proxyHops: z.number().int().min(0).max(10).default(0),
  /** Client addresses remembered at most; the longest-idle are forgotten first. */
  maxClients: z.number().int().positive().default(100_000),
});

export const ConfigSchema = z.object({
  port: z.number().int().min(0).max(65535).default(3000),
  host: z.string().default('127.0.0.1'),
  dataDir: z.string().default('./data'),
  /** The store: `sqlite:PATH` or `postgres://user:password@host:5432/db[?schema=NAME]`; unset, SQLite in dataDir. */
  database: z.string().optional(),
  /** JSON file of default sources, loaded into an empty store. */
  sourcesFile: z.string().default(new URL('../../data/sources.json', import.meta.url).pathname),
  replayDir: z.string().default(new URL('../../fixtures/replay', import.meta.url).pathname),
  /** auto: fall back to the bundled replay corpus when no source can be reached; never; always. */
  offline: z.enum(['auto', 'never', 'always']).default('auto'),
  http: HttpSchema.default(HttpSchema.parse({})),
  crawl: CrawlSchema.default(CrawlSchema.parse({})),
  rateLimit: RateLimitSchema.default(RateLimitSchema.parse({})),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('info'),
});

export type Config = z.infer<typeof ConfigSchema>;

/** Builds the configuration once: defaults, then the config file, then command-line flags. */
export function loadConfig(overrides: Partial<Config> = {}, file?: string): Config {
  let fromFile: unknown = {};
  if (file) {
    try {
      fromFile = JSON.parse(readFileSync(file, 'utf8'));
    } catch (err) {
      throw new Error(`${file}: the config file cannot be read (${(err as Error).message})`);
    }
  }
  const merged = { ...(fromFile as object), ...Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)) };
  const parsed = ConfigSchema.safeParse(merged);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file ?? 'configuration'}: ${issue?.path.join('.') || 'value'} ${issue?.message ?? 'is invalid'}`);
  }
  return { ...parsed.data, dataDir: resolve(parsed.data.dataDir) };
}
