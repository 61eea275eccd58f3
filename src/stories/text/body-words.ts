import { foldChars, foldedChars, isDigitCode } from './fold.ts';
import { isNumberWordAt } from './numbers.ts';
import { FNV_START, fnvStep, mixWordHash } from './word-ids.ts';

/**
 * An article's body read from its folded characters, with no string made for its words: where its first
 * words are (their term ids are looked up by the characters, `Vocabulary.wordTermAt`), and the few words
 * a number may be in. A body has some 150 words read and a string for each, split and hashed again, was
 * most of what the collector had to sweep after every article.
 */
export interface BodyWords {
  /** The folded characters (the whole body read, for the shingles); `length` of them. */
  chars: Uint16Array;
  length: number;
  /** Words read (at most the limit), each by its start and length in `chars`. */
  count: number;
  starts: Int32Array;
  lengths: Int32Array;
  /** Each word's `wordHash`, worked out while its end is looked for (its lookups need not read it again). */
  hashes: Int32Array;
  /**
   * The words read as tokens for `numberPhrases`, from the first that may be a number on: digits, number
   * words and «و» as themselves, each run of other words as one '' (it parts two numbers as one word does,
   * and reads no number either); empty when no word may be a number.
   */
  numberTokens: string[];
}

const AND = 0x648; // «و»
const SPACE = 32;

// One body is read at a time: its characters and word bounds are kept here until the next one.
let chars = new Uint16Array(4096);
let starts = new Int32Array(256);
let lengths = new Int32Array(256);
let hashes = new Int32Array(256);

/** Reads `text` (a body) folded; its first `limit` words are bounded. Valid until the next body is read. */
export function readBody(text: string, limit: number): BodyWords {
  const length = foldChars(text);
  if (chars.length < length) chars = new Uint16Array(length * 2);
  chars.set(foldedChars().subarray(0, length));
  if (starts.length < limit) {
    starts = new Int32Array(limit);
    lengths = new Int32Array(limit);
    hashes = new Int32Array(limit);
  }
  let count = 0;
  let tokens: string[] | null = null;
  for (let start = 0; start < length && count < limit; ) {
    let end = start;
    // The word's hash is worked out on the way to its end (its lookups need not read it again).
    let h = FNV_START;
    while (end < length) {
      const c = chars[end] as number;
      if (c === SPACE) break;
      h = fnvStep(h, c);
      end++;
    }
    const hash = mixWordHash(h);
    starts[count] = start;
    lengths[count] = end - start;
    hashes[count] = hash;
    const first = chars[start] as number;
    // A string only for a word that may be a number: digits, or a number word (looked up by its characters).
    if (isDigitCode(first) || isNumberWordAt(chars, start, end - start, hash)) {
      // The first word that may be a number starts the tokens (a number reads forward, never back).
      tokens ??= [];
      tokens.push(String.fromCharCode(...chars.subarray(start, end)));
    } else if (tokens) {
      const token = end - start === 1 && first === AND ? 'و' : '';
      if (token || tokens[tokens.length - 1] !== '') tokens.push(token);
    }
    count++;
    start = end + 1;
  }
  return { chars, length, count, starts, lengths, hashes, numberTokens: tokens ?? [] };
}
