import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerCluster } from './cluster.ts';

async function run(...args: string[]): Promise<{ out: string; err: string; code: number | undefined }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  const program = new Command().exitOverride();
  registerCluster(program);
  process.exitCode = undefined;
  try {
    await program.parseAsync(['node', 'khabar', 'cluster', ...args]);
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
  const code = process.exitCode === undefined ? undefined : Number(process.exitCode);
  process.exitCode = undefined;
  return { out, err, code };
}

afterEach(() => vi.restoreAllMocks());

describe('khabar cluster', () => {
  const dir = mkdtempSync(join(tmpdir(), 'khabar-cluster-'));

  it('prints {id, story, duplicateOf?} for each line, in input order', async () => {
    const file = join(dir, 'in.jsonl');
    writeFileSync(
      file,
      [
        { id: 1, title: 'مدارس تهران فردا چهارشنبه غیرحضوری شد', source: 'irna', published: '2026-11-24T09:40:00Z' },
        { id: 2, title: 'فولاد سیرجان ۳ بر یک هراز آمل را شکست داد', source: 'fars', published: '2026-11-24T17:45:00Z' },
        { id: 3, title: 'مدارس تهران فردا چهارشنبه غیرحضوری شد + فیلم', source: 'hamshahri', published: '2026-11-24T10:15:00Z' },
      ]
        .map((l) => JSON.stringify(l))
        .join('\n'),
    );
    const { out, err, code } = await run(file);
    expect(err).toBe('');
    expect(code).toBeUndefined();
    expect(out.trim().split('\n').map((l) => JSON.parse(l))).toEqual([
      { id: 1, story: 1 },
      { id: 2, story: 2 },
      { id: 3, story: 1, duplicateOf: 1 },
    ]);
  });

  it('names the file and line of bad input, and still answers the good lines', async () => {
    const file = join(dir, 'bad.jsonl');
    writeFileSync(file, `${JSON.stringify({ id: 'a', title: 'خبر', source: 's', published: '2026-11-24T09:40:00Z' })}\n{"id": "b"}\n`);
    const { out, err, code } = await run(file);
    expect(out.trim()).toBe('{"id":"a","story":1}');
    expect(err).toBe(`${file}:2: title is missing\n`);
    expect(code).toBe(1);
  });

  it('says plainly when the file is missing', async () => {
    await expect(run(join(dir, 'nope.jsonl'))).rejects.toThrow(`${join(dir, 'nope.jsonl')}: no such file`);
  });
});
