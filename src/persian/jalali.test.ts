import { jalaaliMonthLength, toGregorian } from 'jalaali-js';
import { describe, expect, it } from 'vitest';
import { formatJalali, formatRelative, jalaliToUtc, parseJalali, tehranOffsetMinutes } from './jalali.ts';
import { parseRelative } from './jalali-relative.ts';

describe('parseJalali', () => {
  it('reads the named-month form with Persian digits in Tehran time', () => {
    expect(parseJalali('۱۸ دی ۱۴۰۴ - ۱۴:۱۴')).toBe('2026-01-08T10:44:00.000Z');
  });
  it('reads the numeric form with Latin digits', () => {
    expect(parseJalali('1402/08/12 - 09:05')).toBe('2023-11-03T05:35:00.000Z');
  });
  it('applies the summer offset before 2022 and not after', () => {
    expect(parseJalali('۱۴۰۰/۰۴/۰۱ - ۱۲:۰۰')).toBe('2021-06-22T07:30:00.000Z');
    expect(parseJalali('۱۴۰۳/۰۴/۰۱ - ۱۲:۰۰')).toBe('2024-06-21T08:30:00.000Z');
  });
  it('reads a date with a weekday and «ساعت»', () => {
    expect(parseJalali('سه‌شنبه ۳ آذر ۱۴۰۵ ساعت ۱۱:۴۵')).toBe('2026-11-24T08:15:00.000Z');
  });
  it('returns null for text with no date', () => {
    expect(parseJalali('انتهای پیام')).toBeNull();
    expect(parseJalali('۱۴۰۵/۱۳/۰۱')).toBeNull();
  });

  it('reads Jalali ISO with Persian digits, with and without a time', () => {
    expect(parseJalali('۱۴۰۴-۱۱-۰۷T۱۰:۳۰:۰۰')).toBe('2026-01-27T07:00:00.000Z');
    expect(parseJalali('۱۴۰۴-۱۱-۰۷')).toBe('2026-01-26T20:30:00.000Z');
    expect(parseJalali('1404-11-07T10:30:00')).toBe('2026-01-27T07:00:00.000Z');
  });
  it('takes the offset Jalali ISO gives over Tehran time', () => {
    expect(parseJalali('۱۴۰۴-۱۱-۰۷T۱۰:۳۰:۰۰+۰۳:۳۰')).toBe('2026-01-27T07:00:00.000Z');
    expect(parseJalali('1404-11-07T10:30:00Z')).toBe('2026-01-27T10:30:00.000Z');
    expect(parseJalali('1400-04-01T12:00:00+0430')).toBe('2021-06-22T07:30:00.000Z');
  });
  it('reads Jalali ISO in summer with +4:30 until 1401 and +3:30 from 1402', () => {
    expect(parseJalali('۱۴۰۱-۰۶-۳۰T۱۲:۰۰:۰۰')).toBe('2022-09-21T07:30:00.000Z');
    expect(parseJalali('۱۴۰۱-۰۶-۳۱T۱۲:۰۰:۰۰')).toBe('2022-09-22T08:30:00.000Z');
    expect(parseJalali('۱۴۰۲-۰۴-۰۱T۱۲:۰۰:۰۰')).toBe('2023-06-22T08:30:00.000Z');
  });
  it('reads Tasnim’s day-first form with «ق.ظ» and «ب.ظ»', () => {
    expect(parseJalali('06/04/1404 03:06:48 ب.ظ')).toBe('2025-06-27T11:36:48.000Z');
    expect(parseJalali('06/04/1404 03:06:48 ق.ظ')).toBe('2025-06-26T23:36:48.000Z');
    expect(parseJalali('۰۶/۰۴/۱۴۰۴ ۰۳:۰۶:۴۸ ب.ظ')).toBe('2025-06-27T11:36:48.000Z');
  });
  it('reads 12 «ق.ظ» as midnight and 12 «ب.ظ» as noon', () => {
    expect(parseJalali('06/04/1404 12:10:00 ق.ظ')).toBe('2025-06-26T20:40:00.000Z');
    expect(parseJalali('06/04/1404 12:10:00 ب.ظ')).toBe('2025-06-27T08:40:00.000Z');
  });
  it('reads the day-first form in a summer before 1402 at +4:30', () => {
    expect(parseJalali('06/04/1400 03:06:48 ب.ظ')).toBe('2021-06-27T10:36:48.000Z');
  });
  it('does not take a letter pair inside words for «ق.ظ»', () => {
    expect(parseJalali('حق ظالم ۱۴۰۴/۰۴/۰۶ ۰۳:۰۶')).toBe('2025-06-26T23:36:00.000Z');
  });
  it('returns null for days a month does not have', () => {
    expect(parseJalali('۱۴۰۴/۰۷/۳۱')).toBeNull();
    expect(parseJalali('31/07/1404 10:00')).toBeNull();
    expect(parseJalali('۳۰ اسفند ۱۴۰۴')).toBeNull(); // 1404 is not a leap year
    expect(parseJalali('۳۰ اسفند ۱۴۰۳')).toBe('2025-03-19T20:30:00.000Z');
  });
});

