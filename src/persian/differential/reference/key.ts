import { IS_FA } from './char-classes.ts';
import { LETTER_MAP, ZWNJ, digitValue, isLatinLetter, isPersianLetter } from './chars.ts';
import { PREVERBS } from './lexicons.ts';

// Search keys. The display form already restored ZWNJ in the words the lexicons know, so every spelling of
// a known compound arrives here identical; what is left is to fold it. A ZWNJ before an ending («‌ها»،
// «‌ای»، «‌تر») or after «می»/«نمی» is dropped, so the key is one token; any other ZWNJ becomes a space, so
// an unknown compound written with ZWNJ meets the same compound written with a space («نیک‌منش», «نیک منش»).

const ENDINGS = new Set(['ها', 'های', 'هایی', 'هایش', 'هایم', 'هایت', 'هایشان', 'هایمان', 'هایتان', 'هاشون', 'هامون', 'هاتون', 'هام', 'هاست', 'ای', 'ام', 'ات',
  'اش', 'اند', 'ایم', 'اید', 'تر', 'ترین', 'گر', 'گری', 'کننده', 'کنندگان', 'کنندگی', 'آمیز', 'انگیز', 'پذیر', 'ناپذیر',
  'مند', 'مندی', 'مندان', 'آلود', 'شان', 'مان', 'تان', 'ی']);
const PREFIXES = new Set(['می', 'نمی', ...PREVERBS.flatMap((p) => [`${p}می`, `${p}نمی`])]);

const FOLD = new Map<number, number>([
  [0x629, 0x647], // ة → ه
  [0x623, 0x627], [0x625, 0x627], [0x622, 0x627], [0x671, 0x627], // أ إ آ ٱ → ا
  [0x624, 0x648], // ؤ → و
  [0x626, 0x6cc], // ئ → ی
]);
// Letters the display maps, where it copied them verbatim (URLs, hashtags): folded as their display form.
for (const [from, to] of Object.entries(LETTER_MAP)) {
  const f = from.charCodeAt(0);
  const t = to.charCodeAt(0);
  if (to.length === 1 && t !== f && !FOLD.has(f) && isPersianLetter(t)) FOLD.set(f, FOLD.get(t) ?? t);
}

/** Three or more of one Persian letter (four of «ه») become one, as the display does with stretching. */
function collapseStretches(s: string): string {
  return s.replace(/(\p{L})\1{2,}/gu, (run, c: string) => (IS_FA[c.charCodeAt(0)] && (c !== 'ه' || run.length >= 4) ? c : run));
}

function foldZwnjWord(word: string): string {
  const parts = word.split(ZWNJ);
  let out = parts[0] ?? '';
  let head = out;
  for (const part of parts.slice(1)) {
    if (part === 'ی' && head.endsWith('ه')) continue; // ezafe «خانه‌ی» is «خانهٔ»
    if (ENDINGS.has(part) || PREFIXES.has(head)) out += part;
    else out += ` ${part}`;
    head = part;
  }
  return out;
}

// A word is letters, digits and diacritics of the BMP, read unit by unit: «هزینه‌ها،» is settled as «هزینه‌ها»
// is, without its comma.
const WORD_UNITS = (() => {
  const inWord = (c: number) => c === 0x200c || /[\p{L}\p{N}\u064B-\u0652\u0654\u0670]/u.test(String.fromCharCode(c));
  let ranges = '';
  for (let c = 0; c < 0x10000; c++) {
    if (!inWord(c)) continue;
    let end = c;
    while (end + 1 < 0x10000 && inWord(end + 1)) end++;
    ranges += `\\u${c.toString(16).padStart(4, '0')}-\\u${end.toString(16).padStart(4, '0')}`;
    c = end;
  }
  return ranges;
})();
const ZWNJ_WORD = new RegExp(`[${WORD_UNITS}]*\u200C[${WORD_UNITS}]*`, 'g');

/** Folds a display-form text to its search key. */
export function foldKey(display: string): string {
  const s = display.includes(ZWNJ) ? display.replace(ZWNJ_WORD, foldZwnjWord) : display;
  let out = '';
  let pendingSpace = false;
  let start = 0; // unflushed run of unchanged characters, copied in one slice
  const flush = (end: number): void => {
    if (end > start) {
      if (pendingSpace && out) out += ' ';
      pendingSpace = false;
      out += s.slice(start, end);
    }
  };
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isPersianLetter(c) && !FOLD.has(c)) continue;
    if (c >= 97 && c <= 122) continue;
    flush(i);
    start = i + 1;
    const folded = FOLD.get(c);
    const d = digitValue(c);
    let piece = '';
    if (folded) piece = String.fromCharCode(folded);
    else if (d >= 0) piece = String(d);
    else if (isLatinLetter(c)) piece = s[i]?.toLowerCase() ?? '';
    else if ((c === 0x66b || c === 0x2e) && digitValue(s.charCodeAt(i - 1)) >= 0 && digitValue(s.charCodeAt(i + 1)) >= 0) piece = '.';
    else if ((c === 0x66c || c === 0x2c) && digitValue(s.charCodeAt(i - 1)) >= 0 && digitValue(s.charCodeAt(i + 1)) >= 0) piece = '';
    else if (c === 0x654 || c === 0x64b || (c >= 0x64c && c <= 0x652) || c === 0x670) piece = '';
    else if (c === 0x5f) piece = ' ';
    else if (/[\p{L}\p{N}]/u.test(s[i] ?? '')) piece = s[i] ?? '';
    else {
      pendingSpace = true;
      continue;
    }
    if (piece === ' ') {
      pendingSpace = true;
      continue;
    }
    if (pendingSpace && out) out += ' ';
    pendingSpace = false;
    out += piece;
  }
  flush(s.length);
  return partNumbers(collapseStretches(out)).trim();
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** A space between a Persian letter and a digit side by side (as the display puts one), but not before an ordinal «ام». */
function partNumbers(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const a = s.charCodeAt(i - 1);
    const b = s.charCodeAt(i);
    if (i > 0 && ((IS_FA[a] && isDigit(b)) || (isDigit(a) && IS_FA[b] && !(s.startsWith('ام', i))))) out += ' ';
    out += s[i];
  }
  return out;
}
