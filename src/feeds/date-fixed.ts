// The date form nearly every feed writes, "Tue, 24 Nov 2026 11:45:00 +0330", read by position and written out as
// ISO 8601 by arithmetic. Through the general patterns and a Date round trip, a feed's worth of dates cost more than
// its XML; this gives the same strings (dates.test.ts holds it to the general reading and to Date#toISOString).

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Three lower-case ASCII letters as one number: the month, 1–12. */
const MONTH_CODES = new Map(MONTH_NAMES.map((name, i) => [(name.charCodeAt(0) << 16) | (name.charCodeAt(1) << 8) | name.charCodeAt(2), i + 1]));
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export const daysIn = (y: number, mo: number) => (mo === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : (DAYS[mo - 1] ?? 31));

const isDigit = (c: number) => c >= 48 && c <= 57;
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const twoDigits = (s: string, i: number) => (s.charCodeAt(i) - 48) * 10 + s.charCodeAt(i + 1) - 48;
/** Where the form has letters (L), digits (D), a sign (?) and separators, by position. */
const SHAPE = 'LLL, DD LLL DDDD DD:DD:DD ?DDDD';

/** Days from 1970-01-01 to a date of the proleptic Gregorian calendar (H. Hinnant's `days_from_civil`). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

const digit = (n: number) => 48 + n;

/**
 * `days` after 1970-01-01 at `minute` of the day and second `sec`, as Date#toISOString writes it for a four-digit
 * year (H. Hinnant's `civil_from_days`); one string made at once, where a template made a dozen.
 */
export function isoString(days: number, minute: number, sec: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  const h = Math.floor(minute / 60);
  const mi = minute % 60;
  return String.fromCharCode(
    digit(Math.floor(y / 1000)), digit(Math.floor(y / 100) % 10), digit(Math.floor(y / 10) % 10), digit(y % 10), 45,
    digit(Math.floor(m / 10)), digit(m % 10), 45, digit(Math.floor(d / 10)), digit(d % 10), 84,
    digit(Math.floor(h / 10)), digit(h % 10), 58, digit(Math.floor(mi / 10)), digit(mi % 10), 58,
    digit(Math.floor(sec / 10)), digit(sec % 10), 46, 48, 48, 48, 90,
  );
}

/**
 * "Tue, 24 Nov 2026 11:45:00 +0330" to ISO 8601 UTC, null for a moment that does not exist (31 February), undefined
 * when the text is not exactly in this form or names no month, for the general reading to try.
 */
export function fromRfc822Fixed(raw: string): string | null | undefined {
  if (raw.length !== SHAPE.length) return undefined;
  for (let i = 0; i < SHAPE.length; i++) {
    const want = SHAPE.charCodeAt(i);
    const c = raw.charCodeAt(i);
    if (want === 76 /* L */ ? !isLetter(c) : want === 68 /* D */ ? !isDigit(c) : want === 63 /* ? */ ? c !== 43 && c !== 45 : c !== want) return undefined;
  }
  const month = MONTH_CODES.get(((raw.charCodeAt(8) | 32) << 16) | ((raw.charCodeAt(9) | 32) << 8) | (raw.charCodeAt(10) | 32));
  if (month === undefined) return undefined;
  const offset = (raw.charCodeAt(26) === 45 ? -1 : 1) * (twoDigits(raw, 27) * 60 + twoDigits(raw, 29));
  const y = twoDigits(raw, 12) * 100 + twoDigits(raw, 14);
  const d = twoDigits(raw, 5);
  const h = twoDigits(raw, 17);
  const mi = twoDigits(raw, 20);
  const sec = twoDigits(raw, 23);
  if (d < 1 || d > daysIn(y, month) || h > 23 || mi > 59 || sec > 60 || y < 1970 || y > 2200) return null;
  // Minutes from the start of the local day to the UTC moment: the offset may carry it into another day.
  const minutes = h * 60 + mi - offset;
  const dayShift = Math.floor(minutes / 1440);
  return isoString(daysFromCivil(y, month, d) + dayShift, minutes - dayShift * 1440, Math.min(sec, 59));
}
