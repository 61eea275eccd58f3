import { LETTER_MAP, buildCompatMap, digitValue, isLatinLetter } from './chars.ts';
import { CLASS, IS_FA, K, NON_JOINING_FLAG, NO_SPACE_AFTER, NO_SPACE_BEFORE, PERSIAN_MARK, SPACE_AFTER } from './char-classes.ts';
import { SEPARATORS, addMarks, copyNumber, isUrlStart, tokenEnd } from './spans.ts';

// The character pass of display normalization: one walk over the string that maps letters, digits and
// punctuation, drops invisible marks, and settles spaces and ZWNJ, writing UTF-16 code units into a buffer.
// Word-level work (restoring lost ZWNJ) happens afterwards in `joins.ts`, on far fewer units: words.

const COMPAT = buildCompatMap();
const COMPAT_RE = /[\uFB50-\uFDFF\uFE70-\uFEFF\u2460-\u24FF]/g;
const SINGLE = new Uint16Array(65536);
for (const [from, to] of Object.entries(LETTER_MAP)) if (to.length === 1) SINGLE[from.charCodeAt(0)] = to.charCodeAt(0);

const ALEF = 0x627;
const SPACE = 32;
const NL = 10;
const ZWNJ_CODE = 0x200c;

export class Out {
  buf = new Uint16Array(1 << 16);
  n = 0;
  reset(size: number): void {
    if (this.buf.length < size) this.buf = new Uint16Array(size + (size >> 1));
    this.n = 0;
  }
  push(c: number): void {
    if (this.n === this.buf.length) {
      const grown = new Uint16Array(this.buf.length * 2);
      grown.set(this.buf);
      this.buf = grown;
    }
    this.buf[this.n++] = c;
  }
  last(k = 1): number {
    return this.n >= k ? (this.buf[this.n - k] ?? 0) : 0;
  }
  toString(): string {
    return decoder.decode(this.buf.subarray(0, this.n));
  }
}
const decoder = new TextDecoder('utf-16le');
const out = new Out();

/** Persian (1) or Latin (2) script of the letters around a position; 0 where there are none. */
type Script = 0 | 1 | 2;

/** A unit as the letter it is written as. */
const letter = (u: number) => (CLASS[u] === K.Mapped ? (LETTER_MAP[String.fromCharCode(u)]?.charCodeAt(0) ?? u) : u);

/** The first place from `j` that is not a ZWNJ, ZWJ or mark the pass drops or settles there. */
function pastMarks(s: string, j: number): number {
  while (j < s.length && (CLASS[s.charCodeAt(j)] === K.Zwnj || CLASS[s.charCodeAt(j)] === K.Drop || CLASS[s.charCodeAt(j)] === K.Zwj || CLASS[s.charCodeAt(j)] === K.Mark)) j++;
  return j;
}

