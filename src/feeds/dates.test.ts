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

describe('parseFeedDate on the usual RFC 822 form, read by position', () => {
  const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const two = (n: number) => String(n).padStart(2, '0');
  it('gives what Date gives for every day of four years, at times and offsets that cross midnight', () => {
    const wrong: string[] = [];
    for (const year of [1970, 2000, 2100, 2200]) {
      for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) {
        const day = new Date(t);
        for (const [h, mi, s, sign, oh, om] of [[0, 5, 0, '+', 3, 30], [23, 59, 60, '-', 5, 0], [12, 0, 7, '+', 99, 99], [1, 1, 1, '-', 0, 0]] as const) {
          const raw = `${DAY_NAMES[day.getUTCDay()]}, ${two(day.getUTCDate())} ${MONTHS[day.getUTCMonth()]} ${year} ${two(h)}:${two(mi)}:${two(s)} ${sign}${two(oh)}${two(om)}`;
          const offset = (sign === '-' ? -1 : 1) * (oh * 60 + om);
          const expected = new Date(Date.UTC(year, day.getUTCMonth(), day.getUTCDate(), h, mi, Math.min(s, 59)) - offset * 60_000).toISOString();
          if (parseFeedDate(raw) !== expected) wrong.push(raw);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
  it('leaves other spellings to the general reading', () => {
    expect(parseFeedDate('tue, 24 nov 2026 11:45:00 +0330')).toBe('2026-11-24T08:15:00.000Z');
    expect(parseFeedDate('Tue, 24 Sept 2026 11:45:00 +0330')).toBe('2026-09-24T08:15:00.000Z');
    expect(parseFeedDate('Tue, 24 Foo 2026 11:45:00 +0330')).toBeNull();
    expect(parseFeedDate(' Tue, 24 Nov 2026 11:45:00 +0330 ')).toBe('2026-11-24T08:15:00.000Z');
    expect(parseFeedDate('Tue, 24 Nov 2026 24:00:00 +0000')).toBeNull();
  });
});
