// npm run bench:search [-- --articles N --queries N --drivers sqlite,postgres]
// Builds N articles (default 1,000,000) from the vocabulary of the Persian corpora into each store driver through
// the bulk path `khabar import` uses (saveArticles, 1,000 a call), then times a fixed mix of queries through the
// whole search (parse, match, BM25 × recency, grouping, snippets of the first page). PostgreSQL comes from
// --database or KHABAR_TEST_DATABASE_URL (bash .ci/postgres.sh). Bars: import ≥ 2,000 articles/s on SQLite,
// search p99 ≤ 50 ms on both. No peer is named for this stage: the drivers are compared with each other.
import { rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
  if (!args.reuse) await admin.query('DROP SCHEMA IF EXISTS bench_search CASCADE');
  await admin.end();
  const u = new URL(args.database);
  u.searchParams.set('schema', 'bench_search');
  const db = await PgStore.open(u.href, { poolSize: 4 });
  return {
    store: db,
    indexBytes: async () => {
      await db.pool.query('VACUUM ANALYZE articles');
      const { rows } = await db.pool.query<{ index: number; total: number }>(
        `SELECT pg_relation_size('articles_search')::float8 AS index, pg_total_relation_size('articles')::float8 AS total`,
      );
      return rows[0]!;
    },
    close: async () => db.close(),
  };
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

async function importArticles(store: Repository, gen: Generator): Promise<number> {
  let busy = 0;
  let last = Date.now();
  for (let i = 0; i < N; i += BATCH) {
    const batch = gen.articles(i, Math.min(BATCH, N - i));
    const t0 = performance.now();
    await store.saveArticles(batch);
    busy += performance.now() - t0;
    if (process.stderr.isTTY && Date.now() - last > 1000) {
      last = Date.now();
      process.stderr.write(`\r  ${(i + batch.length).toLocaleString('en')} / ${N.toLocaleString('en')}`);
    }
  }
  if (process.stderr.isTTY) process.stderr.write('\r');
  return N / (busy / 1000);
}

async function runQueries(store: Repository, queries: BenchQuery[]): Promise<Map<string, number[]>> {
  for (const q of queries.slice(0, 50)) await search(store, q.text, { now: NOW, limit: 10 }); // warm caches
  const times = new Map<string, number[]>([['all', []]]);
  for (const q of queries) {
    const t0 = performance.now();
    await search(store, q.text, { now: NOW, limit: 10 });
    const ms = performance.now() - t0;
    times.get('all')!.push(ms);
    if (!times.has(q.kind)) times.set(q.kind, []);
    times.get(q.kind)!.push(ms);
  }
  for (const v of times.values()) v.sort((a, b) => a - b);
  return times;
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
  console.log(`\n${name}: ${reused ? 'reusing' : 'importing'} ${N.toLocaleString('en')} articles`);
  const rate = reused ? Number.NaN : await importArticles(opened.store, new Generator(vocab, 42, N));
  const size = await opened.indexBytes();
  console.log(`  import            ${Math.round(rate).toLocaleString('en')} articles/s`);
  console.log(`  full-text index   ${(size.index / 2 ** 20).toFixed(0)} MiB (store ${(size.total / 2 ** 20).toFixed(0)} MiB)`);
  const times = await runQueries(opened.store, queries);
  for (const [kind, t] of times) {
    console.log(`  ${kind.padEnd(16)}  n=${String(t.length).padStart(4)}  p50 ${quantile(t, 0.5).toFixed(1).padStart(6)} ms  p99 ${quantile(t, 0.99).toFixed(1).padStart(6)} ms  max ${t[t.length - 1]!.toFixed(1).padStart(6)} ms`);
  }
  const all = times.get('all')!;
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
