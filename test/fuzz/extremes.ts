// Inputs too big or too regular for a generator to reach by chance: deep nesting, megabyte-long lines, a megabyte of
// invalid UTF-8. Each case calls one function once and checks what it returns. `inSuite` cases run in `npm test`;
// `npm run fuzz -- --extremes` runs them all and prints how long each took against the bound.
import { SourceAliases, extractArticle } from '../../src/extract/index.ts';
import { FeedError, parseFeed } from '../../src/feeds/index.ts';
import { decodeDocument } from '../../src/fetch/index.ts';
import { normalizeDisplay, parseJalali, searchKey } from '../../src/persian/index.ts';
import { sanitizeArticleHtml } from '../../src/sanitize/index.ts';
import { executableIn } from '../security/executable.ts';

export interface Extreme {
  name: string;
  /** The function called, for the failure message. */
  fn: string;
  inSuite: boolean;
  /**
   * Calls the function once, inside `time` (which measures that call alone, not the check of its result); returns a
   * problem with its result, or null. Throws what the function throws.
   */
  run(time: Timer): string | null;
}

/** Runs `f` and measures it. */
export type Timer = <T>(f: () => T) => T;

const aliases = new SourceAliases([]);
const LEVELS = 100_000;
const MB = 1_000_000;
const deepDivs = `${'<div>'.repeat(LEVELS)}سلام${'</div>'.repeat(LEVELS)}`;
/** A megabyte-long line of mixed scripts, Persian and Latin digits, a Jalali date and punctuation. */
const megabyteLine = 'خبرگزاری‌ها گزارش دادند که 1403/07/12 ساعت 10:30 «نشست» برگزار شد؛ mixed English متن ۱۲۳ '.repeat(12_000);
/** Lone continuation bytes, overlong forms, UTF-8-encoded surrogates, bytes past U+10FFFF, cut sequences, markup. */
const invalidUtf8 = Uint8Array.from({ length: MB }, (_, i) => [0x80, 0xbf, 0xc0, 0xaf, 0xed, 0xa0, 0x80, 0xf4, 0x90, 0xff, 0xe2, 0x82, 0x3c, 0x61, 0x3e][i % 15] ?? 0);
const NAMED = 2_000;
const namedBodies = `<div class="article-body"><p>${'بندی از متن خبر که چند جمله دارد و برای آزمودن خواننده نوشته شده است. '.repeat(4)}</p></div>`.repeat(NAMED);
const page = (body: string) => `<!doctype html><html lang="fa"><head><title>خبر</title></head><body><article><h1>خبر</h1>${body}</article></body></html>`;
const feed = (inside: string) => `<rss version="2.0"><channel><title>خبر</title><item><title>خبر</title><link>https://example.com/1</link>${inside}</item></channel></rss>`;

const extract = (time: Timer, html: string) => {
  const r = time(() => extractArticle(html, { url: 'https://example.com/1', aliases }));
  const found = executableIn(r.html);
  return found.length ? `html holds ${found.join(', ')}` : null;
};
/** A feed, or FeedError's one-line refusal; anything else propagates. */
const feedOrRefusal = (time: Timer, text: string) => {
  try {
    return time(() => parseFeed(text));
  } catch (err) {
    if (err instanceof FeedError && !err.message.includes('\n')) return null;
    throw err;
  }
};
const expect = (ok: boolean, problem: string) => (ok ? null : problem);

