// Properties of the query language and of search itself: whatever a reader types, parsing gives a query, search
// gives results (never an error, never an FTS syntax error from the database), and snippets hold nothing executable.
import fc from 'fast-check';
import { parseQuery, search, snippetHtml } from '../../src/search/index.ts';
import { type Repository, repositoryOf } from '../../src/store/index.ts';
import { seededStore } from '../../src/web/test-store.ts';
import { executableIn } from '../security/executable.ts';
import { dateLikeText, mixedText } from './arbitraries.ts';
import { type FuzzProperty, call } from './properties.ts';

/** Query syntax, SQL and FTS5 operators, Persian words and filters, and noise, in any order. */
export const queryText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'تهران', 'ایران', 'سند', 'همکاری', 'کتاب‌ها', 'پیش نویس', 'می‌شود', 'AND', 'OR', 'NOT', 'NEAR', 'NEAR(', '*', '^', '(', ')',
        '"', '«', '»', '“', '”', '„', '-', '--', ':', '{', '}', '+', 'source:', 'منبع:', 'از:', 'تا:', 'since:', 'until:',
        'source:isna', 'منبع:ایسنا', 'source:', 'از:۱۴۰۵/۰۹/۰۱', 'تا:1405/13/40', 'since:2026-11-24', 'until:yesterday', "'",
        ';', '%', '_', '\\', 'NULL', '\u0000', "' OR 1=1 --", 'title:x', 'col:*', '-"', '"-', '«-»',
      ),
      mixedText(12),
      dateLikeText,
    ),
    { maxLength: 14 },
  )
  .chain((parts) => fc.constantFrom(' ', '', '  ', '\t').map((sep) => parts.join(sep)));

let store: Repository | undefined;
const seeded = () => (store ??= repositoryOf(seededStore().store));

const oneLine = (s: string) => !s.includes('\n');

export const SEARCH_CONTRACTS: FuzzProperty[] = [
  {
    name: 'parseQuery: any text gives a query of non-empty terms, readable filters and one-line warnings',
    property: (bound) =>
      fc.property(fc.oneof(queryText, mixedText(300)), (raw) => {
        const q = call('parseQuery', bound, () => parseQuery(raw));
        if (!q) throw new Error('parseQuery gave nothing');
        for (const term of [...q.must, ...q.not]) {
          if (!term.length || term.some((t) => !t || /\s/.test(t))) throw new Error(`parseQuery made the term ${JSON.stringify(term)}`);
        }
        for (const at of [q.since, q.until]) if (at !== null && new Date(at).toISOString() !== at) throw new Error(`parseQuery made the date ${at}`);
        if (!q.warnings.every(oneLine)) throw new Error(`parseQuery warned over several lines: ${JSON.stringify(q.warnings)}`);
      }) as unknown as fc.IRawProperty<unknown[]>,
  },
  {
    name: 'search: any query answers results (never an error from the database), with snippets holding nothing executable',
    property: (bound) =>
      fc.asyncProperty(queryText, async (raw) => {
        const start = performance.now();
        let response;
        try {
          response = await search(seeded(), raw, { now: new Date('2026-11-24T12:00:00Z') });
        } catch (err) {
          throw new Error(`search threw ${(err as Error).name}: ${(err as Error).message.slice(0, 300)}`);
        }
        const ms = performance.now() - start;
        if (ms > bound) throw new Error(`search took ${Math.round(ms)} ms (bound ${bound} ms)`);
        if (response.results.length > 20) throw new Error(`search gave ${response.results.length} results for a page of 20`);
        for (const r of response.results) {
          const found = executableIn(`<!doctype html><html><body>${r.snippet}</body></html>`);
          if (found.length) throw new Error(`search left ${found.join(', ')} in a snippet`);
        }
      }) as unknown as fc.IRawProperty<unknown[]>,
  },
  {
    name: 'snippetHtml: any article text comes out escaped, with nothing executable',
    property: (bound) =>
      fc.property(fc.tuple(fc.oneof(mixedText(400), fc.constantFrom('<script>alert(1)</script> سند', '<img src=x onerror=alert(1)> همکاری')), fc.array(fc.constantFrom('سند', 'همکاری', 'script', 'img'))), ([text, tokens]) => {
        const html = call('snippetHtml', bound, () => snippetHtml(text, new Set(tokens))) ?? '';
        const found = executableIn(`<!doctype html><html><body>${html}</body></html>`);
        if (found.length || /<(?!\/?mark>)/.test(html)) throw new Error(`snippetHtml left ${found.join(', ') || 'markup'} in ${html.slice(0, 200)}`);
      }) as unknown as fc.IRawProperty<unknown[]>,
  },
];
