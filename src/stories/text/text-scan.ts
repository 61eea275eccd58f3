import { readFileSync } from 'node:fs';
import { BINS } from '../minhash.ts';
import { LETTERS } from './fold.ts';

/**
 * The loops over every character of an article, run in WebAssembly (`text-scan.c`, built by
 * `npm run build:wasm`): the headline, lead and body folded and bounded into words, then the MinHash signature
 * and exact-copy key over the three. In JavaScript each character cost a string read with its
 * representation tested, and a bounds check on every typed array touched; these were a fifth of placing an
 * article. The strings reach the module's memory by `Buffer.write` (a copy of their UTF-16 units), and every
 * result is read in place: nothing is allocated a call. `text-scan.test.ts` holds each loop to its
 * JavaScript twin (`foldChars`, `signature`) on fuzzed and real text.
 */
interface TextScanExports {
  memory: WebAssembly.Memory;
  __heap_base: WebAssembly.Global;
  fold_chars(text: number, length: number, into: number, letters: number): number;
  bound_words(chars: number, from: number, to: number, limit: number, starts: number, lengths: number, hashes: number): number;
  sign(head: number, headLength: number, tail: number, tailLength: number, codes: number, mins: number, low: number, out: number): void;
}

const module = new WebAssembly.Module(readFileSync(new URL('./text-scan.wasm', import.meta.url)));
const wasm = new WebAssembly.Instance(module, {}).exports as unknown as TextScanExports;

/** Words of folded text, each by its start in `chars`, its length and its `wordHash`. */
export interface ScannedWords {
  chars: Uint16Array;
  count: number;
  starts: Int32Array;
  lengths: Int32Array;
  hashes: Int32Array;
}

/** What one scan leaves in the module's memory, valid until the next scan. */
export interface ScannedText {
  /** The folded headline, then the folded lead, in `head.chars`; all their words, the headline's first. */
  head: ScannedWords;
  title: number;
  lead: number;
  /** The folded body (`length` characters) and its first `limit` words. */
  body: ScannedWords;
  length: number;
  /** The signature's bins (their low 16 bits), the shingles counted, the copy key's lanes and letters. */
  mins: Uint16Array;
  shingles: number;
  h1: number;
  h2: number;
  letters: number;
}

const words = (buffer: ArrayBuffer, chars: number, room: number, starts: number, count: number): ScannedWords => ({
  chars: new Uint16Array(buffer, chars, room),
  count: 0,
  starts: new Int32Array(buffer, starts, count),
  lengths: new Int32Array(buffer, starts + count * 4, count),
  hashes: new Int32Array(buffer, starts + count * 8, count),
});

/** Where each area lies in the module's memory, for the largest texts met so far. */
class Layout {
  letters = 0;
  mins = 0;
  low = 0;
  out = 0;
  input = 0;
  head = 0;
  body = 0;
  codes = 0;
  bodyRoom = -1;
  headRoom = -1;
  limitRoom = -1;
  bytes!: Buffer;
  scan!: ScannedText;
  outView!: Int32Array;

  fits(body: number, head: number, limit: number): boolean {
    return body <= this.bodyRoom && head <= this.headRoom && limit <= this.limitRoom;
  }

  /** Lays the areas out for texts of these sizes (at least twice the last), growing the memory if need be. */
  plan(body: number, head: number, limit: number): void {
    this.bodyRoom = Math.max(body, this.bodyRoom * 2, 4096);
    this.headRoom = Math.max(head, this.headRoom * 2, 1024);
    this.limitRoom = Math.max(limit, this.limitRoom, 256);
    // Folding may write a space before each character (a digit glued to a letter), and keeps none it drops;
    // a text has at most as many words as characters.
    const headFolded = this.headRoom * 2 + 2;
    const bodyFolded = this.bodyRoom * 2 + 1;
    let at = wasm.__heap_base.value as number;
    const take = (bytes: number) => {
      const here = at;
      at += (bytes + 7) & ~7;
      return here;
    };
    this.letters = take(LETTERS.byteLength);
    this.mins = take(BINS * 4);
    this.low = take(BINS * 2);
    this.out = take(16);
    const bodyWords = take(this.limitRoom * 12);
    const headWords = take(headFolded * 12);
    this.input = take((this.headRoom + this.bodyRoom) * 2);
    this.head = take(headFolded * 2);
    this.body = take(bodyFolded * 2);
    this.codes = take((headFolded + bodyFolded) * 2);
    const memory = wasm.memory;
    if (at > memory.buffer.byteLength) memory.grow(Math.ceil((at - memory.buffer.byteLength) / 65536));
    const buffer = memory.buffer;
    new Uint16Array(buffer, this.letters, LETTERS.length).set(LETTERS);
    this.bytes = Buffer.from(buffer);
    this.outView = new Int32Array(buffer, this.out, 4);
    this.scan = {
      head: words(buffer, this.head, headFolded, headWords, headFolded),
      title: 0,
      lead: 0,
      body: words(buffer, this.body, bodyFolded, bodyWords, this.limitRoom),
      length: 0,
      mins: new Uint16Array(buffer, this.low, BINS),
      shingles: 0,
      h1: 0,
      h2: 0,
      letters: 0,
    };
  }
}

const layout = new Layout();

/**
 * Folds the headline, lead and body, bounds all the headline's and lead's words and the body's first `limit`,
 * then signs the three folded texts read as one. The result, and the arrays in it, are overwritten by the
 * next scan.
 */
export function scanText(title: string, lead: string, body: string, limit: number): ScannedText {
  if (!layout.fits(body.length, title.length + lead.length, limit)) layout.plan(body.length, title.length + lead.length, limit);
  const { bytes, scan } = layout;
  const { head, body: bodyWords } = scan;
  const input = layout.input;
  bytes.write(title, input, title.length * 2, 'utf16le');
  bytes.write(lead, input + title.length * 2, lead.length * 2, 'utf16le');
  bytes.write(body, input + (title.length + lead.length) * 2, body.length * 2, 'utf16le');
  const folded = layout.head;
  scan.title = wasm.fold_chars(input, title.length, folded, layout.letters);
  scan.lead = wasm.fold_chars(input + title.length * 2, lead.length, folded + scan.title * 2, layout.letters);
  scan.length = wasm.fold_chars(input + (title.length + lead.length) * 2, body.length, layout.body, layout.letters);
  const headEnd = scan.title + scan.lead;
  // The lead's words are bounded after the headline's, in the same arrays.
  const titleWords = bound(head, folded, 0, scan.title, 0);
  head.count = titleWords + bound(head, folded, scan.title, headEnd, titleWords);
  bodyWords.count = bound(bodyWords, layout.body, 0, scan.length, 0, limit);
  wasm.sign(folded, headEnd, layout.body, scan.length, layout.codes, layout.mins, layout.low, layout.out);
  const out = layout.outView;
  scan.h1 = out[0] as number;
  scan.h2 = out[1] as number;
  scan.letters = out[2] as number;
  scan.shingles = out[3] as number;
  return scan;
}

/**
 * Bounds the words of the folded text at `chars` (a place in the module's memory) from `from` to `to` into
 * `words`' arrays from entry `skip` on, at most `limit` of them (as many as the arrays hold, by default).
 */
function bound(words: ScannedWords, chars: number, from: number, to: number, skip: number, limit = words.starts.length - skip): number {
  const at = skip * 4;
  return wasm.bound_words(chars, from, to, limit, words.starts.byteOffset + at, words.lengths.byteOffset + at, words.hashes.byteOffset + at);
}
