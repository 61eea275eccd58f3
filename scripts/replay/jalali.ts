// Tehran wall-clock time and Jalali dates, written the ways Persian sites show them.
// Tehran is UTC+03:30 all year (no summer time since 2022), so a fixed offset is exact for the corpus.
import { toJalaali } from 'jalaali-js';
import { faDigits } from './persian.ts';

export const TEHRAN_OFFSET_MINUTES = 210;

export const JALALI_MONTHS = [
  'فروردین',
  'اردیبهشت',
  'خرداد',
  'تیر',
  'مرداد',
  'شهریور',
  'مهر',
  'آبان',
  'آذر',
  'دی',
  'بهمن',
  'اسفند',
] as const;

/** indexed by Date#getUTCDay() of the Tehran wall-clock date (0 = Sunday) */
export const WEEKDAYS = ['یکشنبه', 'دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه', 'شنبه'] as const;

export interface TehranTime {
  jy: number;
  jm: number;
  jd: number;
  weekday: string;
  monthName: string;
  hour: number;
  minute: number;
  second: number;
}

export function tehranTime(date: Date): TehranTime {
  const local = new Date(date.getTime() + TEHRAN_OFFSET_MINUTES * 60_000);
  const { jy, jm, jd } = toJalaali(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate());
  return {
    jy,
    jm,
    jd,
    weekday: WEEKDAYS[local.getUTCDay()] as string,
    monthName: JALALI_MONTHS[jm - 1] as string,
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** «۳ آذر ۱۴۰۵» */
export function jalaliDayMonth(t: TehranTime): string {
  return faDigits(`${t.jd} ${t.monthName} ${t.jy}`);
}

/** «۱۱:۴۵» */
export function clock(t: TehranTime): string {
  return faDigits(`${pad(t.hour)}:${pad(t.minute)}`);
}

/** «۱۴۰۵/۰۹/۰۳» */
export function jalaliNumeric(t: TehranTime): string {
  return faDigits(`${t.jy}/${pad(t.jm)}/${pad(t.jd)}`);
}

/** yyyymmdd of the Jalali date as Latin digits, for news codes such as ISNA's 1405090301234 */
export function jalaliCompact(t: TehranTime): string {
  return `${t.jy}${pad(t.jm)}${pad(t.jd)}`;
}

/** ISO 8601 with Tehran's offset: 2026-11-24T11:45:00+03:30 */
export function isoTehran(date: Date): string {
  const local = new Date(date.getTime() + TEHRAN_OFFSET_MINUTES * 60_000);
  return `${local.toISOString().slice(0, 19)}+03:30`;
}

/** ISO 8601 in UTC without milliseconds: 2026-11-24T08:15:00Z */
export function isoUtc(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

const RFC822_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const RFC822_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 822 date in Tehran time, as Iranian feeds write it: "Tue, 24 Nov 2026 11:45:00 +0330" */
export function rfc822Tehran(date: Date): string {
  const l = new Date(date.getTime() + TEHRAN_OFFSET_MINUTES * 60_000);
  const day = RFC822_DAYS[l.getUTCDay()] as string;
  const month = RFC822_MONTHS[l.getUTCMonth()] as string;
  const time = `${pad(l.getUTCHours())}:${pad(l.getUTCMinutes())}:${pad(l.getUTCSeconds())}`;
  return `${day}, ${pad(l.getUTCDate())} ${month} ${l.getUTCFullYear()} ${time} +0330`;
}

/** RFC 822 in GMT, as the BBC writes it: "Tue, 24 Nov 2026 08:15:00 GMT" */
export function rfc822Gmt(date: Date): string {
  return date.toUTCString();
}
