import { BINS, copyKey, type Signature } from '../minhash.ts';
import { uint16s } from '../slab.ts';
import { isDigitCode } from './fold.ts';
import { isNumberWordAt } from './numbers.ts';
import { type ScannedWords, scanText } from './text-scan.ts';

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

/** An article's headline, lead and body read: folded, bounded into words, and signed. */
export interface ReadText {
  /** The folded headline and lead. */
  title: string;
  lead: string;
  /** The headline's words then the lead's, in their folded characters (valid until the next text is read). */
  fields: ScannedWords;
  body: BodyWords;
  sig: Signature;
  /** The exact-copy key (`copyKey`). */
  hash: string;
}

const decoder = new TextDecoder('utf-16le');

/**
 * Reads a headline, lead and body: each folded, the headline's and lead's words and the body's first `limit`
 * bounded, and the signature of the three as `signature([title, lead], chars, length)` gives it. The arrays
 * are valid until the next text is read; the strings and the signature are the caller's.
 */
export function readText(title: string, lead: string, text: string, limit: number): ReadText {
  const scan = scanText(title, lead, text, limit);
  const { chars, starts, lengths, hashes, count } = scan.body;
  let tokens: string[] | null = null;
  for (let w = 0; w < count; w++) {
    const start = starts[w] as number;
    const length = lengths[w] as number;
    const first = chars[start] as number;
    // A string only for a word that may be a number: digits, or a number word (looked up by its characters).
    if (isDigitCode(first) || isNumberWordAt(chars, start, length, hashes[w] as number)) {
      // The first word that may be a number starts the tokens (a number reads forward, never back).
      tokens ??= [];
      tokens.push(String.fromCharCode(...chars.subarray(start, start + length)));
    } else if (tokens) {
      const token = length === 1 && first === AND ? 'و' : '';
      if (token || tokens[tokens.length - 1] !== '') tokens.push(token);
    }
  }
  const mins = uint16s(BINS);
  mins.set(scan.mins);
  const head = scan.head.chars;
  return {
    title: scan.title ? decoder.decode(head.subarray(0, scan.title)) : '',
    lead: scan.lead ? decoder.decode(head.subarray(scan.title, scan.title + scan.lead)) : '',
    fields: scan.head,
    body: { chars, length: scan.length, count, starts, lengths, hashes, numberTokens: tokens ?? [] },
    sig: { mins, size: scan.shingles },
    hash: copyKey(scan.h1, scan.h2, scan.letters),
  };
}
