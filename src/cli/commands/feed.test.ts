import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = new URL('../../../bin/khabar.js', import.meta.url).pathname;
const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'khabar-feed-cli-'));
const RSS = `<?xml version="1.0" encoding="windows-1256"?><rss version="2.0"><channel><title>سپهر خبر</title><link>https://sepehr.example/</link>
<item><title>خبر فوري از تهران</title><link>/news/1</link><pubDate>Tue, 24 Nov 2026 11:45:00 +0330</pubDate><description>&lt;p&gt;متن خبر&lt;/p&gt;</description></item></channel></rss>`;
let server: Server;
let base = '';

beforeAll(async () => {
  writeFileSync(join(dir, 'sepehr.xml'), iconv.encode(RSS, 'windows-1256'));
  server = createServer((req, res) => {
    if (req.url === '/rss') return void res.writeHead(200, { 'content-type': 'application/rss+xml; charset=windows-1256' }).end(iconv.encode(RSS, 'windows-1256'));
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((r) => server.close(r)));

async function khabar(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { cwd: dir });
    return { stdout, stderr, code: 0 };
  } catch (err) {
    const e = err as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

describe('khabar feed', () => {
  it('prints one line per input in order with --jsonl, an error line for what cannot be read', async () => {
    const r = await khabar('feed', '--jsonl', 'sepehr.xml', `${base}/rss`, 'missing.xml');
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toEqual({
      title: 'سپهر خبر',
      link: 'https://sepehr.example/',
      items: [
        {
          id: 'https://sepehr.example/news/1',
          title: 'خبر فوری از تهران',
          link: 'https://sepehr.example/news/1',
          published: '2026-11-24T08:15:00.000Z',
          updated: null,
          summary: 'متن خبر',
          contentHtml: '',
          author: null,
          categories: [],
          enclosures: [],
        },
      ],
    });
    expect(lines[1]).toEqual({ input: `${base}/rss`, error: `${base}/rss: 127.0.0.1 is a private or loopback address; Khabar reads it only with --allow-private` });
    expect(lines[2]).toEqual({ input: 'missing.xml', error: 'missing.xml: no such file' });
    expect(r.code).toBe(1);
  });

  it('reads a loopback URL with --allow-private, resolving relative links against where the feed came from', async () => {
    const r = await khabar('feed', `${base}/rss`, '--allow-private', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ title: 'سپهر خبر', items: [{ link: `${base}/news/1` }] });
  });
});
