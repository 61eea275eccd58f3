import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ReplayServer, startReplayServer } from '../../src/replay/server.ts';
import { REPLAY_DIR, readManifest } from './manifest.ts';

const BIN = new URL('../../bin/khabar.js', import.meta.url).pathname;
const manifest = readManifest();
let replay: ReplayServer;
let dir: string;

beforeAll(async () => {
  replay = await startReplayServer({ dir: REPLAY_DIR, port: 0 });
  dir = mkdtempSync(join(tmpdir(), 'khabar-crash-'));
  const { outlets } = JSON.parse(readFileSync(join(REPLAY_DIR, 'outlets.json'), 'utf8')) as {
    outlets: { slug: string; nameFa: string; feed: { path: string } }[];
  };
  const sources = outlets.map((o) => ({ slug: o.slug, nameFa: o.nameFa, feeds: [`${replay.url}${o.feed.path}`], allowPrivate: true }));
  writeFileSync(join(dir, 'sources.json'), JSON.stringify({ sources }));
  writeFileSync(
    join(dir, 'khabar.json'),
    JSON.stringify({ sourcesFile: join(dir, 'sources.json'), http: { perHostSpacingMs: 0 }, logLevel: 'silent' }),
  );
});

afterAll(async () => {
  await replay.close();
});

function countArticles(): number {
  try {
    const db = new Database(join(dir, 'data', 'khabar.db'), { readonly: true, fileMustExist: true });
    const n = (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    db.close();
    return n;
  } catch {
    return 0; // not created or not migrated yet
  }
}

/** Runs `khabar crawl --once`; with `killAt`, SIGKILLs it as soon as that many articles are stored. */
function crawlOnce(killAt?: number): Promise<number | null> {
  const proc = spawn(process.execPath, [BIN, 'crawl', '--once', '--data', join(dir, 'data'), '--config', join(dir, 'khabar.json')], {
    stdio: 'ignore',
  });
  const watch =
    killAt === undefined
      ? null
      : setInterval(() => {
          if (countArticles() >= killAt) proc.kill('SIGKILL');
        }, 20);
  return new Promise((resolve) =>
    proc.on('exit', (code) => {
      if (watch) clearInterval(watch);
      resolve(code);
    }),
  );
}

describe('a crawl killed mid-way', () => {
  it('loses and duplicates nothing once restarted, and the database stays sound', async () => {
    // Kill points spread over the crawl by progress, not by time, so a slow machine kills at the same stages.
    for (const n of [1, 60, 130, 200]) await crawlOnce(n);
    const killedAt = countArticles();
    // The kills must have landed mid-crawl, or the test proves nothing.
    expect(killedAt).toBeGreaterThan(0);
    expect(killedAt).toBeLessThan(manifest.articles.length);
    let finished: number | null = 1;
    for (let i = 0; i < 3 && finished !== 0; i++) finished = await crawlOnce();
    const db = new Database(join(dir, 'data', 'khabar.db'), { readonly: true });
    const count = (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    const distinct = (db.prepare('SELECT count(DISTINCT url) AS n FROM articles').get() as { n: number }).n;
    const integrity = db.pragma('integrity_check', { simple: true });
    db.close();
    expect(finished).toBe(0);
    expect(integrity).toBe('ok');
    expect(distinct).toBe(count);
    expect(count).toBe(manifest.articles.length);
  }, 180_000);
});
