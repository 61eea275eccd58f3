import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../scripts/replay/prng.ts';
import { TEXT_SCAN_WASM, buildTextScan, canBuildWasm } from '../../../scripts/wasm/build.ts';
import { goldArticles } from '../eval/gold.ts';
import { copyKey, signature } from '../minhash.ts';
import { readText } from './body-words.ts';
import { fold, foldChars, foldedChars } from './fold.ts';
import { type ScannedWords, scanText } from './text-scan.ts';
import { wordHash } from './word-ids.ts';

/** Each word of folded characters: start, length, wordHash. */
function bounded(chars: Uint16Array, from: number, to: number, limit: number): [number, number, number][] {
  const words: [number, number, number][] = [];
  for (let start = from; start < to && words.length < limit; ) {
    let end = start;
    while (end < to && chars[end] !== 32) end++;
    words.push([start, end - start, wordHash(chars, start, end - start)]);
    start = end + 1;
  }
  return words;
}

/** What the JavaScript reads of a headline, lead and body: each folded, their words, the signature. */
function inJavaScript(title: string, lead: string, body: string, limit: number) {
  const head = [fold(title), fold(lead)];
  const headChars = Uint16Array.from(head.join(''), (c) => c.charCodeAt(0));
  const split = fold(title).length;
  const length = foldChars(body);
  const chars = foldedChars().slice(0, length);
  const sig = signature(head, chars, length);
  return {
    head,
    fields: [...bounded(headChars, 0, split, Infinity), ...bounded(headChars, split, headChars.length, Infinity)],
    folded: Array.from(chars),
    words: bounded(chars, 0, length, limit),
    mins: Array.from(sig.mins),
    size: sig.size,
    hash: sig.hash,
  };
}

function inWasm(title: string, lead: string, body: string, limit: number) {
  const s = scanText(title, lead, body, limit);
  const list = (w: ScannedWords) =>
    Array.from({ length: w.count }, (_, k): [number, number, number] => [w.starts[k] as number, w.lengths[k] as number, w.hashes[k] as number]);
  const text = (from: number, to: number) => String.fromCharCode(...s.head.chars.subarray(from, to));
  return {
    head: [text(0, s.title), text(s.title, s.title + s.lead)],
    fields: list(s.head),
    folded: Array.from(s.body.chars.subarray(0, s.length)),
    words: list(s.body),
    mins: Array.from(s.mins),
    size: s.shingles,
    hash: copyKey(s.h1, s.h2, s.letters),
  };
}

// Characters each branch of the fold reads: letters of every spelling, the three digit scripts, decimal and
// thousands marks, dropped marks (diacritics, ZWNJ, bidi controls), Latin of both cases, punctuation,
// characters above the letter table, and lone surrogates.
const ALPHABET = [
  ...'ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیيكةۀأإآؤئءـ',
  ...'0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩',
  ...'.,/٫٬،؛:!?«»()-',
  '\u064b', '\u064e', '\u0670', '\u06d6', '\u200c', '\u200d', '\u200e', '\u202b', '\u2067', '\ufeff', '\u00ad',
  ...'abcXYZßéÀ÷',
  ' ', ' ', ' ', '\n', '\t', '\u00a0',
  '\u0700', '\u2014', '\u4e2d', '\ud83d', '\ude00',
];

/** A deterministic stream of fuzzed texts. */
function fuzzed(count: number, seed: number): string[] {
  const random = mulberry32(seed);
  return Array.from({ length: count }, () => {
    const length = Math.floor(random() * 120);
    let s = '';
    for (let i = 0; i < length; i++) s += ALPHABET[Math.floor(random() * ALPHABET.length)];
    return s;
  });
}

describe('the text scan in WebAssembly', () => {
  it('folds, bounds words and signs fuzzed text exactly as the JavaScript does', () => {
    const texts = fuzzed(3000, 1405);
    for (let i = 0; i + 2 < texts.length; i += 3) {
      const [title, lead, body] = [texts[i] as string, texts[i + 1] as string, texts[i + 2] as string];
      expect(inWasm(title, lead, body, 12), JSON.stringify([title, lead, body])).toEqual(inJavaScript(title, lead, body, 12));
    }
  });

  it('reads the gold set articles exactly as the JavaScript does', () => {
    for (const a of goldArticles()) {
      const body = (a.text ?? '').slice(0, 1500);
      expect(inWasm(a.title, a.lead ?? '', body, 150), a.id).toEqual(inJavaScript(a.title, a.lead ?? '', body, 150));
    }
  });

  it('grows its memory for a long text and reads short ones after it the same', () => {
    const long = 'سیل در ۱۲ استان؛ '.repeat(2000);
    expect(inWasm(long.slice(0, 5000), 'هشدار هواشناسی', long, 5000)).toEqual(inJavaScript(long.slice(0, 5000), 'هشدار هواشناسی', long, 5000));
    expect(inWasm('', '', 'بارش باران', 150)).toEqual(inJavaScript('', '', 'بارش باران', 150));
    expect(inWasm('', '', '', 150)).toEqual(inJavaScript('', '', '', 150));
  });

  it('gives an article its number words and a signature of its own', () => {
    const a = readText('زلزله در کرمان', '', 'سیصد و بیست و پنج نفر در ۱۲ استان', 150);
    expect([a.title, a.lead]).toEqual([fold('زلزله در کرمان'), '']);
    expect(a.body.numberTokens).toEqual(['سیصد', 'و', 'بیست', 'و', 'پنج', '', '12', '']);
    const b = readText('زلزله در کرمان', '', 'سیل در گیلان', 150);
    // The signature is the caller's: the next text read leaves it as it was.
    expect(a.sig.mins).not.toEqual(b.sig.mins);
    expect(a.sig.size).toBe(signature([fold('زلزله در کرمان'), fold('سیصد و بیست و پنج نفر در ۱۲ استان')]).size);
  });

  it.skipIf(!canBuildWasm())('is what text-scan.c compiles to (npm run build:wasm)', () => {
    const out = join(tmpdir(), `text-scan-${process.pid}.wasm`);
    buildTextScan(out);
    expect(readFileSync(out).equals(readFileSync(TEXT_SCAN_WASM))).toBe(true);
  });
});
