import { describe, expect, it } from 'vitest';
import { clusterLines } from './cluster-jsonl.ts';

const line = (o: object) => JSON.stringify(o);

describe('clusterLines (khabar cluster)', () => {
  const lines = [
    line({ id: 'b', title: 'سپهر خبر :: زلزله 5.1 ريشتري زرند كرمان را لرزاند؛ 9 نفر مصدوم شدند', source: 'sepehr', published: '2026-11-25T05:00:00Z' }),
    line({ id: 'a', title: 'زلزله ۵٫۱ ریشتری زرند کرمان را لرزاند؛ ۹ نفر مصدوم شدند', source: 'tasnim', published: '2026-11-25T03:35:00Z' }),
    line({ id: 7, title: 'زلزله ۴٫۷ ریشتری زرند کرمان را لرزاند', source: 'irna', published: '2026-11-24T04:45:00Z' }),
    '',
    'not json',
    line({ id: 'c', title: 'خبر بی‌تاریخ', source: 'x', published: 'دیروز' }),
    line({ id: 'a', title: 'تکراری', source: 'x', published: '2026-11-25T06:00:00Z' }),
  ];
  const { output, errors } = clusterLines(lines, 'in.jsonl');
  const parsed = output.map((o) => JSON.parse(o) as { id: string | number; story: number; duplicateOf?: string | number });

  it('answers every good line in input order, on headlines alone', () => {
    expect(parsed.map((p) => p.id)).toEqual(['b', 'a', 7]);
    const [b, a, seven] = parsed;
    expect(b?.story).toBe(a?.story);
    expect(b?.duplicateOf).toBe('a');
    expect(a?.duplicateOf).toBeUndefined();
    expect(seven?.story).not.toBe(a?.story);
    expect(Object.keys(a ?? {})).toEqual(['id', 'story']);
  });

  it('numbers stories from 1 in order of appearance', () => {
    expect(parsed.map((p) => p.story)).toEqual([1, 1, 2]);
  });

  it('reports each bad line with its file and line number', () => {
    expect(errors).toEqual(['in.jsonl:5: not valid JSON', 'in.jsonl:6: published is not a date', 'in.jsonl:7: id "a" appears twice']);
  });
});
