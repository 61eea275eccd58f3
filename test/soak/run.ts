// `npm run soak`: `khabar start --offline` under a steady load of mixed pages, search and API while it crawls the
// replay corpus, on loopback only. Reports error responses, memory growth after warm-up, whether the crawl kept to
// its schedule, and the rate limit seen by a client that asks too fast. Stops by itself.
//
//   npm run soak -- [--minutes 10] [--rate 200]
import { type ChildProcess, spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { mulberry32 } from '../../scripts/replay/prng.ts';
import { Client, Tally, weighted } from './load.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const TICK_SECONDS = 5;
/** Readers' addresses: 100 clients share the readers' rate, each well under the default limit (240 a minute). */
const READERS = 100;
/** One client asks for 10 pages a second: the rate limit must answer it 429 and no one else. */
const GREEDY_RATE = 10;

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const n = Number(process.argv[i + 1]);
  if (!(n > 0)) throw new Error(`--${name} ${process.argv[i + 1]}: not a positive number`);
  return n;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
    s.once('error', reject);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

interface SourceHealth {
  slug: string;
  health: { lastSuccess: string | null; lastErrorAt: string | null; nextDue: string | null };
}

/** Each source's polls as the crawler recorded them, read from the demo store (read-only, beside the server). */
function readHealth(path: string): SourceHealth[] {
  if (!existsSync(path)) return [];
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare('SELECT slug, last_success, last_error_at, next_due FROM source_health').all() as {
      slug: string;
      last_success: string | null;
      last_error_at: string | null;
      next_due: string | null;
    }[];
    return rows.map((r) => ({ slug: r.slug, health: { lastSuccess: r.last_success, lastErrorAt: r.last_error_at, nextDue: r.next_due } }));
  } finally {
    db.close();
  }
}

/** Follows each source's polls: how late each poll came after the time it was due. */
class ScheduleWatch {
  private readonly seen = new Map<string, { polledAt: string | null; nextDue: string | null }>();
  readonly lags: number[] = [];
  overdue = 0;
  /** The sources seen overdue, with the most seconds each was late. */
  readonly overdueSeen = new Map<string, number>();

  observe(sources: SourceHealth[], now: number): void {
    for (const s of sources) {
      const polledAt = [s.health.lastSuccess, s.health.lastErrorAt].filter(Boolean).sort().pop() ?? null;
      const before = this.seen.get(s.slug);
      if (before?.polledAt && polledAt && polledAt !== before.polledAt && before.nextDue) {
        this.lags.push((Date.parse(polledAt) - Date.parse(before.nextDue)) / 1000);
      }
      // Due more than a minute ago and not polled: the scheduler has fallen behind.
      const late = s.health.nextDue ? (now - Date.parse(s.health.nextDue)) / 1000 : 0;
      if (late > 60) {
        this.overdue++;
        this.overdueSeen.set(s.slug, Math.max(this.overdueSeen.get(s.slug) ?? 0, late));
      }
      this.seen.set(s.slug, { polledAt, nextDue: s.health.nextDue });
    }
  }
}

