// npm run bench:web — autocannon against `khabar start --offline` on the replay corpus: the home, article and source
// pages (and a story page once one exists), each ≥ 1,000 requests/s with no errors and p99 ≤ 100 ms.
// Beside it, in the same run: the same app with its page cache off (what rendering costs), and a bare node:http
// server answering the same bytes from memory (the ceiling of this machine and Node).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';

interface Result {
  requests: { average: number };
  latency: { p50: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}
type Autocannon = (opts: object) => Promise<Result>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const ROOT = new URL('..', import.meta.url).pathname;
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 20;
const BARS = { rps: 1000, p99: 100 };

async function freePort(): Promise<number> {
  const s = createServer().listen(0, '127.0.0.1');
  await new Promise((r) => s.once('listening', r));
  const { port } = s.address() as AddressInfo;
  await new Promise((r) => s.close(r));
  return port;
}

async function waitFor<T>(what: string, check: () => Promise<T | null>, timeoutMs: number): Promise<T> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const v = await check().catch(() => null);
    if (v !== null) return v;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${what}: not ready after ${timeoutMs / 1000} s`);
}

function run(cmd: string, args: string[]): ChildProcess {
  const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  child.on('exit', (code) => {
    if (code !== null && code !== 0) console.error(`${cmd} ${args.join(' ')} exited with ${code}`);
  });
  return child;
}

/** The app with no page cache, over the same database: the cost of rendering every request. */
async function serveUncached(dbPath: string, port: number): Promise<void> {
  const { SqliteStore } = await import('../src/store/index.ts');
  const { createApp } = await import('../src/web/app.ts');
  const { listen } = await import('../src/cli/serve-http.ts');
  await listen(createApp({ store: new SqliteStore(dbPath), offlineDemo: () => true, pageTtlMs: 0 }), port, '127.0.0.1');
}

/** Answers each path with bytes fetched beforehand (a JSON file of path → base64): no routing, no rendering, no database. */
function serveCeiling(pagesFile: string, port: number): void {
  const pages = new Map(Object.entries(JSON.parse(readFileSync(pagesFile, 'utf8')) as Record<string, string>).map(([k, v]) => [k, Buffer.from(v, 'base64')]));
  createServer((req, res) => {
    const body = pages.get(req.url ?? '');
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'public, max-age=60' });
    res.end(body);
  }).listen(port, '127.0.0.1');
}

async function cannon(base: string, paths: string[], duration = DURATION): Promise<Result> {
  let next = 0;
  return autocannon({
    url: base,
    connections: CONNECTIONS,
    duration,
    requests: [{ setupRequest: (req: { path: string }) => ({ ...req, path: paths[next++ % paths.length] }) }],
  });
}

const fmt = (r: Result) =>
  `${Math.round(r.requests.average).toString().padStart(6)} req/s  p50 ${String(r.latency.p50).padStart(3)} ms  p99 ${String(r.latency.p99).padStart(3)} ms  errors ${r.errors + r.timeouts}  non-2xx ${r.non2xx}`;

async function main(): Promise<void> {
  // The peers run as processes of their own, like khabar start, so autocannon never shares their event loop.
  if (process.argv[2] === '--serve-uncached') return serveUncached(process.argv[3]!, Number(process.argv[4]));
  if (process.argv[2] === '--serve-ceiling') return serveCeiling(process.argv[3]!, Number(process.argv[4]));
  const data = mkdtempSync(join(tmpdir(), 'khabar-bench-web-'));
  const config = join(data, 'khabar.json');
  // One client address sends every request here; the per-client rate limit would answer 429 to a load it is not
  // about, so it is off: the bench measures what the server can answer.
  writeFileSync(config, JSON.stringify({ logLevel: 'warn', rateLimit: { enabled: false } }));
  const expected = (JSON.parse(readFileSync(join(ROOT, 'fixtures/replay/manifest.json'), 'utf8')) as { articles: unknown[] }).articles.length;
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const children: ChildProcess[] = [];
  try {
    console.log(`khabar start --offline on ${base}: crawling the replay corpus (${expected} articles)…`);
    children.push(run(process.execPath, ['bin/khabar.js', 'start', '--offline', '--port', String(port), '--data', data, '--config', config]));
    let last = -1;
    let stableSince = Date.now();
    const count = await waitFor('the crawl of the replay corpus', async () => {
      const h = (await (await fetch(`${base}/healthz`)).json()) as { articles: number };
      if (h.articles !== last) [last, stableSince] = [h.articles, Date.now()];
      return h.articles >= expected || (h.articles > 0 && Date.now() - stableSince > 15_000) ? h.articles : null;
    }, 180_000);
    console.log(`${count} articles stored`);
    // The story stage keeps working after the last article is stored; measure once the home page stops changing.
    let lastTag = '';
    let sameSince = Date.now();
    await waitFor('the story stage', async () => {
      const tag = (await fetch(`${base}/`)).headers.get('etag') ?? '';
      if (tag !== lastTag) [lastTag, sameSince] = [tag, Date.now()];
      return Date.now() - sameSince > 8_000 ? true : null;
    }, 180_000);

    const api = async <T>(path: string) => (await (await fetch(base + path)).json()) as T;
    const articles = (await api<{ items: { id: number; story: number | null }[] }>('/api/v1/articles?limit=100')).items;
    const sources = (await api<{ items: { slug: string }[] }>('/api/v1/sources')).items;
    const groups: Record<string, string[]> = {
      home: ['/'],
      article: articles.map((a) => `/article/${a.id}`),
      source: sources.map((s) => `/source/${s.slug}`),
    };
    const stories = [...new Set(articles.map((a) => a.story).filter((s) => s !== null))];
    if (stories.length && (await fetch(`${base}/story/${stories[0]}`)).status === 200) groups.story = stories.map((s) => `/story/${s}`);
    else console.log('story pages: not served yet (no story ids stored, or no /story route); not measured');

    const pages: Record<string, string> = {};
    for (const path of Object.values(groups).flat()) {
      const res = await fetch(base + path);
      if (!res.ok) throw new Error(`${base}${path}: answered ${res.status} before the run; nothing measured`);
      pages[path] = Buffer.from(await res.arrayBuffer()).toString('base64');
    }
    const pagesFile = join(data, 'pages.json');
    writeFileSync(pagesFile, JSON.stringify(pages));

    const uncachedPort = await freePort();
    children.push(run(process.execPath, ['--import', 'tsx', 'bench/web.ts', '--serve-uncached', join(data, 'demo', 'khabar.db'), String(uncachedPort)]));
    const uncached = `http://127.0.0.1:${uncachedPort}`;
    await waitFor('the uncached app', async () => ((await fetch(`${uncached}/healthz`)).ok ? true : null), 30_000);
    const ceilingPort = await freePort();
    children.push(run(process.execPath, ['--import', 'tsx', 'bench/web.ts', '--serve-ceiling', pagesFile, String(ceilingPort)]));
    const ceiling = `http://127.0.0.1:${ceilingPort}`;
    await waitFor('the node:http server', async () => ((await fetch(`${ceiling}/`)).ok ? true : null), 30_000);