describe('Tehran time', () => {
  it('is +3:30, and +4:30 from 2 Farvardin to 30 Shahrivar in the years that kept summer time', () => {
    expect(tehranOffsetMinutes(1400, 1, 1)).toBe(210);
    expect(tehranOffsetMinutes(1400, 1, 2)).toBe(270);
    expect(tehranOffsetMinutes(1400, 6, 30)).toBe(270);
    expect(tehranOffsetMinutes(1400, 6, 31)).toBe(210);
    expect(tehranOffsetMinutes(1385, 4, 1)).toBe(210); // 2006: no summer time
    expect(tehranOffsetMinutes(1401, 4, 1)).toBe(270); // 2022: the last summer
    expect(tehranOffsetMinutes(1402, 4, 1)).toBe(210);
  });
  it('agrees with the time zone database on every day from 1360 to 1410', () => {
    const zone = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Tehran', timeZoneName: 'longOffset' });
    const offsetAt = (date: Date): number => {
      const name = zone.formatToParts(date).find((p) => p.type === 'timeZoneName')?.value ?? '';
      const m = /GMT([+-])(\d\d):(\d\d)/.exec(name);
      return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
    };
    const differ: string[] = [];
    for (let jy = 1360; jy <= 1410; jy++) {
      for (let jm = 1; jm <= 12; jm++) {
        for (let jd = 1; jd <= jalaaliMonthLength(jy, jm); jd++) {
          const g = toGregorian(jy, jm, jd);
          const ours = tehranOffsetMinutes(jy, jm, jd);
          if (offsetAt(new Date(Date.UTC(g.gy, g.gm - 1, g.gd, 12) - ours * 60_000)) !== ours) differ.push(`${jy}/${jm}/${jd}`);
        }
      }
    }
    expect(differ).toEqual([]);
  });
  it('converts a wall-clock time at a given offset', () => {
    expect(jalaliToUtc(1404, 11, 7, 10, 30, 0, 0)).toBe('2026-01-27T10:30:00.000Z');
    expect(jalaliToUtc(1404, 11, 7, 10, 30)).toBe('2026-01-27T07:00:00.000Z');
  });
});

