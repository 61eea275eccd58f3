import { buildCompatMap } from './chars.ts';
import { CLASS, IS_FA, K, NO_SPACE_AFTER, PERSIAN_MARK, RARE, SPACE_AFTER } from './char-classes.ts';
import { FIRST_LETTER, NONE, PEND_SPACE, PEND_ZWNJ, SINGLE, type Script, nextLetterScript, punctFor, settle } from './clean-rules.ts';
import { copySpan, isUrlStart, noNumberWritten, tokenEnd, writeNumber } from './spans.ts';
import { InputUnits, type Units } from './units.ts';

// The character pass of display normalization: one walk over the string that maps letters, digits and
// punctuation, drops invisible marks, and settles spaces and ZWNJ, writing UTF-16 code units into a buffer.
// Word-level work (restoring lost ZWNJ) happens afterwards in `joins.ts`, on that buffer.
//
// The walk keeps its state in local variables; what happens before a unit is written (a pending space or
// ZWNJ, a space after punctuation) is decided by `settle` (clean-rules.ts), a pure function of that state.

const COMPAT = buildCompatMap();
const COMPAT_RE = /[\uFB50-\uFDFF\uFE70-\uFEFF\u2460-\u24FF]/g;

const input = new InputUnits();

const ALEF = 0x627;
const HEH = 0x647;
const NL = 10;
const DOT = 0x2e;

// The switch below names the classes of char-classes.ts (K) by this enum, so that it compiles to a jump
// table: an imported object's fields would be read and compared one by one. The two must agree.
const enum C { Copy, Letter, Mapped, Latin, Digit, Space, Newline, Zwnj, Zwj, Drop, Mark, Combining, Punct, HashOrAt, Rare }
if (
  K.Copy !== C.Copy || K.Letter !== C.Letter || K.Mapped !== C.Mapped || K.Latin !== C.Latin || K.Digit !== C.Digit ||
  K.Space !== C.Space || K.Newline !== C.Newline || K.Zwnj !== C.Zwnj || K.Zwj !== C.Zwj || K.Drop !== C.Drop ||
  K.Mark !== C.Mark || K.Combining !== C.Combining || K.Punct !== C.Punct || K.HashOrAt !== C.HashOrAt || K.Rare !== C.Rare
) {
  throw new Error('clean.ts: the character classes of char-classes.ts changed; update the enum C');
}

/**
 * What carries from one piece of a long text to the next (the script of the last letters), and what the
 * pass reports to its caller.
 */
export class CleanState {
  script: Script = 0;
  /** Set when combining marks were written: the caller composes them (NFC). */
  needNfc = false;
  /** Set when a line break was written. */
  newline = false;
  /** Set when the text has presentation forms, ligatures or enclosed numbers: the caller expands them first. */
  compat = false;
  /** Set when the text has surrogates: the caller makes the output well formed. */
  surrogate = false;

  reset(): this {
    this.script = 0;
    this.needNfc = false;
    this.newline = false;
    this.compat = false;
    this.surrogate = false;
    return this;
  }
}

/** Presentation forms and ligatures to plain letters; the pass itself then sees ordinary text. */
export function expandCompat(s: string): string {
  return s.replace(COMPAT_RE, (c) => COMPAT.get(c.charCodeAt(0))?.replace(/[.()]/g, '') ?? c);
}

/** A unit as the Persian letter this pass writes first for it (Arabic yeh as yeh, «ۀ» as «ه»), or itself. */
function letterOf(c: number): number {
  return CLASS[c] === C.Mapped ? FIRST_LETTER[c] || c : c;
}

/** The first place from `j` that is not a ZWNJ, ZWJ or mark this pass drops or settles where it stands. */
function pastMarks(s: Uint16Array, j: number, len: number): number {
  while (j < len) {
    const k = CLASS[s[j]!];
    if (k !== C.Zwnj && k !== C.Zwj && k !== C.Drop && k !== C.Mark) break;
    j++;
  }
  return j;
}

/** `u` is the letter `c`, or a letter written as `c` («ي» for «ی»). */
function sameLetter(u: number, c: number): boolean {
  return u === c || SINGLE[u] === c;
}

/**
 * The character pass over `text`, appended to `out`: text with single spaces, Persian letters, digits in
 * their script's form. The text is first copied into a buffer of code units (a native copy), which the pass
 * then reads by index, faster than reading the string.
 */
