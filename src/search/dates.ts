import { jalaliToUtc, parseJalali } from '../persian/index.ts';

/** A day, month or year as a half-open range of instants: [start, end). */
export interface DateRange {
  start: string;
  end: string;
}

const DAY = 86_400_000;

function gregorian(y: number, m: number | null, d: number | null): DateRange | null {
  const mm = m ?? 1;
  const dd = d ?? 1;
  const start = Date.UTC(y, mm - 1, dd);
  const check = new Date(start);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mm - 1 || check.getUTCDate() !== dd) return null;
  const end = d !== null ? start + DAY : m !== null ? Date.UTC(y, mm, 1) : Date.UTC(y + 1, 0, 1);
  return { start: new Date(start).toISOString(), end: new Date(end).toISOString() };
}

function jalali(y: number, m: number | null, d: number | null): DateRange | null {
  const start = jalaliToUtc(y, m ?? 1, d ?? 1);
  if (!start) return null;
  let end: string | null;
  if (d !== null) end = new Date(Date.parse(jalaliToUtc(y, m!, d) ?? start) + DAY).toISOString();
  else if (m !== null) end = m === 12 ? jalaliToUtc(y + 1, 1, 1) : jalaliToUtc(y, m + 1, 1);
  else end = jalaliToUtc(y + 1, 1, 1);
  if (d !== null && d > 29) {
    // «۱۴۰۵/۱۲/۳۰» exists only in leap years: a day past the month's end rolls into the next month.
    const next = m === 12 ? jalaliToUtc(y + 1, 1, 1) : jalaliToUtc(y, m! + 1, 1);
    if (next && start >= next) return null;
  }
  return end ? { start, end } : null;
}

/**
 * Reads the date a reader typed in a filter: `2026-11-24`, `2026/11`, `2026`, Jalali `1405/09/03`,
 * `1405-09`, `1405`, or «۳ آذر ۱۴۰۵» (digits of any script). Years before 1500 are Jalali (days in Tehran
 * time), later ones Gregorian (days in UTC). Returns null for anything else.
 */
export function parseDateFilter(value: string): DateRange | null {
  const m = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/.exec(value.trim());
  if (m) {
    const y = Number(m[1]);
    const mo = m[2] === undefined ? null : Number(m[2]);
    const d = m[3] === undefined ? null : Number(m[3]);
    if (mo !== null && (mo < 1 || mo > 12)) return null;
    if (d !== null && (d < 1 || d > 31)) return null;
    if (y >= 1200 && y < 1500) return jalali(y, mo, d);
    if (y >= 1900 && y < 2200) return gregorian(y, mo, d);
    return null;
  }
  const named = parseJalali(value);
  if (!named) return null;
  return { start: named, end: new Date(Date.parse(named) + DAY).toISOString() };
}