    console.log(`\nautocannon: ${CONNECTIONS} connections, ${DURATION} s a run, ${cpus().length} cores\n`);
    let failed = false;
    for (const [name, paths] of Object.entries(groups)) {
      // Two seconds of warm-up each (JIT, the page cache), then the measured run.
      for (const server of [base, uncached, ceiling]) await cannon(server, paths, 2);
      const k = await cannon(base, paths);
      const u = await cannon(uncached, paths);
      const c = await cannon(ceiling, paths);
      const ok = k.requests.average >= BARS.rps && k.latency.p99 <= BARS.p99 && k.errors + k.timeouts + k.non2xx === 0;
      failed ||= !ok;
      console.log(`${name} (${paths.length} address${paths.length > 1 ? 'es' : ''})`);
      console.log(`  khabar start          ${fmt(k)}  ${ok ? 'PASS' : 'FAIL'} (≥ ${BARS.rps} req/s, p99 ≤ ${BARS.p99} ms, no errors)`);
      console.log(`  khabar, cache off     ${fmt(u)}`);
      console.log(`  node:http, same bytes ${fmt(c)}`);
      console.log(`  khabar / cache off ${(k.requests.average / u.requests.average).toFixed(2)}×, khabar / node:http ${(k.requests.average / c.requests.average).toFixed(2)}×\n`);
    }
    if (failed) process.exitCode = 1;
  } finally {
    for (const c of children) c.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    rmSync(data, { recursive: true, force: true });
  }
}

await main();