export function cleanInto(text: string, out: Units, state: CleanState): void {
  const len = text.length;
  const s = input.fill(text);
  // Each unit read writes at most three: a settled space or ZWNJ, and «ۀ» as two.
  out.reserve(3 * len + 16);
  const buf = out.buf;
  let n = out.n;
  // The tables the loop reads most, held in locals: read through the imports, each access would fetch and
  // check the table again.
  const cls = CLASS;
  const fa = IS_FA;
  let pend = NONE;
  let script = state.script;
  let wordLen = 0; // Persian letters since the last non-letter: «ه.ش» keeps its dot tight, «است.بعد» gets a space
  let dotWordLen = 0;
  let spacedWordLen = 0; // wordLen before the pending space
  let quote = 0; // 0 none open, 1 «, 2 "
  let needNfc = state.needNfc;
  let rare = 0; // RARE bits seen
  const lastNumber = noNumberWritten();

  for (let i = 0; i < len; i++) {
    let c = s[i]!;
    const k = cls[c]!;
    const prev = n > 0 ? buf[n - 1]! : 0;
    switch (k) {
      case C.Letter:
      case C.Mapped: {
        if (k === C.Mapped) {
          const single = SINGLE[c]!;
          if (single) c = single;
          else {
            // ۀ → ه + hamza above, as ISIRI 6219 encodes ezafe on heh.
            const ins = settle(0x647, true, pend, prev, n > 0, dotWordLen);
            if (ins) buf[n++] = ins;
            pend = NONE;
            buf[n++] = 0x647;
            buf[n++] = 0x654;
            script = 1;
            wordLen++;
            continue;
          }
        }
        if (fa[c]) {
          // Three or more of one letter is stretching («سلاممم»): keep one. Of «ه», four: «دهه» + «ها» lost its
          // ZWNJ in «دهههای», and the word pass gives it back.
          // The run counts the same letters just written (a run may start as one form of a letter and go on as
          // another, «یيي», or have a mark this pass drops inside, «ککَک») and those that follow in any form.
          let back = 0;
          if (pend === NONE) while (back < 3 && back < n && buf[n - 1 - back] === c) back++;
          let run = i + 1;
          while (sameLetter(s[run]!, c)) run++;
          if (back + run - i >= (c === HEH ? 4 : 3)) {
            n -= back;
            i = run - 1;
          }
          if (pend !== NONE || SPACE_AFTER[prev]) {
            const ins = settle(c, true, pend, prev, n > 0, dotWordLen);
            if (ins) buf[n++] = ins;
            pend = NONE;
          }
          buf[n++] = c;
          script = 1;
          wordLen++;
          // The rest of the word: plain Persian letters need nothing settled before them, so they are copied
          // here without going round the switch, until one is not plain or starts a stretch.
          while (i + 1 < len) {
            const d = s[i + 1]!;
            if (cls[d] !== C.Letter || (s[i + 2]! === d && s[i + 3]! === d)) break;
            buf[n++] = d;
            wordLen++;
            i++;
          }
        } else {
          const ins = settle(c, false, pend, prev, n > 0, dotWordLen);
          if (ins) buf[n++] = ins;
          pend = NONE;
          buf[n++] = c;
        }
        continue;
      }
      case C.Latin: {
        if ((c === 0x68 || c === 0x77) && isUrlStart(s, i, len)) {
          const ins = settle(c, false, pend, prev, n > 0, dotWordLen);
          if (ins) buf[n++] = ins;
          pend = NONE;
          const end = tokenEnd(s, i, len);
          rare |= copySpan(s, i, end, buf, n);
          n += end - i;
          i = end - 1;
          script = 2;
          continue;
        }
        const ins = settle(c, true, pend, prev, n > 0, dotWordLen);
        if (ins) buf[n++] = ins;
        pend = NONE;
        buf[n++] = c;
        script = 2;
        wordLen = 0;
        continue;
      }
      case C.Digit: {
        const latin = script === 2 || (script === 0 && nextLetterScript(s, i, len) === 2);
        if (!latin && pend !== PEND_SPACE && fa[prev]) pend = PEND_SPACE; // «مسافت۹» → «مسافت ۹»
        const ins = settle(c, false, pend, prev, n > 0, dotWordLen);
        if (ins) buf[n++] = ins;
        pend = NONE;
        const end = writeNumber(s, i, len, buf, n, latin, lastNumber);
        n += end - i;
        i = end - 1;
        wordLen = 0;
        // The letter after the number, past the marks this pass drops there (so that the result, read again, is the same).
        const j = pastMarks(s, i + 1, len);
        const next = letterOf(s[j]!);
        // «۹کیلومتر» → «۹ کیلومتر», but ordinals «۲۲ام» and «۳امین» stay attached.
        if (!latin && fa[next] && !(next === ALEF && letterOf(s[j + 1]!) === 0x645)) pend = PEND_SPACE;
        continue;
      }
      case C.Space:
        // A space before a dot is dropped, and the dot then ends the word before the space: its length decides.
        if (pend !== PEND_SPACE) spacedWordLen = wordLen;
        pend = n > 0 ? PEND_SPACE : NONE;
        wordLen = 0;
        continue;
      case C.Newline:
        state.newline = true;
        pend = NONE;
        buf[n++] = NL;
        quote = 0;
        wordLen = 0;
        continue;
      case C.Zwnj:
        if (pend !== PEND_SPACE && (fa[prev] || PERSIAN_MARK[prev])) pend = PEND_ZWNJ;
        continue;
      case C.Zwj: {
        // Joins emoji into one glyph; between letters it is a typing slip. The letter after it is found past the
        // marks this pass drops or settles there (and past more ZWJ), so that the result, read again, is the same.
        if (!fa[prev] && !fa[letterOf(s[pastMarks(s, i + 1, len)]!)]) buf[n++] = c;
        continue;
      }
      case C.Drop:
        continue;
      case C.Mark: {
        // Tanvin on alef and ezafe hamza stay, hamza and madda compose with their letter, the rest go.
        if (c === 0x64b) {
          if (prev === ALEF || prev === 0x6cc || prev === 0x621) buf[n++] = c;
          else if (s[i + 1]! === ALEF && fa[prev]) {
            buf[n++] = ALEF; // «فورًا» → «فوراً»: the alef it stood before is taken now
            buf[n++] = c;
            i++;
          }
        } else if (c === 0x654) {
          if (prev === 0x647) buf[n++] = c;
          else if (prev === ALEF) buf[n - 1] = 0x623;
          else if (prev === 0x648) buf[n - 1] = 0x624;
          else if (prev === 0x6cc || prev === 0x64a) buf[n - 1] = 0x626;
        } else if (c === 0x655) {
          if (prev === ALEF) buf[n - 1] = 0x625;
        } else if (c === 0x653) {
          if (prev === ALEF) buf[n - 1] = 0x622;
        }
        continue;
      }
      case C.Combining:
        needNfc = true;
        buf[n++] = c;
        continue;
      case C.HashOrAt: {
        if (n === 0 || pend === PEND_SPACE || prev === NL || NO_SPACE_AFTER[prev]) {
          const end = tokenEnd(s, i, len);
          if (end > i + 1) {
            const ins = settle(c, false, pend, prev, n > 0, dotWordLen);
            if (ins) buf[n++] = ins;
            pend = NONE;
            rare |= copySpan(s, i, end, buf, n);
            n += end - i;
            i = end - 1;
            continue;
          }
        }
        const ins = settle(c, false, pend, prev, n > 0, dotWordLen);
        if (ins) buf[n++] = ins;
        pend = NONE;
        buf[n++] = c;
        continue;
      }
      case C.Punct: {
        c = punctFor(c, script, s, i, len);
        if (c === DOT && s[i + 1]! === DOT && s[i + 2]! === DOT) {
          while (s[i + 1]! === DOT) i++;
          c = 0x2026;
        }
        if (c === 0x22) {
          // ASCII quotes become «» around Persian text; a quote after a space or at the start opens.
          const opens = quote === 0 && (n === 0 || pend === PEND_SPACE || NO_SPACE_AFTER[prev] || prev === NL);
          if (opens) {
            quote = nextLetterScript(s, i, len) === 1 ? 1 : 2;
            if (quote === 1) c = 0xab;
          } else {
            if (quote === 1) c = 0xbb;
            quote = 0;
          }
        }
        if (c === DOT) dotWordLen = pend === PEND_SPACE ? spacedWordLen : wordLen;
        const ins = settle(c, false, pend, prev, n > 0, dotWordLen);
        if (ins) buf[n++] = ins;
        pend = NONE;
        buf[n++] = c;
        wordLen = 0;
        continue;
      }
      case C.Rare:
        rare |= RARE[c]!;
      // falls through: written as it is
      default: {
        const ins = settle(c, false, pend, prev, n > 0, dotWordLen);
        if (ins) buf[n++] = ins;
        pend = NONE;
        buf[n++] = c;
        wordLen = 0;
      }
    }
  }
  out.n = n;
  input.shrink();
  state.script = script;
  state.needNfc = needNfc;
  if (rare & 1) state.compat = true;
  if (rare & 2) state.surrogate = true;
}
