import { describe, expect, it } from 'vitest';
import { parseFeedDate } from './dates.ts';

describe('parseFeedDate', () => {
  it.each([
    ['Tue, 24 Nov 2026 11:45:00 +0330', '2026-11-24T08:15:00.000Z'],
    ['Tue, 24 Nov 2026 11:45:00 IRST', '2026-11-24T08:15:00.000Z'],
    ['24 Nov 2026 08:15 GMT', '2026-11-24T08:15:00.000Z'],
    ['Tue, 24 Nov 26 03:15:00 EST', '2026-11-24T08:15:00.000Z'],
    ['Tuesday, 24-November-2026 08:15:00', '2026-11-24T08:15:00.000Z'],
    ['2026-11-24T11:45:00+03:30', '2026-11-24T08:15:00.000Z'],
    ['2026-11-24T08:15:00.250Z', '2026-11-24T08:15:00.250Z'],
    ['2026-11-24 08:15:00', '2026-11-24T08:15:00.000Z'],
    ['2026-11-24', '2026-11-24T00:00:00.000Z'],
    ['20261124T081500Z', '2026-11-24T08:15:00.000Z'],
    ['۱۴۰۵/۰۹/۰۳ - ۱۱:۴۵', '2026-11-24T08:15:00.000Z'],
  ])('reads %s', (raw, iso) => expect(parseFeedDate(raw)).toBe(iso));

  it.each(['', 'yesterday', '31 Feb 2026 10:00:00 GMT', '2026-13-01', 'Tue, 24 Nov 2026 11:45:00 +9999x'])('gives null for «%s»', (raw) =>
    expect(parseFeedDate(raw)).toBeNull(),
  );
});

describe('parseFeedDate across midnight', () => {
  it.each([
    ['Tue, 24 Nov 2026 01:15:00 +0330', '2026-11-23T21:45:00.000Z'],
    ['Mon, 31 Dec 2029 23:30:00 -0100', '2030-01-01T00:30:00.000Z'],
    ['Sat, 29 Feb 2028 12:00:59 +0000', '2028-02-29T12:00:59.000Z'],
  ])('reads %s', (raw, iso) => expect(parseFeedDate(raw)).toBe(iso));
  it('refuses a day the month does not have', () => expect(parseFeedDate('Sun, 29 Feb 2026 12:00:00 +0000')).toBeNull());
});
