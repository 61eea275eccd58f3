import { existsSync, readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldKey } from '../key.ts';
import { normalizeDisplay, searchKey } from '../normalize.ts';
import { runPipeline } from '../pipeline.ts';
import { iribnewsLines, replayLines } from '../testing/corpus-lines.ts';
import { foldKey as oldFoldKey } from './reference/key.ts';
import { normalizeDisplay as oldDisplay } from './reference/normalize.ts';

// The buffer-based display normalization and search keys must print exactly what the string-based
// implementation they replaced printed. `reference/` is that implementation, frozen (see its README); these
// tests compare the two on the replay corpus, on real articles where the shared corpora are present, and on
// generated text built from the pieces that exercise every branch.

/** The replay corpus's expected texts, and the same lines broken the way the benchmark breaks them. */
function replayTexts(): { clean: string[]; broken: string[] } {
  const lines = replayLines();
  const broken = lines.map((line, i) => {
    let s = line.replace(/\u200C/g, i % 2 === 0 ? '' : ' ');
    if (i % 3 === 0) s = s.replace(/ی/g, 'ي').replace(/ک/g, 'ك');
    if (i % 5 === 0) s = s.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x6f0));
    return s;
  });
  return { clean: lines, broken };
}

// The old searchKey was by definition foldKey(normalizeDisplay(input)); the old display is computed once.

/** Lines to compare on: each one alone, so that a difference names its line. */
function expectSameOnLines(lines: string[]): void {
  const differ: string[] = [];
  for (const line of lines) {
    const display = oldDisplay(line);
    const key = oldFoldKey(display);
    if (normalizeDisplay(line) !== display) differ.push(`display\t${line}`);
    if (searchKey(line) !== key) differ.push(`key\t${line}`);
    if (foldKey(display) !== key) differ.push(`foldKey\t${display}`);
  }
  expect(differ.slice(0, 20)).toEqual([]);
}

/** A whole text at once, and cut into small pieces of lines, must print what the old pass printed at once. */
function expectSameOnText(text: string): void {
  const display = oldDisplay(text);
  const key = oldFoldKey(display);
  expect(normalizeDisplay(text) === display).toBe(true);
  expect(runPipeline(text, false, 997) === display).toBe(true);
  expect(searchKey(text) === key).toBe(true);
  expect(runPipeline(text, true, 997) === key).toBe(true);
}

