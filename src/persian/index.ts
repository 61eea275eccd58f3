export { normalizeDisplay, searchKey } from './normalize.ts';
export { parseJalali, jalaliToUtc, formatJalali, formatRelative } from './jalali.ts';
export { parseRelative } from './jalali-relative.ts';
export { toPersianDigits, toLatinDigits, ZWNJ } from './chars.ts';
export { words, sentences } from './tokenize.ts';
export { stem } from './stem.ts';
