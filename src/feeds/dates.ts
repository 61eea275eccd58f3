import { parseJalali, toLatinDigits } from '../persian/index.ts';

const TZ_NAMES: Record<string, string> = { IRST: '+0330', IRDT: '+0430', UT: '+0000', GMT: '+0000', Z: '+0000' };

/** RFC 822, ISO 8601 and Jalali feed dates to ISO 8601 UTC; null when the text is not a date. */
export function parseFeedDate(value: string | undefined | null): string | null {
  if (!value) return null;
  const raw = toLatinDigits(value.trim());
  if (!raw) return null;
  // A Jalali year (13xx/14xx) must never be read as a Gregorian one.
  if (/^1[34]\d\d[-/]/.test(raw) || /(فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند)/.test(raw)) {
    return parseJalali(raw);
  }
  const named = raw.replace(/\b(IRST|IRDT|UT|GMT)\b/, (m) => TZ_NAMES[m] ?? m);
  const t = Date.parse(named);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  return d.getUTCFullYear() < 1970 || d.getUTCFullYear() > 2200 ? null : d.toISOString();
}