describe('buffer passes against the replaced string passes', () => {
  const { clean, broken } = replayTexts();

  it('prints the same display forms and keys for every broken line of the replay corpus, and every third clean one', () => {
    expectSameOnLines([...broken, ...clean.filter((_, i) => i % 3 === 0)]);
  });

  it('prints the same for the replay corpus as one text, whole and in pieces', () => {
    expectSameOnText([...clean, ...broken].join('\n'));
  });

  it('settles presentation forms, surrogates and combining marks in a later piece as the whole text did', () => {
    const lines = [
      'اهم \u2126 واحد مقاومت است، و https://x.ir/e\u0301 نشانی',
      'کتابها و ﻻ و ﷲ در متن',
      'نیمی از \uD83D و 😀 و \uDE00 اینجا',
      'café نوشته شد: cafe\u0301',
      'میشود ۱۲ و 12',
    ];
    for (const order of [lines, [...lines].reverse()]) {
      const text = order.join('\n');
      expect(runPipeline(text, false, 16)).toBe(oldDisplay(text));
      expect(runPipeline(text, true, 16)).toBe(oldFoldKey(oldDisplay(text)));
    }
  });

  it('prints the same on generated text made of the pieces that steer each branch', () => {
    const pieces = [
      // words the lexicons know, solid, spaced and with ZWNJ; verb prefixes; endings; words that must stay
      'می', 'نمی', 'میشود', 'می شود', 'می‌شود', 'نمیدانم', 'برمیگردم', 'بر می گردم', 'برنمی‌گردد', 'کتاب', 'ها', 'های', 'کتابها',
      'پیشنویس', 'پیش', 'نویس', 'گفت', 'و', 'گو', 'گفتوگو', 'بین', 'المللی', 'بینالمللی', 'بزرگ', 'تر', 'ترین', 'بزرگتر', 'خانه',
      'ای', 'اند', 'ی', 'علی', 'اف', 'نژاد', 'پور', 'ماه', 'میلادی', 'میز', 'تنها', 'بها', 'رها', 'آمیز', 'پذیر', 'به', 'عنوان',
      'آتش', 'بس', 'وب', 'سایت', 'دست', 'کم', 'هم', 'اکنون', 'رفته', 'مردم', 'مند', 'کننده', 'فوری', 'خبر', 'ایران', 'تهران',
      // letters and marks the character pass maps or drops
      'ي', 'ك', 'ۀ', 'ة', 'أ', 'ؤ', 'ئ', 'ـ', 'ً', 'ٌ', 'ٔ', 'ٓ', 'ٕ', 'َ', 'ّ', '\u0670', 'ﻻ', 'ﷲ', '﷽', '①', 'ﺑ', 'ییی', 'ممم',
      // spaces, ZWNJ and invisible marks
      ' ', ' ', ' ', '  ', '\u200C', '\u200C\u200C', '\u200D', '\u200F', '\u200E', '\uFEFF', '\u00A0', '\u00AD', '\t', '\r', '\n', '\u2028', '\u2000',
      // digits, numbers and Latin
      '1', '۲', '٣', '2.7', '15,000', '۱۴۰۲/۰۸/۱۲', '14:14', '۲٫۷', '۱۵٬۰۰۰', '22ام', 'MiG-29', 'Windows', 'H5N1', 'İ', 'Ä', 'abc', 'x_y',
      'https://example.ir/a/(b)/123.', 'www.isna.ir,', '@isna_ir', '#ایران_1404', 'a.b@example.ir', 'http',
      // punctuation
      '،', ',', ';', '?', '؟', '!', '.', '...', ':', '«', '»', '"', '(', ')', '[', ']', '{', '}', '%', '٪', '…', '٬', '٫', '-', '_', '/',
      // combining marks, characters NFC rewrites on their own, astral characters and broken surrogates
      'e\u0301', '\u0301', '\u2126', '\u212B', 'https://x.ir/e\u0301', '😀', '\uD83D', '\uDE00', '𝐀',
    ];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));
    const spaced = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(' '));
    for (const arbitrary of [text, spaced]) {
      fc.assert(
        fc.property(arbitrary, (s) => {
          const display = oldDisplay(s);
          const key = oldFoldKey(display);
          expect(normalizeDisplay(s)).toBe(display);
          expect(searchKey(s)).toBe(key);
          expect(foldKey(s)).toBe(oldFoldKey(s));
          expect(runPipeline(s, false, 8)).toBe(display);
          expect(runPipeline(s, true, 8)).toBe(key);
        }),
        { numRuns: 1000, seed: 1405 },
      );
    }
  });
});

const ARTICLES = new URL('../../../../shared/corpora/persian-articles/', import.meta.url);

describe.skipIf(!existsSync(ARTICLES))(existsSync(ARTICLES) ? 'against the replaced passes on real articles' : 'against the replaced passes on real articles (../shared/corpora/persian-articles absent: skipped)', () => {
  it('prints the same display forms and keys for every title, summary and body', () => {
    // The iribnews lines, then each targoman article's file whole.
    const texts = iribnewsLines();
    const targoman = new URL('targoman-sample/', ARTICLES);
    if (existsSync(targoman)) {
      for (const file of readdirSync(targoman)) {
        if (file.endsWith('.json')) texts.push(readFileSync(new URL(file, targoman), 'utf8'));
      }
    }
    expect(texts.length).toBeGreaterThan(0);
    expectSameOnLines(texts.flatMap((t) => t.split('\n')));
    expectSameOnText(texts.join('\n'));
  });
});
