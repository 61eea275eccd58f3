import { IS_FA } from './char-classes.ts';
import { SINGLE } from './clean-rules.ts';
import { digitValue, isLatinLetter, isPersianLetter } from './chars.ts';
import { PREVERBS } from './lexicons.ts';
import { Units, toUnits } from './units.ts';
import { WordTable } from './word-table.ts';

// Search keys. The display form already restored ZWNJ in the words the lexicons know, so every spelling of
// a known compound arrives here identical; what is left is to fold it. A ZWNJ before an ending («‌ها»،
// «‌ای»، «‌تر») or after «می»/«نمی» is dropped, so the key is one token; any other ZWNJ becomes a space, so
// an unknown compound written with ZWNJ meets the same compound written with a space («نیک‌منش», «نیک منش»).
//
// One pass over code units folds letters, digits and case and turns everything else into single spaces. A
// ZWNJ is settled where it stands: the part after it (up to the next ZWNJ, space or punctuation) is joined solid if it is
// an ending or the part before it is «می»/«نمی» (or a preverb with them), set apart by a space otherwise;
// the ezafe «ی» after «ه» goes («خانه‌ی» is «خانهٔ»). Only letters are ever joined or dropped, so the digits
// around a decimal point or a thousands comma read the same as if the ZWNJ had been settled first.

const ENDINGS = ['ها', 'های', 'هایی', 'هایش', 'هایم', 'هایت', 'هایشان', 'هایمان', 'هایتان', 'هاشون', 'هامون', 'هاتون', 'هام', 'هاست', 'ای', 'ام', 'ات',
  'اش', 'اند', 'ایم', 'اید', 'تر', 'ترین', 'گر', 'گری', 'کننده', 'کنندگان', 'کنندگی', 'آمیز', 'انگیز', 'پذیر', 'ناپذیر',
  'مند', 'مندی', 'مندان', 'آلود', 'شان', 'مان', 'تان', 'ی'];
const PREFIXES = ['می', 'نمی', ...PREVERBS.flatMap((p) => [`${p}می`, `${p}نمی`])];

const ENDING = 1;
const PREFIX = 2;
const PARTS = (() => {
  const entries = new Map<string, { flags: number }>();
  for (const w of ENDINGS) entries.set(w, { flags: ENDING });
  for (const w of PREFIXES) entries.set(w, { flags: (entries.get(w)?.flags ?? 0) | PREFIX });
  return new WordTable(entries);
})();

const ZWNJ = 0x200c;
const SPACE = 32;
const HEH = 0x647;
const YEH = 0x6cc;

/** What the fold does with a unit (an enum, so that its switch compiles to a jump table). */
const enum Act {
  Separator, // one space between tokens
  Keep, // copied as it is, in runs: Persian letters that need no folding, a–z
  Folded, // ة → ه, alef and hamza variants to their base
  Digit, // any script → 0–9
  Lower, // other Latin letters, lower-cased
  Decimal, // «٫» or «.» between digits → «.»; else a separator
  Thousands, // «٬» or «,» between digits → nothing; else a separator
  Silent, // diacritics: nothing
  Letter, // other letters and numbers: themselves
  Zwnj, // settled by the parts around it
}
const ACTION = new Uint8Array(65536);
const FOLD_TO = new Uint16Array(65536);
const LOWER: string[] = [];
for (const [from, to] of [[0x629, 0x647], [0x623, 0x627], [0x625, 0x627], [0x622, 0x627], [0x671, 0x627], [0x624, 0x648], [0x626, 0x6cc]] as const) {
  FOLD_TO[from] = to;
}
// Letters the character pass maps (Arabic yeh and kaf, ػ …) stay as written only where it copies verbatim (URLs,
// hashtags, handles): the key folds them there too, as it would their display form, so keying a key changes nothing.
for (let c = 0; c < 65536; c++) {
  const to = SINGLE[c]!;
  if (to && to !== c && !FOLD_TO[c] && isPersianLetter(to)) FOLD_TO[c] = FOLD_TO[to] || to;
}
for (let c = 0; c < 65536; c++) {
  const ch = String.fromCharCode(c);
  if ((isPersianLetter(c) && !FOLD_TO[c]) || (c >= 97 && c <= 122)) ACTION[c] = Act.Keep;
  else if (FOLD_TO[c]) ACTION[c] = Act.Folded;
  else if (digitValue(c) >= 0) ACTION[c] = Act.Digit;
  else if (isLatinLetter(c)) {
    ACTION[c] = Act.Lower;
    LOWER[c] = ch.toLowerCase();
  } else if (c === 0x66b || c === 0x2e) ACTION[c] = Act.Decimal;
  else if (c === 0x66c || c === 0x2c) ACTION[c] = Act.Thousands;
  else if (c === 0x654 || c === 0x64b || (c >= 0x64c && c <= 0x652) || c === 0x670) ACTION[c] = Act.Silent;
  else if (c !== 0x5f && /[\p{L}\p{N}]/u.test(ch)) ACTION[c] = Act.Letter;
}
ACTION[ZWNJ] = Act.Zwnj;
/**
 * The units a word is made of, by action: the parts around a ZWNJ run up to anything else, so «هزینه‌ها،» and
 * «(می‌روند» are settled as «هزینه‌ها» and «می‌روند» are (the comma or bracket was read as part of the word).
 */
