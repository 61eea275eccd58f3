// Moving a store is two commands: `khabar export` from SQLite, `khabar import` into PostgreSQL (or back); what
// comes out of the second store is what went into the first.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NO_POSTGRES, dropSchema, freshSchema, schemaUrl } from '../../src/store/testing/drivers.ts';

const BIN = new URL('../../bin/khabar.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'khabar-move-'));
const schema = freshSchema('move');

function khabar(...args: string[]): string {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env } });
  if (r.status !== 0) throw new Error(`khabar ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

const LINES = [
  { kind: 'source', slug: 'isna', nameFa: 'ایسنا', nameEn: 'ISNA', homepage: 'https://www.isna.ir', feeds: ['https://www.isna.ir/rss'], aliases: ['خبرگزاری دانشجویان'], affiliation: 'semi-official', affiliationCitation: 'https://en.wikipedia.org/wiki/ISNA' },
  { url: 'https://www.isna.ir/news/1', title: 'پیش‌نویس بودجه به مجلس رسید', lead: 'نمایندگان آن را بررسی می‌کنند.', text: 'متن خبر نخست', source: 'isna', published: '2026-11-24T08:00:00Z', tags: ['بودجه'] },
  { url: 'https://www.mehrnews.com/news/2', title: 'لایحهٔ بودجه تقدیم مجلس شد', lead: 'پیش‌نویس بودجه به مجلس رسید.', text: 'متن خبر دوم', source: 'mehr', published: '2026-11-24T09:00:00Z' },
];

afterAll(async () => {
  if (!NO_POSTGRES) await dropSchema(schema).catch(() => undefined);
});

describe.skipIf(NO_POSTGRES !== null)(NO_POSTGRES ?? 'export and import', () => {
  it('moves sources and articles from SQLite to PostgreSQL and back unchanged', () => {
    const file = join(dir, 'in.jsonl');
    writeFileSync(file, `${LINES.map((l) => JSON.stringify(l)).join('\n')}\n`);
    const config = join(dir, 'khabar.json');
    writeFileSync(config, JSON.stringify({ sourcesFile: join(dir, 'none.json'), logLevel: 'silent' }));
    writeFileSync(join(dir, 'none.json'), JSON.stringify({ sources: [] }));
    const common = ['--config', config];
    expect(khabar('import', file, '--data', join(dir, 'a'), ...common)).toMatch(/3 lines, 2 new articles, 0 bad lines/);
    const fromSqlite = khabar('export', '--data', join(dir, 'a'), ...common);
    writeFileSync(join(dir, 'out.jsonl'), fromSqlite);
    const pg = schemaUrl(schema);
    expect(khabar('import', join(dir, 'out.jsonl'), '--database', pg, ...common)).toMatch(/2 new articles, 0 bad lines/);
    const fromPostgres = khabar('export', '--database', pg, ...common);
    expect(fromPostgres).toBe(fromSqlite);
    const lines = fromSqlite.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.filter((l) => l.kind === 'source').map((l) => l.slug)).toEqual(['isna', 'mehr']);
    expect(lines[0]).toMatchObject({ aliases: ['خبرگزاری دانشجویان'], affiliationCitation: 'https://en.wikipedia.org/wiki/ISNA' });
    const articles = lines.filter((l) => !l.kind);
    expect(articles.map((a) => a.title)).toEqual(['پیش‌نویس بودجه به مجلس رسید', 'لایحهٔ بودجه تقدیم مجلس شد']);
    expect(articles.every((a) => typeof a.story === 'number')).toBe(true);
    // The search answers the same from both stores.
    const a = JSON.parse(khabar('search', 'پیشنویس', '--json', '--data', join(dir, 'a'), ...common)) as { total: number; results: { url: string }[] };
    const b = JSON.parse(khabar('search', 'پیشنویس', '--json', '--database', pg, ...common)) as typeof a;
    expect(b).toEqual(a);
    expect(a.total).toBe(2);
  }, 120_000);
});
