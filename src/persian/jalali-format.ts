// Jalali dates for display, in Tehran time with Persian digits and month names.

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

/** «۵ دقیقه پیش», «۳ ماه پیش» (months of 30 days), or the Jalali date for anything a year old or older. */
export function formatRelative(iso: string, now: Date): string {
  let value = Math.max(0, (now.getTime() - new Date(iso).getTime()) / 1000);
  if (value < 60) return 'لحظاتی پیش';
  for (const [size, unit] of UNITS) {
    if (value < size) return `${Math.floor(value).toLocaleString('fa-IR')} ${unit} پیش`;
    value /= size;
  }
  return formatJalali(iso);
}
