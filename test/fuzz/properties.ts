// The properties every input-facing function must keep, shared by the bounded runs in `npm test` (fuzz.test.ts) and
// the long runs of `npm run fuzz` (run.ts). A check throws an Error saying which function broke which promise.
import fc from 'fast-check';
import { isValidJalaaliDate, toJalaali } from 'jalaali-js';
import { SourceAliases, extractArticle } from '../../src/extract/index.ts';
import { FeedError, parseFeed } from '../../src/feeds/index.ts';
import { decodeDocument } from '../../src/fetch/index.ts';
import { normalizeDisplay, parseJalali, searchKey } from '../../src/persian/index.ts';
import { sanitizeArticleHtml } from '../../src/sanitize/index.ts';
import { executableIn } from '../security/executable.ts';
import { dateLikeText, documentBytes, feedDocument, htmlPage, htmlSoup, mixedText } from './arbitraries.ts';

export interface FuzzProperty {
  name: string;
  /** The property, with each call bounded to `boundMs`. */
  property(boundMs: number): fc.IRawProperty<unknown[]>;
}

/** A property over one generated input: `check` throws when it does not hold. */
function prop<T>(name: string, arbitrary: fc.Arbitrary<T>, check: (input: T, boundMs: number) => void): FuzzProperty {
  return {
    name,
    property: (boundMs) =>
      fc.property(arbitrary, (input) => check(input, boundMs)) as unknown as fc.IRawProperty<unknown[]>,
  };
}

const ALIASES = new SourceAliases([{ slug: 'isna', nameFa: 'ایسنا', aliases: ['خبرگزاری دانشجویان ایران'] }]);

/** Runs `f`; an error it throws, other than what `allowed` accepts, and a call slower than the bound are failures. */
export function call<T>(
  fn: string,
  boundMs: number,
  f: () => T,
  allowed: (err: unknown) => boolean = () => false,
): T | undefined {
  const start = performance.now();
  let result: T | undefined;
  try {
    result = f();
  } catch (err) {
    if (!allowed(err)) {
      const e = err instanceof Error ? err : new Error(String(err));
      throw new Error(`${fn} threw ${e.name}: ${e.message.slice(0, 300)}`);
    }
  }
  const ms = performance.now() - start;
  if (ms > boundMs) throw new Error(`${fn} took ${Math.round(ms)} ms (bound ${boundMs} ms)`);
  return result;
}

/** A FeedError with a one-line reason is parseFeed's documented refusal; any other error is a bug. */
const feedRefusal = (err: unknown) => err instanceof FeedError && /^[^\n]+$/.test(err.message);

function expectSafe(fn: string, html: string): void {
  const found = executableIn(`<!doctype html><html><body>${html}</body></html>`);
  if (found.length) throw new Error(`${fn} left ${found.join(', ')} in ${html.slice(0, 200)}`);
}

function checkFeed(text: string, boundMs: number): void {
  const feed = call('parseFeed', boundMs, () => parseFeed(text, 'https://example.com/feed'), feedRefusal);
  for (const item of feed?.items ?? []) {
    expectSafe('parseFeed (contentHtml)', item.contentHtml);
    for (const url of [item.link, ...item.enclosures.map((e) => e.url)]) {
      if (/^\s*(javascript|data|vbscript):/i.test(url)) throw new Error(`parseFeed kept the link ${url}`);
    }
  }
}

function checkExtract(html: string, boundMs: number): void {
  const r = call('extractArticle', boundMs, () =>
    extractArticle(html, { url: 'https://www.isna.ir/news/1', aliases: ALIASES }),
  );
  if (r) expectSafe('extractArticle (html)', r.html);
}

const lines = (s: string) => s.split('\n').length;

