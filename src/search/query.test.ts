import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDateFilter } from './dates.ts';
import { parseQuery } from './query.ts';

describe('parseQuery', () => {
  it('reads words, phrases, exclusions and filters', () => {
    const q = parseQuery('بودجه "پیش نویس قانون" -مجلس source:isna since:1405/09/01 until:2026-11-30');
    expect(q.must).toEqual([['بودجه'], ['پیش', 'نویس', 'قانون']]);
    expect(q.not).toEqual([['مجلس']]);
    expect(q.sources).toEqual(['isna']);
    expect(q.since).toBe('2026-11-21T20:30:00.000Z'); // ۱ آذر ۱۴۰۵, midnight in Tehran
    expect(q.until).toBe('2026-12-01T00:00:00.000Z'); // the whole of 30 November
    expect(q.warnings).toEqual([]);
  });

  it('reads Persian filter names, «» quotes and Persian digits', () => {
    const q = parseQuery('«آتش بس» منبع:ایسنا از:۱۴۰۵/۰۹/۰۳ تا:"۵ آذر ۱۴۰۵"');
    expect(q.must).toEqual([['اتش', 'بس']]);
    expect(q.sources).toEqual(['ایسنا']);
    expect(q.since).toBe('2026-11-23T20:30:00.000Z');
    expect(q.until).toBe('2026-11-26T20:30:00.000Z');
  });

  it('keeps a compound together however it is spelled', () => {
    for (const spelling of ['پیش‌نویس', 'پیش نویس', 'پیشنویس']) expect(parseQuery(spelling).must).toEqual([['پیش', 'نویس']]);
  });

  it('ignores a malformed filter with a warning and keeps the rest', () => {
    const q = parseQuery('تهران since:yesterday until:1405/13/01 source:');
    expect(q.must).toEqual([['تهران']]);
    expect(q.since).toBeNull();
    expect(q.until).toBeNull();
    expect(q.sources).toEqual([]);
    expect(q.warnings).toHaveLength(3);
    expect(q.warnings[0]).toMatch(/^since:yesterday: not a date/);
  });

  it('reads operators of FTS5 and tsquery as plain text', () => {
    const q = parseQuery('a AND b OR NOT c* NEAR(d e) f & g | !h <-> i:* (j) {k} ^l');
    expect(q.must.flat()).toEqual(['a', 'and', 'b', 'or', 'not', 'c', 'near', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l']);
    expect(q.not).toEqual([]);
  });

  it('never throws, and gives only non-empty tokens of letters and digits', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ab ی"«»-:()*^&|!<>سنپ‌ 1۲\'\\') , maxLength: 60 }), fc.string({ maxLength: 40 }), (a, b) => {
        for (const input of [a, b, a + b]) {
          const q = parseQuery(input);
          for (const t of [...q.must, ...q.not]) for (const tok of t) expect(tok).toMatch(/^[\p{L}\p{N}.]+$/u);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseDateFilter', () => {
  it('reads days, months and years of both calendars', () => {
    expect(parseDateFilter('2026-11-24')).toEqual({ start: '2026-11-24T00:00:00.000Z', end: '2026-11-25T00:00:00.000Z' });
    expect(parseDateFilter('2026/02')).toEqual({ start: '2026-02-01T00:00:00.000Z', end: '2026-03-01T00:00:00.000Z' });
    expect(parseDateFilter('1405')).toEqual({ start: '2026-03-20T20:30:00.000Z', end: '2027-03-20T20:30:00.000Z' });
    expect(parseDateFilter('1405-12')?.start).toBe('2027-02-19T20:30:00.000Z');
    expect(parseDateFilter('2026-02-30')).toBeNull();
    expect(parseDateFilter('1405/07/31')).toBeNull();
    expect(parseDateFilter('99999')).toBeNull();
  });
});
