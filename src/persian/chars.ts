// Character tables shared by display normalization and search keys.

export const ZWNJ = '\u200C';
export const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
export const ARABIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';

/** Letters that Arabic keyboards, legacy sites and presentation forms write for Persian ones. */
export const LETTER_MAP: Record<string, string> = {
  'ي': 'ی', 'ى': 'ی', 'ۍ': 'ی', 'ێ': 'ی', 'ې': 'ی',
  'ك': 'ک', 'ڪ': 'ک', 'ګ': 'ک',
  'ە': 'ه', 'ہ': 'ه', 'ۀ': 'هٔ',
  'ٲ': 'أ', 'ٳ': 'إ',
};

/** Persian letters, including the ones shared with Arabic. */
export const PERSIAN_LETTER = /[\u0621-\u063A\u0641-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06CC\u06C0]/u;

export function toPersianDigits(s: string): string {
  return s.replace(/[0-9٠-٩]/g, (d) => {
    const code = d.charCodeAt(0);
    return PERSIAN_DIGITS[code <= 57 ? code - 48 : code - 0x660] ?? d;
  });
}

export function toLatinDigits(s: string): string {
  return s.replace(/[۰-۹٠-٩]/g, (d) => {
    const code = d.charCodeAt(0);
    return String(code >= 0x6f0 ? code - 0x6f0 : code - 0x660);
  });
}
