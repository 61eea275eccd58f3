import { formatJalali, formatRelative } from '../../persian/index.ts';

/** A time shown in Jalali (relative when recent), with the Gregorian date on hover and in datetime. */
export function Time({ iso, now, relative = true }: { iso: string | null; now: Date; relative?: boolean }) {
  if (!iso) return null;
  const d = new Date(iso);
  const gregorian = d.toUTCString();
  const age = now.getTime() - d.getTime();
  const shown = relative && age >= 0 && age < 24 * 3600 * 1000 ? formatRelative(iso, now) : formatJalali(iso);
  return (
    <time datetime={d.toISOString()} title={gregorian}>
      {shown}
    </time>
  );
}