/** The character pass. Returns text with single spaces, Persian letters, digits in their script's form. */
export function cleanChars(input: string): string {
  const s = COMPAT_RE.test(input) ? input.replace(COMPAT_RE, (c) => COMPAT.get(c.charCodeAt(0))?.replace(/[.()]/g, '') ?? c) : input;
  COMPAT_RE.lastIndex = 0;
  out.reset(s.length + 16);
  let pendSpace = false;
  let pendZwnj = false;
  let script: Script = 0;
  let wordLen = 0; // Persian letters since the last non-letter: «ه.ش» keeps its dot tight, «است.بعد» gets a space
  let dotWordLen = 0;
  let spacedWordLen = 0;
  let quote = 0; // 0 none open, 1 «, 2 "
  let needNfc = false;
  let numberEnd = -2;
  let numberLatin = false;
  let counted = { dots: 0, others: 0 };

  // Settles pending space or ZWNJ before a unit of class `k` is written.
  const before = (c: number, k: number): void => {
    const prev = out.last();
    if (pendSpace) {
      pendSpace = false;
      pendZwnj = false;
      if (out.n > 0 && prev !== NL && prev !== SPACE && !NO_SPACE_AFTER[prev] && !NO_SPACE_BEFORE[c]) out.push(SPACE);
      return;
    }
    if (pendZwnj) {
      pendZwnj = false;
      if (k === K.Letter && !NON_JOINING_FLAG[prev]) out.push(ZWNJ_CODE);
      return;
    }
    if (out.n === 0) return;
    if (k === K.Letter && SPACE_AFTER[prev]) {
      // «سلام!چطوری» and «گفت:«من» get their space; a dot only between Persian words of two letters or more.
      if (prev === 0x2e ? dotWordLen >= 2 && IS_FA[c] : prev === 0x3a ? IS_FA[c] : true) out.push(SPACE);
    } else if ((c === 0xab || c === 0x28) && (IS_FA[prev] || isLatinLetter(prev) || (SPACE_AFTER[prev] && prev !== 0x2e))) {
      out.push(SPACE);
    }
  };

  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    const k = CLASS[c] ?? K.Copy;
    switch (k) {
      case K.Letter:
      case K.Mapped: {
        if (k === K.Mapped) {
          const single = SINGLE[c] ?? 0;
          if (single) c = single;
          else {
            // ۀ → ه + hamza above, as ISIRI 6219 encodes ezafe on heh.
            before(0x647, K.Letter);
            out.push(0x647);
            out.push(0x654);
            script = 1;
            wordLen++;
            continue;
          }
        }
        if (IS_FA[c]) {
          // Three or more of one letter is stretching («سلاممم»): keep one.
          // The run counts the same letters just written, and those that follow in any form.
          let back = 0;
          if (!pendSpace && !pendZwnj) while (back < 3 && out.last(back + 1) === c) back++;
          let run = i + 1;
          while (s.charCodeAt(run) === c || SINGLE[s.charCodeAt(run)] === c) run++;
          if (back + run - i >= (c === 0x647 ? 4 : 3)) {
            out.n -= back;
            i = run - 1;
          }
          before(c, K.Letter);
          out.push(c);
          script = 1;
          wordLen++;
        } else {
          before(c, K.Copy);
          out.push(c);
        }
        continue;
      }
      case K.Latin:
        if ((c === 0x68 || c === 0x77) && isUrlStart(s, i)) {
          before(c, K.Copy);
          const end = tokenEnd(s, i);
          for (let j = i; j < end; j++) out.push(s.charCodeAt(j));
          i = end - 1;
          script = 2;
          continue;
        }
        before(c, K.Letter);
        out.push(c);
        script = 2;
        wordLen = 0;
        continue;
      case K.Digit: {
        const prev = out.last();
        const latin = script === 2 || (script === 0 && nextLetterScript(s, i) === 2);
        if (!latin && !pendSpace && IS_FA[prev]) pendSpace = true; // «مسافت۹» → «مسافت ۹»
        before(c, K.Copy);
        // A number right after another and one separator is one number when read again.
        const from = out.n;
        const sep = out.last();
        const joins = from === numberEnd + 1 && SEPARATORS.has(sep) && !latin && !numberLatin;
        const prior = joins ? addMarks(counted, [sep], false) : { dots: 0, others: 0 };
        i = copyNumber(s, i, out, latin) - 1;
        const written = Array.from(out.buf.subarray(from, out.n));
        if (joins && sep === 0x2e) {
          const whole = addMarks(prior, written, true);
          if (whole.dots === 1 && whole.others === 0) out.buf[from - 1] = 0x66b;
        }
        counted = addMarks(prior, written, false);
        numberEnd = out.n;
        numberLatin = latin;
        wordLen = 0;
        const j = pastMarks(s, i + 1);
        const next = letter(s.charCodeAt(j));
        // «۹کیلومتر» → «۹ کیلومتر», but ordinals «۲۲ام» and «۳امین» stay attached.
        if (!latin && IS_FA[next] && !(next === ALEF && letter(s.charCodeAt(j + 1)) === 0x645)) pendSpace = true;
        continue;
      }
      case K.Space:
        if (!pendSpace) spacedWordLen = wordLen;
        if (out.n > 0) pendSpace = true;
        pendZwnj = false;
        wordLen = 0;
        continue;
      case K.Newline:
        pendSpace = false;
        pendZwnj = false;
        out.push(NL);
        quote = 0;
        wordLen = 0;
        continue;
      case K.Zwnj:
        if (!pendSpace && (IS_FA[out.last()] || PERSIAN_MARK[out.last()])) pendZwnj = true;
        continue;
      case K.Zwj: {
        // Joins emoji into one glyph; between letters it is a typing slip (the letter after it found past marks and ZWJ).
        if (!IS_FA[out.last()] && !IS_FA[letter(s.charCodeAt(pastMarks(s, i + 1)))]) out.push(c);
        continue;
      }
      case K.Drop:
        continue;
      case K.Mark:
        if (addMark(s, i, c)) i++;
        continue;
      case K.Combining:
        needNfc = true;
        out.push(c);
        continue;
      case K.HashOrAt:
        if (out.n === 0 || pendSpace || out.last() === NL || NO_SPACE_AFTER[out.last()]) {
          const end = tokenEnd(s, i);
          if (end > i + 1) {
            before(c, K.Copy);
            for (let j = i; j < end; j++) out.push(s.charCodeAt(j));
            i = end - 1;
            continue;
          }
        }
        before(c, K.Copy);
        out.push(c);
        continue;
      case K.Punct: {
        c = punctFor(c, script, s, i);
        if (c === 0x2e && s.charCodeAt(i + 1) === 0x2e && s.charCodeAt(i + 2) === 0x2e) {
          while (s.charCodeAt(i + 1) === 0x2e) i++;
          c = 0x2026;
        }
        if (c === 0x22) {
          // ASCII quotes become «» around Persian text; a quote after a space or at the start opens.
          const opens = quote === 0 && (out.n === 0 || pendSpace || NO_SPACE_AFTER[out.last()] || out.last() === NL);
          if (opens) {
            quote = nextLetterScript(s, i) === 1 ? 1 : 2;
            if (quote === 1) c = 0xab;
          } else {
            if (quote === 1) c = 0xbb;
            quote = 0;
          }
        }
        if (c === 0x2e) dotWordLen = pendSpace ? spacedWordLen : wordLen;
        before(c, K.Punct);
        out.push(c);
        wordLen = 0;
        continue;
      }
      default:
        before(c, K.Copy);
        out.push(c);
        wordLen = 0;
    }
  }
  const text = out.toString();
  return needNfc ? text.normalize('NFC') : text;
}

