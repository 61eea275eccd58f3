import { parseJalali, toLatinDigits } from '../persian/index.ts';

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
// North American, military and Iranian zone names feeds write instead of offsets, in minutes east of UTC.
const ZONES: Record<string, number> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480,
  PDT: -420, IRST: 210, IRDT: 270, A: -60, M: -720, N: 60, Y: 720, CET: 60, CEST: 120, BST: 60,
};
const JALALI_MONTHS = /(فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند)/;
const ISO = /^(\d{4})(?:-?(\d{2})(?:-?(\d{2}))?)?(?:[T\s]+(\d{2}):?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|[A-Z]{1,4})?$/i;
const RFC822 = /^(?:[A-Za-z]{2,9},?\s*)?(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?[\s-]+(\d{2,4})(?:[\s,T]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*(?:([+-]\d{2}:?\d{2}|[A-Za-z]{1,5})(?:\s*\(.*\))?)?$/;

function zoneMinutes(zone: string | undefined): number | null {
  if (!zone) return 0;
  const offset = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (offset) return (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3] ?? 0));
  return ZONES[zone.toUpperCase()] ?? null;
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysIn = (y: number, mo: number) => (mo === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : (DAYS[mo - 1] ?? 31));

function build(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number, zone: string | undefined): string | null {
  const offset = zoneMinutes(zone);
  if (offset === null || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 24 || mi > 59 || s > 60) return null;
  if (d > daysIn(y, mo)) return null; // 31 February and the like
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, Math.min(s, 59), ms) - offset * 60_000);
  const year = date.getUTCFullYear();
  return year < 1970 || year > 2200 ? null : date.toISOString();
}

// These return undefined when the text is not in their form, null when it is but names no real moment.
function fromIso(raw: string): string | null | undefined {
  const m = ISO.exec(raw);
  if (!m) return undefined;
  const ms = m[7] ? Math.round(Number(`0.${m[7]}`) * 1000) : 0;
  return build(Number(m[1]), Number(m[2] ?? 1), Number(m[3] ?? 1), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), ms, m[8]);
}

// The form nearly every feed writes, "Tue, 24 Nov 2026 11:45:00 +0330", read without the general pattern's cost.
const RFC822_COMMON = /^[A-Za-z]{3}, (\d{2}) ([A-Za-z]{3}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2})$/;

function fromRfc822(raw: string): string | null | undefined {
  const c = RFC822_COMMON.exec(raw);
  const common = c ? MONTHS[(c[2] as string).toLowerCase()] : undefined;
  if (c && common) {
    const month = common;
    const offset = (c[7] === '-' ? -1 : 1) * (Number(c[8]) * 60 + Number(c[9]));
    const [y, d, h, mi, sec] = [Number(c[3]), Number(c[1]), Number(c[4]), Number(c[5]), Number(c[6])];
    if (d < 1 || d > daysIn(y, month) || h > 23 || mi > 59 || sec > 60 || y < 1970 || y > 2200) return null;
    const minutes = h * 60 + mi - offset;
    // Same UTC day: written out directly, which costs far less than a Date round trip.
    if (minutes >= 0 && minutes < 1440) return `${y}-${pad(month)}-${c[1]}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:${pad(Math.min(sec, 59))}.000Z`;
    return new Date(Date.UTC(y, month - 1, d, h, mi, Math.min(sec, 59)) - offset * 60_000).toISOString();
  }
  const m = RFC822.exec(raw);
  if (!m) return undefined;
  const month = MONTHS[(m[2] ?? '').slice(0, 3).toLowerCase()];
  if (!month) return null;
  let year = Number(m[3]);
  if (m[3]?.length === 2) year += year < 50 ? 2000 : 1900;
  return build(year, month, Number(m[1]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), 0, m[7]);
}

/** RFC 822, ISO 8601 (W3CDTF) and Jalali feed dates to ISO 8601 UTC; null when the text is not a date. No zone: UTC. */
export function parseFeedDate(value: string | undefined | null): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  const raw = (/[\u0660-\u0669\u06f0-\u06f9]/.test(trimmed) ? toLatinDigits(trimmed) : trimmed).replace(/\s{2,}|[^\S ]/g, ' ');
  if (!raw) return null;
  // A Jalali year (13xx/14xx) must never be read as a Gregorian one.
  if (/^1[34]\d\d[-/]/.test(raw)) return parseJalali(raw);
  const direct = fromIso(raw);
  if (direct !== undefined) return direct;
  const rfc = fromRfc822(raw);
  if (rfc !== undefined) return rfc;
  if (JALALI_MONTHS.test(raw)) return parseJalali(raw);
  // Other spellings: trust the platform only when a zone is written, so the machine's own zone never leaks in.
  const zoned = /(?:[+-]\d{2}:?\d{2}|\b(?:GMT|UTC|Z)\b)\s*$/.test(raw) ? raw : `${raw} GMT`;
  const t = Date.parse(zoned);
  if (Number.isNaN(t)) return null;
  const year = new Date(t).getUTCFullYear();
  return year < 1970 || year > 2200 ? null : new Date(t).toISOString();
}