async function main(): Promise<number> {
  const minutes = flag('minutes', 10);
  const rate = flag('rate', 200);
  const durationMs = minutes * 60_000;
  const warmupMs = Math.max(20_000, durationMs * 0.2);
  const data = mkdtempSync(join(tmpdir(), 'khabar-soak-'));
  const config = join(data, 'khabar.json');
  // Sources polled every 30 to 60 s, so that the crawl keeps working all through the soak.
  writeFileSync(config, JSON.stringify({ logLevel: 'warn', crawl: { intervalSeconds: 30, minIntervalSeconds: 10, maxIntervalSeconds: 60, tickSeconds: TICK_SECONDS } }));
  const expected = (JSON.parse(readFileSync(join(ROOT, 'fixtures/replay/manifest.json'), 'utf8')) as { articles: unknown[] }).articles.length;
  const port = await freePort();
  const server: ChildProcess = spawn(process.execPath, [join(ROOT, 'bin/khabar.js'), 'start', '--offline', '--port', String(port), '--data', join(data, 'data'), '--config', config], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const logLines: string[] = [];
  server.stderr?.on('data', (c: Buffer) => logLines.push(...c.toString('utf8').split('\n').filter(Boolean)));
  const readers = Array.from({ length: READERS }, (_, i) => new Client(`127.0.0.${10 + i}`, port));
  const greedy = new Client('127.0.0.250', port);
  const monitor = new Client('127.0.0.2', port);
  const stop = () => server.kill('SIGTERM');
  process.once('SIGINT', stop);
  try {
    const up = Date.now();
    while ((await monitor.get('/healthz').catch(() => null))?.status !== 200) {
      if (Date.now() - up > 60_000 || server.exitCode !== null) throw new Error(`khabar start --offline did not answer on port ${port}: ${logLines.slice(-3).join(' / ')}`);
      await sleep(250);
    }
    console.log(`soak: ${rate} requests/s for ${minutes} min against khabar start --offline on 127.0.0.1:${port} (pid ${server.pid}); warm-up ${Math.round(warmupMs / 1000)} s`);
    // Figures mean little on a machine busy with other work: say how busy it was.
    console.log(`machine: ${cpus().length} cores, load average ${loadavg()[0]?.toFixed(1)} at the start`);

    // Which routes exist in this build: search and stories are optional.
    const probe = async (path: string) => ((await monitor.get(path)).status === 404 ? null : path);
    const searchPage = await probe('/search?q=تهران');
    const searchApi = await probe('/api/v1/search?q=تهران');
    const storiesApi = await probe('/api/v1/stories');
    console.log(`search: ${[searchPage && 'page', searchApi && 'API'].filter(Boolean).join(' and ') || 'no search route in this build; skipped'}`);

    let ids: number[] = [];
    let words: string[] = ['تهران', 'ایران', 'اقتصاد'];
    let slugs: string[] = [];
    let categories: string[] = [];
    let stories: number[] = [];
    const refresh = async () => {
      const a = await monitor.json<{ items: { id: number; title: string; story?: number | null }[] }>('/api/v1/articles?limit=100');
      ids = a.items.map((x) => x.id);
      stories = [...new Set(a.items.map((x) => x.story).filter((s): s is number => typeof s === 'number'))];
      const titleWords = a.items.flatMap((x) => x.title.split(/\s+/)).filter((w) => w.length > 3);
      if (titleWords.length) words = titleWords.slice(0, 200);
      slugs = (await monitor.json<{ items: { slug: string }[] }>('/api/v1/sources')).items.map((s) => s.slug);
      categories = (await monitor.json<{ items: { slug: string }[] }>('/api/v1/categories')).items.map((c) => c.slug);
    };
    await refresh();

    const random = mulberry32(20261124);
    const pick = <T>(xs: T[]): T | undefined => xs[Math.floor(random() * xs.length)];
    type Kind = 'page' | 'search' | 'api' | 'feed' | 'static';
    const routes: [() => [Kind, string] | null, number][] = [
      [() => ['page', '/'], 12],
      [() => (ids.length ? ['page', `/article/${pick(ids)}`] : null), 28],
      [() => (slugs.length ? ['page', `/source/${pick(slugs)}`] : null), 7],
      [() => (categories.length ? ['page', `/category/${pick(categories)}`] : null), 7],
      [() => ['page', '/most-covered'], 4],
      [() => ['page', '/sources'], 2],
      [() => ['page', '/about'], 1],
      [() => (stories.length ? ['page', `/story/${pick(stories)}`] : null), storiesApi ? 4 : 0],
      [() => (searchPage ? ['search', `/search?q=${pick(words)}`] : null), searchPage ? 8 : 0],
      [() => (searchApi ? ['search', `/api/v1/search?q=${pick(words)}`] : null), searchApi ? 3 : 0],
      [() => ['api', `/api/v1/articles?limit=20&offset=${Math.floor(random() * 5) * 20}`], 5],
      [() => (ids.length ? ['api', `/api/v1/articles/${pick(ids)}`] : null), 6],
      [() => ['api', '/api/v1/sources'], 2],
      [() => (storiesApi ? ['api', '/api/v1/stories'] : null), storiesApi ? 2 : 0],
      [() => ['feed', pick(['/rss.xml', '/atom.xml', '/feed.json']) ?? '/rss.xml'], 4],
      [() => ['static', '/static/style.css'], 2],
    ];
    const tallies = new Map<Kind | 'greedy', Tally>();
    const tally = (k: Kind | 'greedy') => tallies.get(k) ?? (tallies.set(k, new Tally()).get(k) as Tally);
    const errors: string[] = [];
    const window: number[] = [];
    let inFlight = 0;
    let skipped = 0;
    // The readers' requests by phase: while the first crawl of the corpus runs (every stored article changes what
    // pages show, so few come from the page cache), and after it.
    const phases = { crawling: new Tally(), after: new Tally() };
    let crawlDoneAt: number | null = null;
    const send = (client: Client, kind: Kind | 'greedy', path: string) => {
      if (inFlight >= 2000) return void skipped++;
      inFlight++;
      const phase = crawlDoneAt === null ? phases.crawling : phases.after;
      client
        .get(path)
        .then((r) => {
          tally(kind).add(r);
          window.push(r.ms);
          const expected429 = kind === 'greedy' && r.status === 429 && r.retryAfter !== null;
          if (kind !== 'greedy') phase.add(r);
          if ((r.status >= 400 && !expected429) || r.status === 0) errors.push(`${r.status} ${path}`);
        })
        .catch((err: Error) => {
          tally(kind).fail(err);
          if (kind !== 'greedy') phase.fail(err);
          errors.push(`${err.message}`);
        })
        .finally(() => inFlight--);
    };

    const schedule = new ScheduleWatch();
    const memory: { at: number; rss: number; heap: number }[] = [];
    let articles = 0;
    const start = Date.now();
    let sent = 0;
    let greedySent = 0;
    let nextReport = start + 30_000;
    let nextRefresh = start + 10_000;
    let nextSample = start;
    while (Date.now() - start < durationMs) {
      const elapsed = Date.now() - start;
      // Open loop: whatever the server's speed, requests go out at the set rate.
      for (; sent < (elapsed / 1000) * (rate - GREEDY_RATE); sent++) {
        const route = weighted(routes, random)();
        if (route) send(readers[sent % READERS] as Client, route[0], route[1]);
      }
      for (; greedySent < (elapsed / 1000) * GREEDY_RATE; greedySent++) send(greedy, 'greedy', '/');
      if (Date.now() >= nextSample) {
        nextSample += 5000;
        const metrics = await monitor.get('/metrics', 10_000, true);
        const value = (name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(metrics.body)?.[1] ?? NaN);
        memory.push({ at: Date.now() - start, rss: value('process_resident_memory_bytes'), heap: value('nodejs_heap_used_bytes') });
        articles = value('khabar_articles');
        if (crawlDoneAt === null && articles >= expected) crawlDoneAt = Date.now() - start;
        // Read from the store itself: the API's answer may be a minute old in the page cache, by design.
        schedule.observe(readHealth(join(data, 'data', 'demo', 'khabar.db')), Date.now());
      }
      if (Date.now() >= nextRefresh) {
        nextRefresh += 10_000;
        await refresh().catch((err: Error) => errors.push(`refresh: ${err.message}`));
      }
      if (Date.now() >= nextReport) {
        nextReport += 30_000;
        const all = [...tallies.values()].reduce((n, t) => n + t.count, 0);
        const last = memory[memory.length - 1];
        const w = window.splice(0).sort((a, b) => a - b);
        const p = (q: number) => (w[Math.floor(q * (w.length - 1))] ?? 0).toFixed(0);
        console.log(
          `  ${Math.round(elapsed / 1000)} s: ${all} requests (last 30 s: p50 ${p(0.5)} ms, p99 ${p(0.99)} ms), ${errors.length} errors, ${articles} articles, RSS ${mb(last?.rss ?? 0)}, heap ${mb(last?.heap ?? 0)}`,
        );
      }
      await sleep(5);
    }
    const drain = Date.now();
    while (inFlight > 0 && Date.now() - drain < 15_000) await sleep(50);

    // Memory: the medians of the first 30 s after warm-up and of the last 30 s.
    const after = memory.filter((m) => m.at >= warmupMs);
    const first = after.filter((m) => m.at < warmupMs + 30_000);
    const last = after.filter((m) => m.at >= durationMs - 30_000);
    const rssStart = median(first.map((m) => m.rss));
    const rssEnd = median(last.map((m) => m.rss));
    const growth = (rssEnd - rssStart) / rssStart;
    const lags = [...schedule.lags].sort((a, b) => a - b);
    const maxLag = lags[lags.length - 1] ?? 0;
    const readerRequests = [...tallies].filter(([k]) => k !== 'greedy').reduce((n, [, t]) => n + t.count, 0);
    const greedyTally = tally('greedy');

    console.log(`\nresults after ${minutes} min (${Math.round((Date.now() - start) / 1000)} s; load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores at the end):`);
    for (const [kind, t] of tallies) {
      console.log(`  ${kind.padEnd(7)} ${String(t.count).padStart(7)} requests  p50 ${t.percentile(50).toFixed(1)} ms  p99 ${t.percentile(99).toFixed(1)} ms  ${t.statusLine()}`);
    }
    for (const [name, t] of Object.entries(phases)) {
      const bad = t.countWhere((x) => x >= 400) + t.failures;
      const when = name === 'crawling' ? `during the first crawl (${crawlDoneAt === null ? 'all the run' : `${Math.round(crawlDoneAt / 1000)} s`})` : 'after it';
      console.log(`  readers ${when}: ${t.count} requests, p50 ${t.percentile(50).toFixed(1)} ms, p99 ${t.percentile(99).toFixed(1)} ms, ${bad} errors`);
    }
    console.log(`  achieved ${((readerRequests + greedyTally.count) / ((Date.now() - start) / 1000)).toFixed(1)} requests/s; ${skipped} not sent (over 2000 in flight)`);
    const errorResponses = errors.length;
    console.log(`  error responses and failures (readers; the greedy client's 429s excluded): ${errorResponses}${errorResponses ? ` — e.g. ${[...new Set(errors)].slice(0, 5).join('; ')}` : ''}`);
    const limited = greedyTally.countWhere((s) => s === 429);
    const readersLimited = [...tallies].filter(([k]) => k !== 'greedy').reduce((n, [, t]) => n + t.countWhere((s) => s === 429), 0);
    console.log(`  rate limit: the greedy client (${GREEDY_RATE}/s) got ${limited} of ${greedyTally.count} answered 429 with Retry-After; readers got ${readersLimited}`);
    console.log(`  memory: RSS ${mb(rssStart)} after warm-up → ${mb(rssEnd)} at the end (${(growth * 100).toFixed(1)}%), peak ${mb(Math.max(...memory.map((m) => m.rss)))}; heap ${mb(median(first.map((m) => m.heap)))} → ${mb(median(last.map((m) => m.heap)))}`);
    console.log(`  crawl: ${articles} of ${expected} replay articles stored; ${lags.length} polls seen, lag behind due time p50 ${(lags[Math.floor(lags.length / 2)] ?? 0).toFixed(1)} s, max ${maxLag.toFixed(1)} s; ${schedule.overdue} sightings of a source over a minute overdue${schedule.overdueSeen.size ? ` (${[...schedule.overdueSeen].map(([slug, late]) => `${slug} ${Math.round(late)} s`).join(', ')})` : ''}`);
    const warnings = logLines.filter((l) => / (warn|error|fatal) /.test(l));
    console.log(`  server log: ${warnings.length} warning or error lines${warnings.length ? ` — e.g. ${warnings.slice(0, 3).join(' / ')}` : ''}`);

    const checks: [string, boolean][] = [
      ['no error responses', errorResponses === 0],
      ['memory growth under 10% after warm-up', growth < 0.1],
      [`crawl on schedule (every poll within ${3 * TICK_SECONDS} s of due, none a minute overdue)`, maxLag <= 3 * TICK_SECONDS && schedule.overdue === 0 && lags.length > 0],
      ['every replay article stored', articles >= expected],
      ['the greedy client was limited, no reader was', limited > 0 && readersLimited === 0],
    ];
    for (const [name, ok] of checks) console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${name}`);
    return checks.every(([, ok]) => ok) ? 0 : 1;
  } finally {
    for (const c of [...readers, greedy, monitor]) c.close();
    stop();
    await new Promise((r) => (server.exitCode !== null ? r(null) : server.once('exit', r)));
    rmSync(data, { recursive: true, force: true });
  }
}

main().then(
  (code) => (process.exitCode = code),
  (err: Error) => {
    console.error(`soak: ${err.message}`);
    process.exitCode = 2;
  },
);