const IN_WORD = new Uint8Array(16);
for (const a of [Act.Keep, Act.Folded, Act.Digit, Act.Lower, Act.Silent, Act.Letter]) IN_WORD[a] = 1;
const DIGIT_OF = new Int8Array(65536).fill(-1);
for (let c = 0; c < 65536; c++) DIGIT_OF[c] = digitValue(c);

/** State of the fold that carries from one piece of a long text to the next. */
export class KeyState {
  pendingSpace = false;
  written = false;
  /** A digit was written beside a Persian letter since the key was last finished (`finishKey` parts them). */
  numberBesideWord = false;

  reset(): this {
    this.pendingSpace = false;
    this.written = false;
    this.numberBesideWord = false;
    return this;
  }
}

const isDigitUnit = (c: number): boolean => c >= 48 && c <= 57;

/** Folds display-form units src[from, to) onto `out` (its search key; one piece of it for a long text). */
export function foldKeyInto(src: Uint16Array, from: number, to: number, out: Units, state: KeyState): void {
  out.reserve(2 * (to - from) + 16);
  let buf = out.buf;
  let n = out.n;
  const action = ACTION; // the tables the loop reads, held in locals (see cleanInto)
  const digit = DIGIT_OF;
  let pendingSpace = state.pendingSpace;
  let written = state.written;
  // Checked only where a piece or a run meets what was written before it: inside a run no digit meets a letter.
  let besideWord = false;
  let run = from; // start of the unflushed run of units kept as they are
  // The part before the next ZWNJ of the current space-delimited run (headTo -1: it runs on to that ZWNJ).
  let headFrom = from;
  let headTo = -1;
  for (let i = from; i < to; i++) {
    const c = src[i]!;
    const kind = action[c]!;
    if (kind === Act.Keep) continue;
    if (i > run) {
      if (pendingSpace && written) buf[n++] = SPACE;
      pendingSpace = false;
      if (n > 0 && isDigitUnit(buf[n - 1]!) && IS_FA[src[run]!]) besideWord = true;
      for (let j = run; j < i; j++) buf[n++] = src[j]!;
      written = true;
    }
    run = i + 1;
    let piece = -1; // the unit written, -1 for a separator, -2 for nothing
    switch (kind) {
      case Act.Folded:
        piece = FOLD_TO[c]!;
        break;
      case Act.Digit:
        piece = 48 + digit[c]!;
        break;
      case Act.Lower:
        piece = -3;
        break;
      case Act.Decimal:
        if (i > from && digit[src[i - 1]!]! >= 0 && i + 1 < to && digit[src[i + 1]!]! >= 0) piece = 0x2e;
        break;
      case Act.Thousands:
        if (i > from && digit[src[i - 1]!]! >= 0 && i + 1 < to && digit[src[i + 1]!]! >= 0) piece = -2;
        break;
      case Act.Silent:
        piece = -2;
        break;
      case Act.Letter:
        piece = c;
        break;
      case Act.Zwnj: {
        if (headTo < 0) headTo = i;
        let partTo = i + 1;
        while (partTo < to && IN_WORD[action[src[partTo]!]!]) partTo++;
        if (partTo - i === 2 && src[i + 1] === YEH && headTo > headFrom && src[headTo - 1] === HEH) {
          i = partTo - 1; // the ezafe «ی» goes, with its ZWNJ; the part before stays the head
          run = partTo;
          continue;
        }
        const joined = PARTS.flagsOf(src, i + 1, partTo) & ENDING || PARTS.flagsOf(src, headFrom, headTo) & PREFIX;
        headFrom = i + 1;
        headTo = partTo;
        if (joined) continue;
        break;
      }
    }
    if (piece === -1) {
      // A space or punctuation between words ends the word whose ZWNJ are settled together (a ZWNJ set the head itself).
      if (kind !== Act.Zwnj) {
        headFrom = i + 1;
        headTo = -1;
      }
      pendingSpace = true;
      continue;
    }
    if (pendingSpace && written) buf[n++] = SPACE;
    pendingSpace = false;
    if (piece >= 0) {
      if (n > 0 && (isDigitUnit(piece) ? IS_FA[buf[n - 1]!] : IS_FA[piece] && isDigitUnit(buf[n - 1]!))) besideWord = true;
      buf[n++] = piece;
      written = true;
    } else if (piece === -3) {
      out.n = n;
      out.pushString(LOWER[c]!);
      buf = out.buf;
      n = out.n;
      written = true;
    }
  }
  if (to > run) {
    if (pendingSpace && written) buf[n++] = SPACE;
    pendingSpace = false;
    if (n > 0 && isDigitUnit(buf[n - 1]!) && IS_FA[src[run]!]) besideWord = true;
    for (let j = run; j < to; j++) buf[n++] = src[j]!;
    written = true;
  }
  out.n = n;
  state.pendingSpace = pendingSpace;
  state.written = written;
  if (besideWord) state.numberBesideWord = true;
}