export const EXTREMES: Extreme[] = [
  { name: `a page nested ${LEVELS} levels deep`, fn: 'extractArticle', inSuite: true, run: (time) => extract(time, page(deepDivs)) },
  { name: `${LEVELS} unclosed <b>`, fn: 'extractArticle', inSuite: true, run: (time) => extract(time, page('<b>'.repeat(LEVELS))) },
  { name: `${LEVELS} unclosed <div>`, fn: 'extractArticle', inSuite: true, run: (time) => extract(time, page('<div>'.repeat(LEVELS))) },
  { name: `${LEVELS / 10} nested <table><tr><td>`, fn: 'extractArticle', inSuite: true, run: (time) => extract(time, page('<table><tr><td>'.repeat(LEVELS / 10))) },
  { name: `${LEVELS} sibling <p>`, fn: 'extractArticle', inSuite: true, run: (time) => extract(time, page('<p>'.repeat(LEVELS))) },
  { name: 'a megabyte-long paragraph', fn: 'extractArticle', inSuite: true, run: (time) => extract(time, page(`<p>${megabyteLine}</p>`)) },
  // Out of `npm test` for the time it costs, not a failure: about 2 s to extract on a loaded 2-core machine, and as
  // long again to check (a megabyte of "&lt;" is a million text nodes to the checker's parser).
  { name: 'a megabyte of "<"', fn: 'extractArticle', inSuite: false, run: (time) => extract(time, '<'.repeat(MB)) },
  { name: 'a megabyte of invalid UTF-8, decoded', fn: 'extractArticle', inSuite: true, run: (time) => extract(time, decodeDocument(invalidUtf8).text) },
  // Each of these took from seconds to minutes while the cleaner, the metadata reader or the article's HTML used
  // regular expressions that search again from every failed start.
  { name: 'a megabyte of unclosed <script, <meta, <link and <nav', fn: 'extractArticle', inSuite: true, run: (time) => extract(time, '<script <meta <link <nav '.repeat(MB / 24)) },
  { name: 'a megabyte of unclosed comments', fn: 'extractArticle', inSuite: true, run: (time) => extract(time, page('<!--'.repeat(MB / 4))) },
  { name: 'a megabyte of white space inside a paragraph', fn: 'extractArticle', inSuite: true, run: (time) => extract(time, page(`<p>خبر${' '.repeat(MB)}خبر</p>`)) },
  { name: 'a megabyte of character references', fn: 'extractArticle', inSuite: false, run: (time) => extract(time, page(`<p>${'&amp;'.repeat(MB / 5)}</p>`)) },
  { name: `${NAMED} containers named as the article body`, fn: 'extractArticle', inSuite: true, run: (time) => extract(time, page(namedBodies)) },
  {
    name: `${LEVELS} levels of nesting`,
    fn: 'sanitizeArticleHtml',
    inSuite: true,
    run: (time) => expect(time(() => sanitizeArticleHtml(deepDivs)).includes('سلام'), 'the text was lost'),
  },
  {
    name: 'a megabyte-long paragraph',
    fn: 'sanitizeArticleHtml',
    inSuite: true,
    run: (time) => expect(time(() => sanitizeArticleHtml(`<p>${megabyteLine}</p>`)).length > MB, 'the text was cut'),
  },
  {
    name: `${LEVELS} nested elements in a description`,
    fn: 'parseFeed',
    inSuite: true,
    run: (time) => expect(feedOrRefusal(time, feed(`<description>${'<a>'.repeat(LEVELS)}x${'</a>'.repeat(LEVELS)}</description>`))?.items.length === 1, 'the item was lost'),
  },
  {
    name: `${LEVELS} escaped nested <div> in content`,
    fn: 'parseFeed',
    inSuite: false,
    run: (time) => {
      const f = feedOrRefusal(time, feed(`<content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/">${'&lt;div&gt;'.repeat(LEVELS)}x</content:encoded>`));
      return expect(f?.items[0]?.contentHtml.includes('x') ?? false, 'the content was lost');
    },
  },
  { name: `JSON nested ${LEVELS} arrays deep`, fn: 'parseFeed', inSuite: true, run: (time) => (feedOrRefusal(time, '['.repeat(LEVELS) + ']'.repeat(LEVELS)), null) },
  {
    name: 'a megabyte-long description',
    fn: 'parseFeed',
    inSuite: true,
    run: (time) => expect(feedOrRefusal(time, feed(`<description>${megabyteLine}</description>`))?.items.length === 1, 'the item was lost'),
  },
  {
    name: 'a megabyte of invalid UTF-8, under four declared charsets',
    fn: 'decodeDocument + parseFeed',
    inSuite: true,
    run: (time) => {
      for (const type of [null, 'text/html; charset=utf-8', 'application/rss+xml; charset=windows-1256', 'text/html; charset=utf-16']) {
        const { text } = time(() => decodeDocument(invalidUtf8, type));
        if (!text.length) return `nothing decoded under ${type}`;
        feedOrRefusal(time, text);
      }
      return null;
    },
  },
  {
    name: 'a megabyte-long line',
    fn: 'normalizeDisplay',
    inSuite: true,
    run: (time) => expect(!time(() => normalizeDisplay(megabyteLine)).includes('\n'), 'one line became several'),
  },
  { name: 'a megabyte of ":"', fn: 'normalizeDisplay', inSuite: false, run: (time) => (time(() => normalizeDisplay(':'.repeat(MB))), null) },
  { name: 'a megabyte-long line', fn: 'searchKey', inSuite: true, run: (time) => expect(/^\S.*\S$/.test(time(() => searchKey(megabyteLine))), 'stray white space') },
  {
    name: 'a megabyte-long line holding a date',
    fn: 'parseJalali',
    inSuite: true,
    run: (time) => expect(time(() => parseJalali(megabyteLine)) === '2024-10-03T07:00:00.000Z', 'the date 1403/07/12 10:30 was misread'),
  },
  { name: 'a million Persian digits', fn: 'parseJalali', inSuite: true, run: (time) => expect(time(() => parseJalali('۱'.repeat(MB))) === null, 'read a date in it') },
];
