import { isValidJalaaliDate, toGregorian } from 'jalaali-js';
import { toLatinDigits } from './chars.ts';

const MONTHS = ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند'];

/**
 * Tehran's offset from UTC in minutes at a Jalali date: +3:30, and +4:30 in the summer half (2 Farvardin to
 * 30 Shahrivar) of the years that kept daylight saving time: 1371–1384 and 1387–1401 (1992–2005, 2008–2022;
 * none in 1385 and 1386, none since 1402), and in 1370 from 13 Ordibehesht. The same as the time zone
 * database from 1360 on (jalali.test.ts checks every day); earlier years are not modelled.
 */
export function tehranOffsetMinutes(jy: number, jm: number, jd: number): number {
  const dstYear = (jy >= 1370 && jy <= 1384) || (jy >= 1387 && jy <= 1401);
  const from = jy === 1370 ? 2 * 100 + 13 : 1 * 100 + 2; // month * 100 + day the summer time starts
  const day = jm * 100 + jd;
  return dstYear && day >= from && day <= 6 * 100 + 30 ? 270 : 210;
}

/**
 * A Jalali wall-clock time to an ISO 8601 UTC string: in Tehran time, or at `offset` minutes east of UTC
 * where the text gave one.
 */
export function jalaliToUtc(jy: number, jm: number, jd: number, hh = 0, mm = 0, ss = 0, offset?: number): string | null {
  if (jm < 1 || jm > 12 || jd < 1 || jd > 31 || hh > 23 || mm > 59 || ss > 59) return null;
  const g = toGregorian(jy, jm, jd);
  const local = Date.UTC(g.gy, g.gm - 1, g.gd, hh, mm, ss);
  return new Date(local - (offset ?? tehranOffsetMinutes(jy, jm, jd)) * 60_000).toISOString();
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.replace(/ى|ي/g, 'ی')) + 1;
}

const NUMERIC = /(1[34]\d\d)[/-](\d{1,2})[/-](\d{1,2})/;
/** Day first, as Tasnim prints it: «06/04/1404 03:06:48 ب.ظ». */
const DAY_FIRST = /(?<!\d)(\d{1,2})[/-](\d{1,2})[/-](1[34]\d\d)(?!\d)/;
const NAMED = new RegExp(`(\\d{1,2})\\s*(${MONTHS.join('|')}|دى)\\s*(1[34]\\d\\d)`);
const TIME = /(\d{1,2}):(\d{2})(?::(\d{2}))?/;
/** An offset right after an ISO time: «T10:30:00+03:30», «T07:00:00Z». */
const ISO_ZONE = /T\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})/;
/** «ق.ظ» (before noon) and «ب.ظ» (after noon), standing alone, or spelled out. */
export const BEFORE_NOON = /(?<!\p{L})ق\s?\.\s?ظ(?!\p{L})|قبل[\s\u200C]*از[\s\u200C]*ظهر/u;
export const AFTER_NOON = /(?<!\p{L})ب\s?\.\s?ظ(?!\p{L})|بعد[\s\u200C]*از[\s\u200C]*ظهر/u;

/** Hours on a 12-hour clock with «ق.ظ»/«ب.ظ» to 0–23; other hours as they are. */
export function dayHour(hh: number, s: string): number {
  if (hh > 12) return hh;
  if (AFTER_NOON.test(s)) return hh === 12 ? 12 : hh + 12;
  if (BEFORE_NOON.test(s)) return hh === 12 ? 0 : hh;
  return hh;
}

function zoneMinutes(zone: string): number {
  if (zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.replace(/[^\d]/g, '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}

/**
 * Reads the Jalali dates Persian sites print: «۱۸ دی ۱۴۰۴ - ۱۴:۱۴», «1402/08/12 - 09:05», «۱۴۰۳/۱۱/۲۰»,
 * «سه‌شنبه ۳ آذر ۱۴۰۵ ساعت ۱۱:۴۵», Jalali ISO in any digits («۱۴۰۴-۱۱-۰۷T۱۰:۳۰:۰۰», with or without an offset),
 * and Tasnim's day-first form with a 12-hour clock («06/04/1404 03:06:48 ب.ظ»). Without an offset the time is
 * Tehran's. Returns ISO 8601 UTC, or null where there is no date or it does not exist (۳۱ مهر).
 */
export function parseJalali(text: string): string | null {
  const s = toLatinDigits(text).replace(/ي/g, 'ی');
  const numeric = NUMERIC.exec(s);
  const dayFirst = numeric ? null : DAY_FIRST.exec(s);
  const named = numeric || dayFirst ? null : NAMED.exec(s);
  let date: [number, number, number];
  if (numeric) date = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
  else if (dayFirst) date = [Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1])];
  else if (named) date = [Number(named[3]), monthNumber(named[2] ?? ''), Number(named[1])];
  else return null;
  const [jy, jm, jd] = date;
  if (!isValidJalaaliDate(jy, jm, jd)) return null;
  // The time is looked for in the rest of the text, so that the date's own digits are not taken for it.
  const found = (numeric ?? dayFirst ?? named)!;
  const rest = `${s.slice(0, found.index)} ${s.slice(found.index + found[0].length)}`;
  const time = TIME.exec(rest);
  const hh = time ? dayHour(Number(time[1]), rest) : 0;
  const zone = ISO_ZONE.exec(s);
  return jalaliToUtc(jy, jm, jd, hh, time ? Number(time[2]) : 0, time ? Number(time[3] ?? 0) : 0, zone ? zoneMinutes(zone[1] ?? 'Z') : undefined);
}

export { formatJalali, formatRelative } from './jalali-format.ts';