/** What every function promises: in `npm test` with a fixed seed, and in `npm run fuzz` at length. */
export const CONTRACTS: FuzzProperty[] = [
  prop(
    'parseFeed: any feed-shaped document gives a feed or a one-line FeedError, with safe content',
    feedDocument,
    checkFeed,
  ),
  prop(
    'parseFeed: any text at all gives a feed or a one-line FeedError',
    fc.oneof(mixedText(300), htmlPage),
    checkFeed,
  ),
  prop(
    'decodeDocument: any bytes and Content-Type decode to text, which parseFeed and extractArticle then read',
    documentBytes,
    ({ bytes, contentType }, bound) => {
      const decoded = call('decodeDocument', bound, () => decodeDocument(bytes, contentType));
      if (typeof decoded?.text !== 'string' || !decoded.charset)
        throw new Error('decodeDocument gave no text or no charset');
      checkFeed(decoded.text, bound);
      checkExtract(decoded.text, bound);
    },
  ),
  prop('extractArticle: any page gives an article, and its html holds nothing executable', htmlPage, checkExtract),
  prop('normalizeDisplay: any text, and one line out for each line in', mixedText(400), (s, bound) => {
    const out = call('normalizeDisplay', bound, () => normalizeDisplay(s)) ?? '';
    if (lines(out) !== lines(s)) throw new Error(`normalizeDisplay turned ${lines(s)} lines into ${lines(out)}`);
  }),
  prop('searchKey: any text gives tokens joined by single spaces', mixedText(400), (text, bound) => {
    const key = call('searchKey', bound, () => searchKey(text)) ?? '';
    if (/^\s|\s$|\s\s|[\n\t]/.test(key)) throw new Error(`searchKey left stray white space: ${JSON.stringify(key)}`);
  }),
  prop(
    'parseJalali: any text gives null or an ISO 8601 UTC instant',
    fc.oneof(dateLikeText, mixedText(100)),
    (text, bound) => {
      const iso = call('parseJalali', bound, () => parseJalali(text));
      if (iso === undefined || iso === null) return;
      if (new Date(iso).toISOString() !== iso) throw new Error(`parseJalali gave ${iso}, not an ISO 8601 UTC instant`);
    },
  ),
  prop(
    'parseJalali: a numeric Jalali date that does not exist is refused',
    fc.tuple(fc.integer({ min: 1300, max: 1499 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })),
    ([jy, jm, jd], bound) => {
      const text = `${jy}/${jm}/${jd}`;
      const iso = call('parseJalali', bound, () => parseJalali(text));
      if (isValidJalaaliDate(jy, jm, jd) && !iso) throw new Error(`parseJalali refused ${text}`);
      if (!isValidJalaaliDate(jy, jm, jd) && iso !== null)
        throw new Error(`parseJalali read ${text}, which does not exist, as ${iso}`);
    },
  ),
  prop(
    // From 1390 (2011): before it Tehran's summer time changed often, and older pages' times are rare.
    'parseJalali: a numeric Jalali date and time is read as that wall-clock time in Tehran',
    fc.tuple(
      fc.integer({ min: 1390, max: 1420 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 31 }),
      fc.integer({ min: 0, max: 23 }),
      fc.integer({ min: 0, max: 59 }),
    ),
    ([jy, jm, jd, hh, mm], bound) => {
      // Midnight starting 2 Farvardin did not exist while Iran kept summer time: clocks went from 00:00 to 01:00.
      if (!isValidJalaaliDate(jy, jm, jd) || (jy <= 1401 && jm === 1 && jd === 2 && hh === 0)) return;
      const text = `${jy}/${String(jm).padStart(2, '0')}/${String(jd).padStart(2, '0')} - ${hh}:${String(mm).padStart(2, '0')}`;
      const iso = call('parseJalali', bound, () => parseJalali(text));
      if (!iso) throw new Error(`parseJalali refused ${text}`);
      const tehran = new Date(new Date(iso).toLocaleString('en-US', { timeZone: 'Asia/Tehran' }));
      const j = toJalaali(tehran.getFullYear(), tehran.getMonth() + 1, tehran.getDate());
      if (j.jy !== jy || j.jm !== jm || j.jd !== jd || tehran.getHours() !== hh || tehran.getMinutes() !== mm) {
        throw new Error(
          `parseJalali read ${text} as ${iso}, which is ${j.jy}/${j.jm}/${j.jd} ${tehran.getHours()}:${tehran.getMinutes()} in Tehran`,
        );
      }
    },
  ),
  prop(
    'sanitizeArticleHtml: any markup comes out with nothing executable, and sanitizing twice changes nothing',
    htmlSoup,
    (html, bound) => {
      const once =
        call('sanitizeArticleHtml', bound, () => sanitizeArticleHtml(html, 'https://www.isna.ir/news/1')) ?? '';
      expectSafe('sanitizeArticleHtml', once);
      const twice = call('sanitizeArticleHtml', bound, () => sanitizeArticleHtml(once, 'https://www.isna.ir/news/1'));
      if (twice !== once)
        throw new Error(
          `sanitizeArticleHtml is not idempotent: ${JSON.stringify(once).slice(0, 300)} → ${JSON.stringify(twice).slice(0, 300)}`,
        );
    },
  ),
];

/**
 * What the text functions should also do, run by `npm run fuzz` only: both fail today (see docs/security.md), and
 * belong in CONTRACTS once they hold.
 */
export const QUALITIES: FuzzProperty[] = [
  prop('normalizeDisplay: normalizing twice changes nothing', mixedText(400), (s, bound) => {
    const once = call('normalizeDisplay', bound, () => normalizeDisplay(s)) ?? '';
    const twice = call('normalizeDisplay', bound, () => normalizeDisplay(once));
    if (twice !== once)
      throw new Error(`normalizeDisplay is not idempotent: ${JSON.stringify(once)} → ${JSON.stringify(twice)}`);
  }),
  prop('searchKey: keying a key changes nothing', mixedText(400), (s, bound) => {
    const key = call('searchKey', bound, () => searchKey(s)) ?? '';
    const again = call('searchKey', bound, () => searchKey(key));
    if (again !== key)
      throw new Error(`searchKey is not idempotent: ${JSON.stringify(key)} → ${JSON.stringify(again)}`);
  }),
];
