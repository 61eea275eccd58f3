// Persian text helpers for the generator: digits, URL slugs, and the legacy site's damaged spelling.

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
export const ZWNJ = '\u200c';

/** Latin digits → Persian digits (۰–۹). */
export function faDigits(text: string | number): string {
  return String(text).replace(/[0-9]/g, (d) => PERSIAN_DIGITS[Number(d)] as string);
}

/** Persian digits → Latin digits. */
export function latinDigits(text: string): string {
  return text.replace(/[۰-۹]/g, (d) => String(PERSIAN_DIGITS.indexOf(d)));
}

/**
 * A title as Nastooh-style sites put it in URLs: punctuation dropped, spaces → "-", ZWNJ kept
 * (real URLs carry it percent-encoded as %E2%80%8C).
 */
export function titleSlug(title: string, maxWords = 14): string {
  return title
    .replace(/[«»"'()[\]{}:;,.!?؟،؛…\-–—/\\|+*=#%&@^~`<>]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, maxWords)
    .join('-');
}

/**
 * The spelling of an old site whose CMS stores windows-1256: Arabic ي and ك, no ZWNJ (words fuse, as in
 * «میشود»), Latin digits (the code page has no Persian digits), and letters the code page lacks replaced
 * by their nearest neighbours.
 */
export function legacySpelling(text: string): string {
  return latinDigits(text)
    .replace(/ی/g, 'ي')
    .replace(/ک/g, 'ك')
    .replace(/ۀ/g, 'ه')
    .replace(/\u0654/g, '')
    .replace(/٫/g, '.')
    .replace(/٬/g, ',')
    .replace(/٪/g, '%')
    .replace(/\u200c/g, '')
    .replace(/[\u200e\u200f]/g, '');
}
