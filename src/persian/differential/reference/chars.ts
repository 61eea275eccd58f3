// Character tables shared by display normalization, search keys and the tokenizer.
// Built once at load, then read by index in the single pass of `clean.ts`.

export const ZWNJ = '\u200C';
export const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
export const ARABIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';

/** Letters that Arabic keyboards, legacy sites and other Arabic-script alphabets write for Persian ones. */
export const LETTER_MAP: Record<string, string> = {
  'ي': 'ی', 'ى': 'ی', 'ۍ': 'ی', 'ێ': 'ی', 'ې': 'ی', 'ے': 'ی', 'ۓ': 'ی', 'ٸ': 'ئ',
  'ك': 'ک', 'ڪ': 'ک', 'ګ': 'ک', 'ػ': 'ک', 'ؼ': 'ک', 'ڬ': 'ک', 'ڭ': 'ک', 'ڮ': 'ک',
  'ڱ': 'گ', 'ڳ': 'گ', 'ڴ': 'گ',
  'ە': 'ه', 'ہ': 'ه', 'ھ': 'ه', 'ۃ': 'ه', 'ۿ': 'ه', 'ۀ': 'هٔ', 'ۂ': 'هٔ',
  'ٲ': 'أ', 'ٳ': 'إ', 'ٵ': 'أ', 'ٱ': 'ا',
  'ډ': 'د', 'ڊ': 'د', 'ڌ': 'د', 'ڕ': 'ر', 'ڒ': 'ر', 'ڑ': 'ر', 'ښ': 'س', 'ټ': 'ت', 'ٹ': 'ت', 'ڼ': 'ن', 'ں': 'ن',
  'ۆ': 'و', 'ۇ': 'و', 'ۈ': 'و', 'ۋ': 'و', 'ۏ': 'و', 'ٶ': 'ؤ', 'ٷ': 'ؤ',
};

/** Arabic-script letters as Persian writes them (after LETTER_MAP), plus hamza. */
export function isPersianLetter(c: number): boolean {
  return (c >= 0x0621 && c <= 0x063a) || (c >= 0x0641 && c <= 0x064a) || c === 0x067e || c === 0x0686 ||
    c === 0x0698 || c === 0x06a9 || c === 0x06af || c === 0x06cc;
}

/** Letters that never join the letter after them: a ZWNJ after one changes nothing on screen. */
export const NON_JOINING = new Set('اآأإٱدذرزژوؤءة'.split('').map((c) => c.charCodeAt(0)));

export function isLatinLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/** 0–9 for a digit in any of the three scripts, else -1. */
export function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 0x6f0 && c <= 0x6f9) return c - 0x6f0;
  if (c >= 0x660 && c <= 0x669) return c - 0x660;
  return -1;
}

export function toPersianDigits(s: string): string {
  return s.replace(/[0-9٠-٩]/g, (d) => PERSIAN_DIGITS[digitValue(d.charCodeAt(0))] ?? d);
}

export function toLatinDigits(s: string): string {
  return s.replace(/[۰-۹٠-٩]/g, (d) => String(digitValue(d.charCodeAt(0))));
}

/**
 * Presentation forms and ligatures (U+FB50–FDFF, U+FE70–FEFF) and enclosed digits to plain letters: their
 * compatibility decomposition, with Arabic letters mapped to Persian ones. ﷽ becomes the words it stands for.
 */
export function buildCompatMap(): Map<number, string> {
  const map = new Map<number, string>();
  const add = (from: number, to: number): void => {
    for (let c = from; c <= to; c++) {
      const ch = String.fromCharCode(c);
      const plain = ch.normalize('NFKC');
      if (plain !== ch) map.set(c, mapLetters(plain));
    }
  };
  add(0xfb50, 0xfdff);
  add(0xfe70, 0xfeff);
  add(0x2460, 0x24ff); // ①, ⒕ and other enclosed numbers
  map.set(0xfdfc, 'ریال'); // ﷼
  map.set(0xfdfd, 'بسم الله الرحمن الرحیم'); // ﷽
  map.set(0xfdf3, 'اکبر'); // ﷳ
  return map;
}

export function mapLetters(s: string): string {
  let out = '';
  for (const ch of s) out += LETTER_MAP[ch] ?? ch;
  return out;
}
