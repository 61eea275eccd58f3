// npm run bench:search [-- --articles N --queries N --drivers sqlite,postgres --reuse --schema NAME]
// Builds N articles (default 1,000,000) from the vocabulary of the Persian corpora into each store driver through
// the bulk path `khabar import` uses (saveArticles, 1,000 a call), then times a fixed mix of queries through the
// whole search (parse, match, BM25 × recency, grouping, snippets of the first page). PostgreSQL comes from
// --database or KHABAR_TEST_DATABASE_URL (bash .ci/postgres.sh). Bars: import ≥ 2,000 articles/s on SQLite,
// search p99 ≤ 50 ms on both. No peer is named for this stage: the drivers are compared with each other.
import { rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { search } from '../src/search/index.ts';
import { PgStore } from '../src/store/postgres/pg-store.ts';
import { type Repository, repositoryOf } from '../src/store/repository.ts';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { buildQueries, type BenchQuery } from './search/queries.ts';
import { Generator, loadVocabulary } from './search/vocabulary.ts';

const { values: args } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000000' },
    queries: { type: 'string', default: '1000' },
    drivers: { type: 'string', default: 'sqlite,postgres' },
    database: { type: 'string', default: process.env.KHABAR_TEST_DATABASE_URL ?? '' },
    batch: { type: 'string', default: '1000' },
    // Query an existing benchmark store of the same size again without rebuilding it (while tuning queries).
    reuse: { type: 'boolean', default: false },
    // The PostgreSQL schema the benchmark store lives in (dropped and rebuilt unless --reuse).
    schema: { type: 'string', default: 'bench_search' },
  },
});
const N = Number(args.articles);
const BATCH = Number(args.batch);
const NOW = new Date('2026-11-25T00:00:00Z');

interface Opened {
  store: Repository;
  indexBytes(): Promise<{ index: number; total: number }>;
  close(): Promise<void>;
}

async function openSqlite(): Promise<Opened> {
  const dir = join(tmpdir(), 'khabar-bench-search');
  if (!args.reuse) rmSync(dir, { recursive: true, force: true });
  const path = join(dir, 'khabar.db');
  const db = new SqliteStore(path);
  return {
    store: repositoryOf(db),
    indexBytes: async () => {
      db.db.pragma('wal_checkpoint(TRUNCATE)');
      const page = db.db.pragma('page_size', { simple: true }) as number;
      const rows = db.db.prepare(`SELECT count(*) AS n FROM dbstat WHERE name LIKE 'article_search%'`).get() as { n: number };
      return { index: rows.n * page, total: statSync(path).size };
    },
    close: async () => db.close(),
  };
}

async function openPostgres(): Promise<Opened | null> {
  if (!args.database) return null;
  const admin = new pg.Client({ connectionString: args.database });
  await admin.connect();
  if (!/^[a-z_][a-z0-9_]*$/.test(args.schema)) throw new Error(`--schema ${args.schema}: use a plain lower-case name`);
  if (!args.reuse) await admin.query(`DROP SCHEMA IF EXISTS ${args.schema} CASCADE`);
  await admin.end();
  const u = new URL(args.database);
  u.searchParams.set('schema', args.schema);
  const db = await PgStore.open(u.href, { poolSize: 4 });
  return {
    store: db,
    indexBytes: async () => {
      if (!args.reuse) await db.pool.query('VACUUM ANALYZE articles, article_terms');
      const { rows } = await db.pool.query<{ index: number; total: number }>(
        `SELECT pg_total_relation_size('article_terms')::float8 AS index,
           (pg_total_relation_size('articles') + pg_total_relation_size('article_terms'))::float8 AS total`,
      );
      return rows[0]!;
    },
    close: async () => db.close(),
  };
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/** The CPU this process spent, in ms: on SQLite all of the store's work happens here, so it is the work itself. */
function cpuMs(since: NodeJS.CpuUsage): number {
  const c = process.cpuUsage(since);
  return (c.user + c.system) / 1000;
}

/** Articles per second of time spent saving, and per second of this process's CPU while saving. */
async function importArticles(store: Repository, gen: Generator): Promise<{ rate: number; cpuRate: number }> {
  let busy = 0;
  let cpu = 0;
  let last = Date.now();
  for (let i = 0; i < N; i += BATCH) {
    const batch = gen.articles(i, Math.min(BATCH, N - i));
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await store.saveArticles(batch);
    busy += performance.now() - t0;
    cpu += cpuMs(c0);
    if (process.stderr.isTTY && Date.now() - last > 1000) {
      last = Date.now();
      process.stderr.write(`\r  ${(i + batch.length).toLocaleString('en')} / ${N.toLocaleString('en')}`);
    }
  }
  if (process.stderr.isTTY) process.stderr.write('\r');
  return { rate: N / (busy / 1000), cpuRate: N / (cpu / 1000) };
}

/** Each query's wall time, and this process's CPU time for it, by kind of query and for all. */
async function runQueries(store: Repository, queries: BenchQuery[]): Promise<{ wall: Map<string, number[]>; cpu: Map<string, number[]> }> {
  for (const q of queries.slice(0, 50)) await search(store, q.text, { now: NOW, limit: 10 }); // warm caches
  const wall = new Map<string, number[]>([['all', []]]);
  const cpu = new Map<string, number[]>([['all', []]]);
  const note = (m: Map<string, number[]>, kind: string, ms: number) => {
    m.get('all')!.push(ms);
    if (!m.has(kind)) m.set(kind, []);
    m.get(kind)!.push(ms);
  };
  for (const q of queries) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await search(store, q.text, { now: NOW, limit: 10 });
    note(wall, q.kind, performance.now() - t0);
    note(cpu, q.kind, cpuMs(c0));
  }
  for (const m of [wall, cpu]) for (const v of m.values()) v.sort((a, b) => a - b);
  return { wall, cpu };
}

