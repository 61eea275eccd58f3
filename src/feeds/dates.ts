import { parseJalali, toLatinDigits } from '../persian/index.ts';
import { daysIn, fromRfc822Fixed } from './date-fixed.ts';

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

function fromRfc822(raw: string): string | null | undefined {
  const fixed = fromRfc822Fixed(raw);
  if (fixed !== undefined) return fixed;
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
  // The usual form has no space to trim or fold and no Persian digits: it is read before the text is copied.
  const fixed = fromRfc822Fixed(value);
  if (fixed !== undefined) return fixed;
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
