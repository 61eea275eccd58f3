import { CleanState, cleanInto, expandCompat } from './clean.ts';
import { restoreJoinsInto } from './joins.ts';
import { KeyState, finishKey, foldKeyInto } from './key.ts';
import { Units, toUnits } from './units.ts';

// Display normalization and search keys as passes over buffers of code units: the character pass
// (clean.ts) writes one buffer, the word pass (joins.ts) reads it line by line and writes a second, and for
// a key the fold (key.ts) reads that one and writes a third. Strings are made once, at the end.
//
// A long text goes through in pieces of whole lines, so the buffers stay small and warm in cache whatever the
// size of the input. Only the script of the last letters carries from one line to the next, and it is
// handed on. Three rare cases, which the character pass reports, are settled around it: presentation forms
// and ligatures are expanded before it (the piece is read again), lone surrogates become U+FFFD after it,
// and a text with combining marks (U+0300–036F) is composed (NFC) as a whole, so it goes through again in
// one piece.

/** Units of input per piece. */
const PIECE = 1 << 16;

const WHITE = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) if (/\s/.test(String.fromCharCode(c))) WHITE[c] = 1;

const cleanState = new CleanState();
const foldState = new KeyState();
const cleaned = new Units(1 << 16);
const joined = new Units(1 << 16);
const keyed = new Units(1 << 16);

/** The display form (key false) or the search key (key true) of `input`. */
export function runPipeline(input: string, key: boolean, piece = PIECE): string {
  try {
    return run(input, key, input.length <= piece ? input.length : piece) ?? (run(input, key, input.length) as string);
  } finally {
    cleaned.shrink(1 << 16);
    joined.shrink(1 << 16);
    keyed.shrink(1 << 16);
  }
}

/** `input` in pieces of about `piece` units; null where a piece needs composing, so the whole text does. */
function run(input: string, key: boolean, piece: number): string | null {
  const whole = piece >= input.length;
  // Whether to trim each line: the input has line breaks (the character pass tells, for a single piece).
  const multiLine = !whole && input.includes('\n');
  const clean = cleanState.reset();
  const keyState = foldState.reset();
  let result = '';
  let start = 0;
  do {
    const end = whole ? input.length : pieceEnd(input, start, piece);
    const text = start === 0 && end === input.length ? input : input.slice(start, end);
    const script = clean.script;
    cleaned.n = 0;
    cleanInto(text, cleaned, clean);
    if (clean.compat) {
      clean.script = script;
      cleaned.n = 0;
      cleanInto(expandCompat(text), cleaned, clean);
      clean.compat = false;
    }
    if (clean.needNfc && !whole) return null;
    if (clean.surrogate) {
      wellFormed(cleaned);
      clean.surrogate = false;
    }
    if (clean.needNfc) composeNfc(cleaned);
    joined.n = 0;
    // The words as the word pass leaves them: where it changed nothing, the character pass's own buffer.
    let words = joined;
    if (multiLine || clean.newline) joinLines(cleaned, joined);
    else if (!restoreJoinsInto(cleaned.buf, 0, cleaned.n, joined, false)) words = cleaned;
    if (key) {
      keyed.n = 0;
      foldKeyInto(words.buf, 0, words.n, keyed, keyState);
      finishKey(keyed, keyState);
      result += keyed.toString();
    } else result += words.toString();
    start = end;
  } while (start < input.length);
  return key ? result.trim() : result;
}

/** The end of the piece that starts at `start`: after the last line break within `piece` units, if any. */
function pieceEnd(input: string, start: number, piece: number): number {
  if (input.length - start <= piece) return input.length;
  const cut = input.lastIndexOf('\n', start + piece - 1);
  if (cut >= start) return cut + 1;
  const next = input.indexOf('\n', start + piece);
  return next < 0 ? input.length : next + 1;
}

/** Each line trimmed, then its words joined; line breaks kept. */
function joinLines(src: Units, out: Units): void {
  const buf = src.buf;
  let from = 0;
  while (from <= src.n) {
    let to = from;
    while (to < src.n && buf[to] !== 10) to++;
    let a = from;
    let b = to;
    while (a < b && WHITE[buf[a]!]) a++;
    while (b > a && WHITE[buf[b - 1]!]) b--;
    restoreJoinsInto(buf, a, b, out);
    if (to === src.n) break;
    out.push(10);
    from = to + 1;
  }
}

/** Unpaired surrogates become U+FFFD, as decoding the buffer as UTF-16 would make them. */
function wellFormed(units: Units): void {
  const buf = units.buf;
  for (let i = 0; i < units.n; i++) {
    const c = buf[i]!;
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c <= 0xdbff && i + 1 < units.n && buf[i + 1]! >= 0xdc00 && buf[i + 1]! <= 0xdfff) i++;
    else buf[i] = 0xfffd;
  }
}

function composeNfc(units: Units): void {
  const composed = units.toString().normalize('NFC');
  units.n = 0;
  units.pushRange(toUnits(composed), 0, composed.length);
}