const vocab = loadVocabulary();
console.log(`vocabulary: ${vocab.words.length.toLocaleString('en')} words, ${vocab.pairs.toLocaleString('en')} word pairs from the corpora`);
const queries = buildQueries(vocab, Number(args.queries));
const summary: Record<string, { rate: number; p50: number; p99: number }> = {};
for (const name of args.drivers.split(',')) {
  const opened = name === 'sqlite' ? await openSqlite() : name === 'postgres' ? await openPostgres() : null;
  if (!opened) {
    console.log(`${name}: skipped (${name === 'postgres' ? 'no --database and no KHABAR_TEST_DATABASE_URL' : 'unknown driver'})`);
    continue;
  }
  const reused = args.reuse && (await opened.store.countArticles()) === N;
  // The machine is shared: the load average says how much of it the run had.
  const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
  console.log(`\n${name}: load average ${load()}`);
  console.log(`${name}: ${reused ? 'reusing' : 'importing'} ${N.toLocaleString('en')} articles`);
  const imported = reused ? { rate: Number.NaN, cpuRate: Number.NaN } : await importArticles(opened.store, new Generator(vocab, 42, N));
  const rate = imported.rate;
  const size = await opened.indexBytes();
  console.log(`  import            ${Math.round(rate).toLocaleString('en')} articles/s`);
  // SQLite works in this process: its CPU time is its work, whatever else the machine runs. PostgreSQL works in
  // its own processes, so only wall times are given for it.
  const inProcess = name === 'sqlite';
  if (inProcess) console.log(`  import (CPU)      ${Math.round(imported.cpuRate).toLocaleString('en')} articles per CPU-second`);
  console.log(`  full-text index   ${(size.index / 2 ** 20).toFixed(0)} MiB (store ${(size.total / 2 ** 20).toFixed(0)} MiB)`);
  const { wall, cpu } = await runQueries(opened.store, queries);
  for (const [kind, t] of wall) {
    const c = cpu.get(kind)!;
    const cpuNote = inProcess ? `   CPU p50 ${quantile(c, 0.5).toFixed(1).padStart(5)} ms  p99 ${quantile(c, 0.99).toFixed(1).padStart(5)} ms` : '';
    console.log(`  ${kind.padEnd(16)}  n=${String(t.length).padStart(4)}  p50 ${quantile(t, 0.5).toFixed(1).padStart(6)} ms  p99 ${quantile(t, 0.99).toFixed(1).padStart(6)} ms  max ${t[t.length - 1]!.toFixed(1).padStart(6)} ms${cpuNote}`);
  }
  console.log(`  load average      ${load()}`);
  const all = wall.get('all')!;
  summary[name] = { rate, p50: quantile(all, 0.5), p99: quantile(all, 0.99) };
  await opened.close();
}

console.log('\nsummary');
for (const [name, s] of Object.entries(summary)) {
  const bars = [name === 'sqlite' ? `import ≥ 2,000/s ${s.rate >= 2000 ? 'met' : 'NOT met'}` : null, `p99 ≤ 50 ms ${s.p99 <= 50 ? 'met' : 'NOT met'}`].filter(Boolean);
  console.log(`  ${name.padEnd(9)} ${Math.round(s.rate).toLocaleString('en').padStart(7)} articles/s  p50 ${s.p50.toFixed(1)} ms  p99 ${s.p99.toFixed(1)} ms  (${bars.join(', ')})`);
}
if (summary.sqlite && summary.postgres) {
  console.log(`  postgres / sqlite: import ${(summary.postgres.rate / summary.sqlite.rate).toFixed(2)}×, p99 ${(summary.postgres.p99 / summary.sqlite.p99).toFixed(2)}×`);
}
