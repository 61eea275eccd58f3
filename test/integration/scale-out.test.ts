// Three crawl workers and two web processes against one PostgreSQL on loopback, crawling the replay corpus:
// every article is stored once, a worker killed mid-crawl loses nothing, and both web processes serve the same store.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ReplayServer, startReplayServer } from '../../src/replay/server.ts';
import { NO_POSTGRES, dropSchema, freshSchema, schemaUrl } from '../../src/store/testing/drivers.ts';
import { REPLAY_DIR, readManifest } from './manifest.ts';

const BIN = new URL('../../bin/khabar.js', import.meta.url).pathname;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function until<T>(what: string, fn: () => Promise<T | null>, seconds: number): Promise<T> {
  const end = Date.now() + seconds * 1000;
  for (;;) {
    const v = await fn().catch(() => null);
    if (v !== null) return v;
    if (Date.now() > end) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe.skipIf(NO_POSTGRES !== null)(NO_POSTGRES ?? 'scale-out on PostgreSQL', () => {
  const manifest = readManifest();
  const schema = freshSchema('scale');
  const children: ChildProcess[] = [];
  let replay: ReplayServer;
  let db: pg.Client;
  let config: string;

  const khabar = (...args: string[]) => {
    const child = spawn(process.execPath, [BIN, ...args, '--config', config], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code, signal) => {
      if (code && code !== 0 && signal !== 'SIGKILL') console.error(`khabar ${args[0]} exited ${code}: ${err.slice(-2000)}`);
    });
    children.push(child);
    return child;
  };
  const count = async (sql: string) => Number((await db.query<{ n: string }>(sql)).rows[0]?.n ?? 0);

  beforeAll(async () => {
    replay = await startReplayServer({ dir: REPLAY_DIR, port: 0 });
    const dir = mkdtempSync(join(tmpdir(), 'khabar-scale-'));
    const { outlets } = JSON.parse(readFileSync(join(REPLAY_DIR, 'outlets.json'), 'utf8')) as {
      outlets: { slug: string; nameFa: string; aliases: string[]; feed: { path: string } }[];
    };
    const sources = outlets.map((o) => ({ slug: o.slug, nameFa: o.nameFa, aliases: o.aliases, feeds: [`${replay.url}${o.feed.path}`], allowPrivate: true }));
    writeFileSync(join(dir, 'sources.json'), JSON.stringify({ sources }));
    config = join(dir, 'khabar.json');
    writeFileSync(
      config,
      JSON.stringify({
        database: schemaUrl(schema),
        dataDir: join(dir, 'data'),
        sourcesFile: join(dir, 'sources.json'),
        http: { perHostSpacingMs: 0 },
        crawl: { tickSeconds: 1, sourceConcurrency: 2 },
        logLevel: 'warn',
      }),
    );
    db = new pg.Client({ connectionString: schemaUrl(schema).replace(/[?&]schema=[^&]*/, ''), options: `-c search_path=${schema}` });
    await db.connect();
  });

  afterAll(async () => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    await db?.end();
    await replay?.close();
    await dropSchema(schema).catch(() => undefined);
    await dropSchema(`${schema}_boss`).catch(() => undefined);
  });

  it('crawls the replay corpus with 3 workers, one killed mid-crawl, and serves it from 2 web processes', async () => {
    const workers = [1, 2, 3].map(() => khabar('worker', '--job-timeout', '15', '--jobs', '2'));
    // Kill one worker as soon as articles are arriving: its jobs expire and the others take them.
    await until('the first articles', async () => ((await count('SELECT count(*) AS n FROM articles').catch(() => 0)) >= 20 ? true : null), 120);
    workers[0]!.kill('SIGKILL');
    const total = manifest.articles.length;
    const stored = await until(
      'every article',
      async () => {
        const n = await count('SELECT count(*) AS n FROM articles');
        const busy = await count(`SELECT count(*) AS n FROM ${schema}_boss.job WHERE state IN ('created', 'retry', 'active')`);
        return n >= total && busy === 0 ? n : null;
      },
      420, // seconds: a loaded two-core machine takes minutes, an idle one well under two
    );
    expect(stored).toBe(total);
    expect(await count('SELECT count(DISTINCT url) AS n FROM articles')).toBe(total);
    expect(await count('SELECT count(DISTINCT canonical_url) AS n FROM articles')).toBe(total);
    expect(await count('SELECT count(*) AS n FROM source_health WHERE last_success IS NULL')).toBe(0);
    // Every article has its story, and every story it points to is a live one: placements from three processes,
    // serialized by the advisory lock, agree.
    await until('every story', async () => ((await count('SELECT count(*) AS n FROM articles WHERE story IS NULL')) === 0 ? true : null), 60);
    expect(await count('SELECT count(*) AS n FROM articles a WHERE NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = a.story AND s.merged_into IS NULL)')).toBe(0);
    expect(await count('SELECT count(*) AS n FROM stories s WHERE merged_into IS NULL AND article_count <> (SELECT count(*) FROM articles a WHERE a.story = s.id)')).toBe(0);
    const multi = await count('SELECT count(*) AS n FROM (SELECT story FROM articles GROUP BY story HAVING count(DISTINCT source) > 1) t');
    expect(multi).toBeGreaterThan(20); // the corpus tells 45 events through several outlets

    const ports = [await freePort(), await freePort()];
    for (const port of ports) khabar('serve', '--port', String(port));
    const answers = await Promise.all(
      ports.map((port) =>
        until('a web process', async () => {
          const res = await fetch(`http://127.0.0.1:${port}/healthz`);
          return res.ok ? ((await res.json()) as { articles: number }) : null;
        }, 60),
      ),
    );
    for (const a of answers) expect(a.articles).toBe(total);
    const searches = await Promise.all(
      ports.map(async (port) => (await fetch(`http://127.0.0.1:${port}/api/v1/search?q=${encodeURIComponent('تهران')}`)).json() as Promise<{ total: number; results: { url: string }[] }>),
    );
    expect(searches[0]!.total).toBeGreaterThan(0);
    // The same answer from either process (links differ only by the port each was asked on).
    const same = (r: { total: number; results: { url: string }[] }) => ({ total: r.total, urls: r.results.map((x) => x.url) });
    expect(same(searches[1]!)).toEqual(same(searches[0]!));
    const home = await fetch(`http://127.0.0.1:${ports[1]}/`);
    expect(home.status).toBe(200);
  }, 600_000);
});
