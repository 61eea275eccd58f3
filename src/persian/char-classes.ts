import { LETTER_MAP, digitValue, isLatinLetter, isPersianLetter } from './chars.ts';

/** What the character pass does with a UTF-16 unit. */
export const K = {
  Copy: 0,
  Letter: 1,
  Mapped: 2,
  Latin: 3,
  Digit: 4,
  Space: 5,
  Newline: 6,
  Zwnj: 7,
  Zwj: 8,
  Drop: 9,
  Mark: 10,
  Combining: 11,
  Punct: 12,
  HashOrAt: 13,
  /** Presentation forms, ligatures and enclosed numbers (expanded before the pass), and surrogates. */
  Rare: 14,
} as const;

export const CLASS = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) {
  if (isPersianLetter(c)) CLASS[c] = K.Letter;
  else if (isLatinLetter(c)) CLASS[c] = K.Latin;
  else if (digitValue(c) >= 0) CLASS[c] = K.Digit;
}
for (const ch of Object.keys(LETTER_MAP)) CLASS[ch.charCodeAt(0)] = K.Mapped;
const set = (chars: Iterable<number>, k: number): void => {
  for (const c of chars) CLASS[c] = k;
};
const range = (a: number, b: number): number[] => Array.from({ length: b - a + 1 }, (_, i) => a + i);
const codes = (s: string): number[] => [...s].map((ch) => ch.charCodeAt(0));

set([0x20, 0x09, 0x0b, 0x0c, 0xa0, 0x1680, ...range(0x2000, 0x200a), 0x202f, 0x205f, 0x3000], K.Space);
set([0x0a], K.Newline);
set([0x200c], K.Zwnj);
set([0x200d], K.Zwj);
// Kashida, invisible format marks (ZWSP, LRM/RLM, ALM, bidi embeddings and isolates, word joiner, BOM),
// soft hyphen, carriage return, and the Quranic annotation marks.
set([0x0640, 0x200b, 0x200e, 0x200f, 0x061c, ...range(0x202a, 0x202e), ...range(0x2060, 0x2064), ...range(0x2066, 0x2069), 0xfeff, 0xad, 0x0d], K.Drop);
set([...range(0x064c, 0x0652), ...range(0x0656, 0x065f), 0x0670, ...range(0x06d6, 0x06dc), ...range(0x06df, 0x06e8), ...range(0x06ea, 0x06ed)], K.Drop);
set([0x064b, 0x0653, 0x0654, 0x0655], K.Mark);
set([...range(0x0300, 0x036f)], K.Combining);
set(codes('،؛؟!.:,;?")]»([«}{%٬…'), K.Punct);
set(codes('#@'), K.HashOrAt);
set([...range(0x2460, 0x24ff), ...range(0xfb50, 0xfdff), ...range(0xfe70, 0xfefe), ...range(0xd800, 0xdfff)], K.Rare);

/** Rare units (see K.Rare) by UTF-16 unit: 1 for the ranges expanded before the pass, 2 for surrogates. */
export const RARE = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) if (CLASS[c] === K.Rare) RARE[c] = c >= 0xd800 && c <= 0xdfff ? 2 : 1;

// Flags by UTF-16 unit, read per character by the character pass (an array index, not a hash probe).
const flags = (units: number[]): Uint8Array => {
  const table = new Uint8Array(65536);
  for (const c of units) table[c] = 1;
  return table;
};
/** Marks that belong to the Persian letter before them (ezafe hamza, tanvin). */
export const PERSIAN_MARK = flags([0x654, 0x64b]);
/** No space is written before these. */
export const NO_SPACE_BEFORE = flags(codes('،؛؟!.:,;?)]»}٪%'));
/** No space is written after these. */
export const NO_SPACE_AFTER = flags(codes('([«{'));
/** A letter right after these gets a space. */
export const SPACE_AFTER = flags(codes('،؛؟!.:)]»}…'));
/** Persian letters. */
export const IS_FA = flags(range(0, 65535).filter(isPersianLetter));
/** Letters that do not join the next one. */
export const NON_JOINING_FLAG = flags(codes('اآأإٱدذرزژوؤءة'));

export { isLatinLetter, isPersianLetter };