describe('parseRelative', () => {
  // 13:30 on 7 Bahman 1404 in Tehran.
  const now = new Date('2026-01-27T10:00:00Z');

  it('reads hours, minutes and «لحظاتی پیش» against now', () => {
    expect(parseRelative('۳ ساعت پیش', now)).toBe('2026-01-27T07:00:00.000Z');
    expect(parseRelative('۵ دقیقه پیش', now)).toBe('2026-01-27T09:55:00.000Z');
    expect(parseRelative('لحظاتی پیش', now)).toBe('2026-01-27T10:00:00.000Z');
    expect(parseRelative('۱۰ ثانیه قبل', now)).toBe('2026-01-27T09:59:50.000Z');
  });
  it('reads amounts in words, halves, weeks and sums', () => {
    expect(parseRelative('یک هفته پیش', now)).toBe('2026-01-20T10:00:00.000Z');
    expect(parseRelative('نیم ساعت پیش', now)).toBe('2026-01-27T09:30:00.000Z');
    expect(parseRelative('۲ روز و ۴ ساعت پیش', now)).toBe('2026-01-25T06:00:00.000Z');
    expect(parseRelative('۱ ساعت و ۲۰ دقیقه قبل', now)).toBe('2026-01-27T08:40:00.000Z');
  });
  it('counts months on the Jalali calendar in Tehran time', () => {
    expect(parseRelative('۳ ماه پیش', now)).toBe('2025-10-29T10:00:00.000Z'); // 7 Aban 1404, 13:30
    expect(parseRelative('۱ سال پیش', now)).toBe('2025-01-26T10:00:00.000Z'); // 7 Bahman 1403, 13:30
  });
  it('reads «دیروز» as yesterday at 00:00 Tehran time, and with a time of day', () => {
    expect(parseRelative('دیروز', now)).toBe('2026-01-25T20:30:00.000Z');
    expect(parseRelative('دیروز ساعت ۱۴:۳۰', now)).toBe('2026-01-26T11:00:00.000Z');
    expect(parseRelative('امروز ۰۹:۱۰', now)).toBe('2026-01-27T05:40:00.000Z');
    expect(parseRelative('پریروز', now)).toBe('2026-01-24T20:30:00.000Z');
    expect(parseRelative('دیروز ۰۳:۱۰ ب.ظ', now)).toBe('2026-01-26T11:40:00.000Z');
  });
  it('takes the day in Tehran, not in UTC', () => {
    // 00:30 on 7 Bahman in Tehran is still 26 January in UTC.
    expect(parseRelative('دیروز', new Date('2026-01-26T21:00:00Z'))).toBe('2026-01-25T20:30:00.000Z');
  });
  it('uses +4:30 for days in the summers before 1402', () => {
    // 00:30 on 2 Tir 1400 in Tehran (+4:30); yesterday began at 1 Tir 00:00 +4:30.
    expect(parseRelative('دیروز', new Date('2021-06-22T20:00:00Z'))).toBe('2021-06-21T19:30:00.000Z');
    expect(parseRelative('۲ ماه پیش', new Date('2021-06-22T20:00:00Z'))).toBe('2021-04-21T20:00:00.000Z');
  });
  it('returns null for vague amounts and other text', () => {
    expect(parseRelative('ساعاتی پیش', now)).toBeNull();
    expect(parseRelative('دیروز در تهران', now)).toBeNull();
    expect(parseRelative('۳ ساعت', now)).toBeNull();
    expect(parseRelative('انتهای پیام', now)).toBeNull();
  });
});

describe('formatJalali', () => {
  it('prints Persian digits and the month name in Tehran time', () => {
    expect(formatJalali('2026-11-24T08:15:00Z')).toBe('۳ آذر ۱۴۰۵، ۱۱:۴۵');
  });
  it('prints relative times in Persian', () => {
    const now = new Date('2026-11-24T10:00:00Z');
    expect(formatRelative('2026-11-24T09:55:00Z', now)).toBe('۵ دقیقه پیش');
    expect(formatRelative('2026-11-24T07:00:00Z', now)).toBe('۳ ساعت پیش');
  });
  it('reads back what formatRelative prints', () => {
    const now = new Date('2026-11-24T10:00:00Z');
    for (const iso of ['2026-11-24T09:55:00.000Z', '2026-11-24T07:00:00.000Z', '2026-11-21T10:00:00.000Z']) {
      expect(parseRelative(formatRelative(iso, now), now)).toBe(iso);
    }
  });
});
