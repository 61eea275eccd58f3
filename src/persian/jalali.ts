import { toGregorian } from 'jalaali-js';
import { toLatinDigits } from './chars.ts';

const MONTHS = ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند'];

/** Tehran's offset from UTC in minutes at a Jalali date: +3:30, and +4:30 in the summer half until 1401 (2022). */
export function tehranOffsetMinutes(jy: number, jm: number, jd: number): number {
  const summer = (jm === 1 && jd >= 2) || (jm > 1 && jm < 6) || (jm === 6 && jd <= 30);
  return summer && jy <= 1401 ? 270 : 210;
}

/** A Jalali wall-clock time in Tehran to an ISO 8601 UTC string. */
export function jalaliToUtc(jy: number, jm: number, jd: number, hh = 0, mm = 0, ss = 0): string | null {
  if (jm < 1 || jm > 12 || jd < 1 || jd > 31 || hh > 23 || mm > 59 || ss > 59) return null;
  const g = toGregorian(jy, jm, jd);
  const local = Date.UTC(g.gy, g.gm - 1, g.gd, hh, mm, ss);
  return new Date(local - tehranOffsetMinutes(jy, jm, jd) * 60_000).toISOString();
}

function monthNumber(name: string): number {
  const clean = name.replace(/ى|ي/g, 'ی');
  return MONTHS.indexOf(clean) + 1;
}

/**
 * Reads the Jalali dates Persian sites print: «۱۸ دی ۱۴۰۴ - ۱۴:۱۴», «1402/08/12 - 09:05», «۱۴۰۳/۱۱/۲۰»,
 * «سه‌شنبه ۳ آذر ۱۴۰۵ ساعت ۱۱:۴۵». Returns ISO 8601 UTC or null.
 */
export function parseJalali(text: string): string | null {
  const s = toLatinDigits(text).replace(/ي/g, 'ی');
  const time = /(\d{1,2}):(\d{2})(?::(\d{2}))?/.exec(s.replace(/\d{4}[/-]\d{1,2}[/-]\d{1,2}/, ''));
  const [hh, mm, ss] = time ? [Number(time[1]), Number(time[2]), Number(time[3] ?? 0)] : [0, 0, 0];
  const numeric = /(1[34]\d\d)[/-](\d{1,2})[/-](\d{1,2})/.exec(s);
  if (numeric) return jalaliToUtc(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]), hh, mm, ss);
  const named = new RegExp(`(\\d{1,2})\\s*(${MONTHS.join('|')}|دى)\\s*(1[34]\\d\\d)`).exec(s);
  if (named) return jalaliToUtc(Number(named[3]), monthNumber(named[2] ?? ''), Number(named[1]), hh, mm, ss);
  return null;
}

const dateFormat = new Intl.DateTimeFormat('fa-IR-u-ca-persian', {
  timeZone: 'Asia/Tehran',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const timeFormat = new Intl.DateTimeFormat('fa-IR', { timeZone: 'Asia/Tehran', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** «۳ آذر ۱۴۰۵، ۱۱:۴۵» in Tehran time. */
export function formatJalali(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${dateFormat.format(d)}، ${timeFormat.format(d)}`;
}

const UNITS: [number, string][] = [
  [60, 'ثانیه'],
  [60, 'دقیقه'],
  [24, 'ساعت'],
  [30, 'روز'],
  [12, 'ماه'],
];

/** «۵ دقیقه پیش», or the Jalali date for anything older than a month. */
export function formatRelative(iso: string, now: Date): string {
  let value = Math.max(0, (now.getTime() - new Date(iso).getTime()) / 1000);
  if (value < 60) return 'لحظاتی پیش';
  for (const [size, unit] of UNITS) {
    if (value < size) return `${Math.floor(value).toLocaleString('fa-IR')} ${unit} پیش`;
    value /= size;
  }
  return formatJalali(iso);
}
