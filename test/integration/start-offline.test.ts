import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const BIN = new URL('../../bin/khabar.js', import.meta.url).pathname;
let child: ChildProcess | null = null;

afterEach(() => {
  child?.kill('SIGTERM');
  child = null;
});

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

function run(args: string[]): { proc: ChildProcess; stderr: () => string } {
  let err = '';
  const proc = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  proc.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  child = proc;
  return { proc, stderr: () => err };
}

async function waitForStories(port: number, deadlineMs: number): Promise<number> {
  const until = Date.now() + deadlineMs;
  while (Date.now() < until) {
    try {
      const r = (await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()) as { articles: number };
      if (r.articles >= 20) return r.articles;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return 0;
}

describe('khabar start without reachable sources', () => {
  it('says so per source, falls back to the replay corpus and lists stories within 60 s', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'khabar-start-'));
    // Sources that can never be reached here: a reserved name, and a loopback address the SSRF guard refuses.
    writeFileSync(
      join(dir, 'sources.json'),
      JSON.stringify({ sources: [
        { slug: 'gone', nameFa: 'منبع ناموجود', feeds: ['https://feed.invalid/rss'] },
        { slug: 'inside', nameFa: 'منبع داخلی', feeds: ['http://127.0.0.1:9/rss'] },
      ] }),
    );
    writeFileSync(join(dir, 'khabar.json'), JSON.stringify({ sourcesFile: join(dir, 'sources.json') }));
    const port = await freePort();
    const started = Date.now();
    const { stderr } = run(['start', '--port', String(port), '--data', join(dir, 'data'), '--config', join(dir, 'khabar.json')]);
    const articles = await waitForStories(port, 60_000);
    expect(articles, stderr()).toBeGreaterThanOrEqual(20);
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(stderr()).toMatch(/gone: https:\/\/feed\.invalid\/rss: .*\n/);
    expect(stderr()).toMatch(/inside: http:\/\/127\.0\.0\.1:9\/rss: .*private or loopback/);
    expect(stderr()).toContain('offline demo');
    const home = await (await fetch(`http://127.0.0.1:${port}/`)).text();
    expect(home).toContain('<html dir="rtl" lang="fa">');
    expect(home).toContain('نسخهٔ نمایشی آفلاین');
    expect(home).toMatch(/<a class="title" href="\/article\/\d+">/);
  }, 90_000);

  it('refuses a port in use with one plain line', async () => {
    const blocker = createServer();
    const port = await new Promise<number>((r) => blocker.listen(0, '127.0.0.1', () => r((blocker.address() as { port: number }).port)));
    const { proc, stderr } = run(['start', '--port', String(port), '--data', mkdtempSync(join(tmpdir(), 'khabar-port-'))]);
    const code = await new Promise<number | null>((r) => proc.on('exit', r));
    blocker.close();
    expect(code).not.toBe(0);
    expect(stderr().trim()).toBe(`khabar: port ${port} is already in use; choose another with --port N`);
  }, 30_000);
});
