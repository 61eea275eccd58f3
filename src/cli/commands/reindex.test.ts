import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';

const BIN = new URL('../../../bin/khabar.js', import.meta.url).pathname;

function khabar(...args: string[]): string {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`khabar ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

describe('khabar reindex', () => {
  it('keys again an article stored with an older search key, so that search finds it, and writes nothing twice', () => {
    const dir = mkdtempSync(join(tmpdir(), 'khabar-reindex-'));
    const data = join(dir, 'data');
    const config = join(dir, 'khabar.json');
    writeFileSync(join(dir, 'none.json'), JSON.stringify({ sources: [] }));
    writeFileSync(config, JSON.stringify({ sourcesFile: join(dir, 'none.json'), logLevel: 'silent' }));
    const line = { url: 'https://www.isna.ir/news/1', title: 'بودجهٔ عمرانی', lead: '', text: 'در بخش هزینه‌ها، اعتبارات کم شد.', source: 'isna', published: '2026-11-24T08:00:00Z' };
    writeFileSync(join(dir, 'in.jsonl'), `${JSON.stringify(line)}\n`);
    const common = ['--data', data, '--config', config];
    khabar('import', join(dir, 'in.jsonl'), ...common);
    const search = () => (JSON.parse(khabar('search', 'هزینه‌ها', '--json', ...common)) as { total: number }).total;
    expect(search()).toBe(1);
    // As an earlier version stored it: «هزینه‌ها،» keyed as two words, with the content hash of that key.
    const db = new Database(join(data, 'khabar.db'));
    db.prepare("UPDATE articles SET search_key = replace(search_key, 'هزینهها', 'هزینه ها'), content_hash = 'older'").run();
    db.close();
    expect(search()).toBe(0);
    expect(khabar('reindex', ...common)).toBe('1 article read, 1 keyed again\n');
    expect(search()).toBe(1);
    expect(khabar('reindex', ...common)).toBe('1 article read, 0 keyed again\n');
  }, 60_000);
});