/** Diacritics: tanvin on alef and ezafe hamza stay, hamza and madda compose with their letter, the rest go. */
function addMark(s: string, i: number, c: number): boolean {
  const prev = out.last();
  if (c === 0x64b) {
    if (prev === ALEF || prev === 0x6cc || prev === 0x621) out.push(c);
    else if (s.charCodeAt(i + 1) === ALEF && IS_FA[prev]) {
      out.push(ALEF); // «فورًا» → «فوراً»: the alef it stood before is taken now
      out.push(c);
      return true;
    }
  } else if (c === 0x654) {
    if (prev === 0x647) out.push(c);
    else if (prev === ALEF) out.buf[out.n - 1] = 0x623;
    else if (prev === 0x648) out.buf[out.n - 1] = 0x624;
    else if (prev === 0x6cc || prev === 0x64a) out.buf[out.n - 1] = 0x626;
  } else if (c === 0x655) {
    if (prev === ALEF) out.buf[out.n - 1] = 0x625;
  } else if (c === 0x653) {
    if (prev === ALEF) out.buf[out.n - 1] = 0x622;
  }
  return false;
}

/** ASCII , ; ? become Persian ، ؛ ؟ after Persian letters; ٬ outside a number is a comma. */
function punctFor(c: number, script: Script, s: string, i: number): number {
  if (c === 0x66c) return 0x60c;
  const persian = script === 1 || (script === 0 && nextLetterScript(s, i) !== 2);
  if (!persian) return c;
  if (c === 0x2c) return 0x60c;
  if (c === 0x3b) return 0x61b;
  if (c === 0x3f) return 0x61f;
  if (c === 0x25) return 0x66a;
  return c;
}

function nextLetterScript(s: string, i: number): Script {
  for (let j = i + 1; j < s.length && j < i + 200; j++) {
    const c = s.charCodeAt(j);
    if (c === NL) return 0;
    if (IS_FA[c] || SINGLE[c] || LETTER_MAP[String.fromCharCode(c)]) return 1;
    if (isLatinLetter(c)) return 2;
  }
  return 0;
}

export { digitValue };
