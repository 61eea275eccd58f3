import { jalaaliMonthLength, toJalaali } from 'jalaali-js';
import { toLatinDigits } from './chars.ts';
import { AFTER_NOON, BEFORE_NOON, dayHour, jalaliToUtc, tehranOffsetMinutes } from './jalali.ts';

// Relative times as Persian sites print them next to a headline: «۳ ساعت پیش», «۵ دقیقه پیش», «۲ روز و
// ۴ ساعت پیش», «دیروز», «دیروز ساعت ۱۴:۳۰», «لحظاتی پیش», read against a `now` the caller passes in.

const SECONDS: Record<string, number> = { ثانیه: 1, دقیقه: 60, ساعت: 3600, روز: 86_400, هفته: 604_800 };
/** Months and years are counted on the Jalali calendar, in Tehran time. */
const CALENDAR: Record<string, number> = { ماه: 1, سال: 12 };
const NUMBER_WORDS: Record<string, number> = {
  یک: 1, یه: 1, دو: 2, سه: 3, چهار: 4, پنج: 5, شش: 6, هفت: 7, هشت: 8, نه: 9, ده: 10, یازده: 11, دوازده: 12,
  پانزده: 15, بیست: 20, سی: 30, چهل: 40, پنجاه: 50, نیم: 0.5,
};
const DAYS_BACK: Record<string, number> = { امروز: 0, دیروز: 1, پریروز: 2 };
/** Just now: «لحظاتی پیش», «چند لحظه پیش», «هم‌اکنون» … */
const MOMENT = /^(?:لحظاتی|چند لحظه|لحظه ای|ثانیه هایی|چند ثانیه|هم اکنون|همین الان|الان|اکنون|همین حالا)(?: (?:پیش|قبل))?$/;
const AMOUNT = new RegExp(`^(\\d+(?:\\.\\d+)?|${Object.keys(NUMBER_WORDS).join('|')}) ?(${[...Object.keys(SECONDS), ...Object.keys(CALENDAR)].join('|')})$`);
const DAY_WORD = /^(امروز|دیروز|پریروز)(?: ساعت)?(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?(.*)$/;

/** Letters and spaces as the patterns above expect them: Persian letters, Latin digits, ZWNJ as a space. */
function tidy(text: string): string {
  return toLatinDigits(text).replace(/[يى]/g, 'ی').replace(/ك/g, 'ک').replace(/[\s\u200C]+/g, ' ').trim();
}

/** Tehran's wall clock at an instant, as the fields of a UTC date. */
function tehranClock(at: Date): Date {
  const standard = new Date(at.getTime() + 210 * 60_000);
  const { jy, jm, jd } = toJalaali(standard.getUTCFullYear(), standard.getUTCMonth() + 1, standard.getUTCDate());
  const offset = tehranOffsetMinutes(jy, jm, jd);
  return offset === 210 ? standard : new Date(at.getTime() + offset * 60_000);
}

/** The Tehran date `days` days before `now`, at hh:mm:ss Tehran time. */
function daysBefore(now: Date, days: number, hh: number, mm: number, ss: number): string | null {
  const day = new Date(tehranClock(now).getTime() - days * 86_400_000);
  const { jy, jm, jd } = toJalaali(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
  return jalaliToUtc(jy, jm, jd, hh, mm, ss);
}

/** `months` Jalali months before `now`, at the same Tehran time of day (the day of month kept where it exists). */
function monthsBefore(now: Date, months: number): string | null {
  const clock = tehranClock(now);
  const today = toJalaali(clock.getUTCFullYear(), clock.getUTCMonth() + 1, clock.getUTCDate());
  const index = today.jy * 12 + (today.jm - 1) - months;
  const jy = Math.floor(index / 12);
  const jm = (index % 12) + 1;
  const jd = Math.min(today.jd, jalaaliMonthLength(jy, jm));
  return jalaliToUtc(jy, jm, jd, clock.getUTCHours(), clock.getUTCMinutes(), clock.getUTCSeconds());
}

/**
 * Reads a relative time against `now`: «۳ ساعت پیش», «۵ دقیقه قبل», «یک هفته پیش», «۲ روز و ۴ ساعت پیش»,
 * «نیم ساعت پیش», «۳ ماه پیش» (Jalali months), «لحظاتی پیش» (now), «دیروز» (yesterday, at 00:00 Tehran
 * time, as a date without a time reads), «دیروز ساعت ۱۴:۳۰», «امروز ۰۹:۱۰», «پریروز». Returns ISO 8601 UTC,
 * or null for anything else, including vague amounts («ساعاتی پیش»).
 */
export function parseRelative(text: string, now: Date): string | null {
  if (Number.isNaN(now.getTime())) return null;
  const s = tidy(text);
  if (MOMENT.test(s)) return now.toISOString();
  const day = DAY_WORD.exec(s);
  if (day) {
    const tail = (day[5] ?? '').trim();
    if (tail && !BEFORE_NOON.test(tail) && !AFTER_NOON.test(tail)) return null;
    const hh = day[2] ? dayHour(Number(day[2]), tail) : 0;
    return daysBefore(now, DAYS_BACK[day[1] ?? ''] ?? 0, hh, Number(day[3] ?? 0), Number(day[4] ?? 0));
  }
  const ago = /^(.+) (?:پیش|قبل)$/.exec(s);
  if (!ago) return null;
  let seconds = 0;
  let months = 0;
  for (const part of (ago[1] ?? '').split(' و ')) {
    const amount = AMOUNT.exec(part);
    if (!amount) return null;
    const count = Number(amount[1]) || NUMBER_WORDS[amount[1] ?? ''] || 0;
    const unit = amount[2] ?? '';
    if (unit in CALENDAR) months += count * (CALENDAR[unit] ?? 0);
    else seconds += count * (SECONDS[unit] ?? 0);
  }
  if (!Number.isInteger(months)) return null; // «نیم ماه»: no calendar reading
  const base = months ? monthsBefore(now, months) : now.toISOString();
  return base === null ? null : new Date(Date.parse(base) - seconds * 1000).toISOString();
}