/**
 * Runs of one Persian letter become one, as the character pass does with stretching (three or more; four or more
 * of «ه», since «دهه» + «ها» written solid is three): folding can make such a run («آآأ» → «ااا»), and without this
 * the key of a key would differ from the key.
 */
function collapseStretches(units: Units): void {
  const buf = units.buf;
  const n = units.n;
  let i = 2;
  while (i < n && !(IS_FA[buf[i]!] && buf[i] === buf[i - 1] && buf[i] === buf[i - 2] && (buf[i] !== HEH || buf[i + 1] === HEH))) i++;
  if (i >= n) return;
  // Compacted in place from the first such run on: the write index never passes the read index.
  let w = i - 2;
  let r = i - 2;
  while (r < n) {
    const c = buf[r]!;
    let end = r + 1;
    while (end < n && buf[end] === c) end++;
    if (end - r >= (c === HEH ? 4 : 3) && IS_FA[c]) {
      buf[w++] = c;
      r = end;
    } else while (r < end) buf[w++] = buf[r++]!;
  }
  units.n = w;
}

const ALEF = 0x627;
const MEEM = 0x645;

/** A Persian letter `a` and a digit `b`, or a digit `a` and a Persian letter `b` that does not begin an ordinal «ام» (`after` follows `b`). */
function numberMeetsWord(a: number, b: number, after: number): boolean {
  if (IS_FA[a]) return isDigitUnit(b);
  return isDigitUnit(a) && IS_FA[b] === 1 && !(b === ALEF && after === MEEM);
}

/**
 * A Persian letter and a digit side by side become two tokens, as the display parts them («کووید۱۹» →
 * «کووید ۱۹») everywhere but where it copies verbatim: «#کووید۱۹» then meets «کووید۱۹» and «کووید», and the
 * key of a key is the key. An ordinal stays on its number («۲۲ام», «۳امین»), as in the display.
 */
function partNumbers(units: Units): void {
  const { buf: read, n: end } = units;
  let i = 1;
  // The unit after the last is 0, not what the reused buffer held there before.
  while (i < end && !numberMeetsWord(read[i - 1]!, read[i]!, i + 1 < end ? read[i + 1]! : 0)) i++;
  if (i >= end) return;
  const tail = read.slice(i, end);
  units.n = i;
  units.reserve(tail.length * 2);
  const buf = units.buf;
  let n = units.n;
  for (let k = 0; k < tail.length; k++) {
    const c = tail[k]!;
    if (numberMeetsWord(buf[n - 1]!, c, tail[k + 1] ?? 0)) buf[n++] = SPACE;
    buf[n++] = c;
  }
  units.n = n;
}

/** What the key's folded units still need: stretches collapsed, numbers parted from words (where `state` saw one beside a word). */
export function finishKey(units: Units, state: KeyState): void {
  collapseStretches(units);
  if (!state.numberBesideWord) return;
  state.numberBesideWord = false;
  partNumbers(units);
}

/** Folds a display-form text to its search key. */
export function foldKey(display: string): string {
  const src = toUnits(display);
  const out = new Units(display.length * 2 + 16);
  const state = new KeyState();
  foldKeyInto(src, 0, src.length, out, state);
  finishKey(out, state);
  return out.toString().trim();
}
