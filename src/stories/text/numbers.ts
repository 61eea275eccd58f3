import { fold, isDigitCode, startsWithDigit } from './fold.ts';
import { lexicon } from './lexicon.ts';
import { WordIds } from './word-ids.ts';

// Numbers as a headline writes them: digits («۲۴»), words («بیست و چهار»), ordinals («بیست و چهارم»,
// «سومین», «نخستین»). Claim checks compare their values, so «قرن نوزدهم» and «قرن ۱۹» say the same.

interface NumbersFile {
  cardinals: Record<string, number>;
  ordinals: Record<string, number>;
}

const load = lexicon<NumbersFile>('numbers.json');
let words: Map<string, number> | null = null;
let ordinals: Set<string> | null = null;

// Most words of an article are not number words: a bit per (first letter, last letter) pair of the number
// words, by the low byte of each, turns nearly all of them away without a lookup in the table.
const sieve = new Uint8Array(8192);
/** The sieve's key of a word whose first and last letters are `first` and `last`. */
const sieveKey = (first: number, last: number) => ((first & 0xff) << 8) | (last & 0xff);
const pairOf = (w: string) => sieveKey(w.charCodeAt(0), w.charCodeAt(w.length - 1));

function table(): Map<string, number> {
  if (words) return words;
  const file = load();
  words = new Map();
  ordinals = new Set();
  for (const [w, n] of Object.entries(file.cardinals)) words.set(fold(w), n);
  for (const [w, n] of Object.entries(file.ordinals)) {
    // «سوم» → «سومین»
    for (const form of w.endsWith('م') ? [fold(w), `${fold(w)}ین`] : [fold(w)]) {
      words.set(form, n);
      ordinals.add(form);
    }
  }
  for (const w of words.keys()) {
    const b = pairOf(w);
    sieve[b >>> 3] = (sieve[b >>> 3] as number) | (1 << (b & 7));
  }
  return words;
}

// The number words again, looked up by their characters: a body's words are tested without a string.
let wordsByChars: WordIds | null = null;

/**
 * True when the word in `chars[start, start + length)` is a number word (cardinal or ordinal, folded);
 * `hash` is its `wordHash`, when the caller has it.
 */
export function isNumberWordAt(chars: Uint16Array, start: number, length: number, hash?: number): boolean {
  if (!wordsByChars) {
    wordsByChars = new WordIds(10);
    for (const w of table().keys()) wordsByChars.set(w, 1);
  }
  // The sieve of first and last letters first (`table` set it): it turns away nearly every word of a body.
  if (!length) return false;
  const b = sieveKey(chars[start] as number, chars[start + length - 1] as number);
  if (!((sieve[b >>> 3] as number) & (1 << (b & 7)))) return false;
  return wordsByChars.getAt(chars, start, length, hash) !== undefined;
}

const DIGITS = /^\d+(?:\.\d+)?$/;

/** The value a folded word writes, as a string («۴٫۷» folds to «4.7»), or null. */
export function numberValue(word: string): string | null {
  const c = word.charCodeAt(0);
  if (isDigitCode(c)) return DIGITS.test(word) ? word : null;
  const t = table();
  const b = pairOf(word);
  if (!word || !((sieve[b >>> 3] as number) & (1 << (b & 7)))) return null;
  const n = t.get(word);
  return n === undefined ? null : String(n);
}

/** A number in a headline: the tokens it spans and its value. */
export interface NumberPhrase {
  start: number;
  end: number;
  value: string;
}

const AND = fold('و');

/** Numbers in folded tokens; «یکصد و هفتاد و ششم» is one phrase, 176. */
export function numberPhrases(tokens: readonly string[]): NumberPhrase[] {
  const out: NumberPhrase[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    // A body's tokens are mostly '' (a word no number is in): passed over without a lookup.
    if (!token) continue;
    const v = numberValue(token);
    if (v === null) continue;
    const end = phraseEnd(tokens, i, v);
    out.push({ start: i, end, value: phraseValue });
    i = end;
  }
  return out;
}

/**
 * The values of `numberPhrases(tokens)` added to `values`, each once, in order (no phrase made: a lead's
 * and a body's numbers are kept only as values).
 */
export function addNumberValues(tokens: readonly string[], values: string[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    if (!token) continue;
    const v = numberValue(token);
    if (v === null) continue;
    i = phraseEnd(tokens, i, v);
    if (!values.includes(phraseValue)) values.push(phraseValue);
  }
}

// The value of the phrase `phraseEnd` read last (a second result, without an object to carry it).
let phraseValue = '';

/** Where the number phrase that starts at `i` with value `v` ends; its value is left in `phraseValue`. */
function phraseEnd(tokens: readonly string[], i: number, v: string): number {
  let end = i;
  let total = Number(v);
  let last = total;
  const whole = !v.includes('.') && !startsWithDigit(tokens[i] ?? '');
  // Number words join with «و» from the larger part to the smaller, an ordinal last: «یکصد و هفتاد و ششم»;
  // «نوزدهم و سومین» and «۲ و ۳» are two numbers.
  while (whole && tokens[end + 1] === AND && !ordinals?.has(tokens[end] ?? '') && last % 10 === 0) {
    const next = tokens[end + 2] ?? '';
    const nv = startsWithDigit(next) ? null : numberValue(next);
    if (nv === null || Number(nv) >= last) break;
    last = Number(nv);
    total += last;
    end += 2;
  }
  phraseValue = whole ? String(total) : v;
  return end;
}
