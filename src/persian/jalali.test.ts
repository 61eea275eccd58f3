import { describe, expect, it } from 'vitest';
import { formatJalali, formatRelative, parseJalali } from './jalali.ts';

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
});
