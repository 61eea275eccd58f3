import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The command line is a contract (DESIGN.md): a command whose module exists but is missing from main.ts's map
// would pass its own unit test and still be unknown to `npx khabar`. This runs the real entry point.
const bin = fileURLToPath(new URL('../../bin/khabar.js', import.meta.url));
const CONTRACT = ['start', 'serve', 'crawl', 'worker', 'sources', 'opml', 'replay', 'normalize', 'feed', 'extract', 'cluster', 'import', 'export', 'search', 'reindex'];

describe('npx khabar', () => {
  it('knows every command of the contract', () => {
    const r = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    const listed = new Set([...r.stdout.matchAll(/^ {2}([a-z]+)\b/gm)].map((m) => m[1]));
    expect(CONTRACT.filter((c) => !listed.has(c))).toEqual([]);
  });

  it('answers an unknown command with one line and exit code 2', () => {
    const r = spawnSync(process.execPath, [bin, 'frobnicate'], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
