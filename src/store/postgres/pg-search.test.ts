// PostgreSQL reads a window of matches two ways (pg-search-plan.ts): down article_terms testing each row's hashes, or
// through GIN over words and pairs of words. Whatever the query, both must find the same articles, in the same order,
// with the same BM25.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseQuery } from '../../search/query.ts';
import type { SearchMatch } from '../search.ts';
import { NO_POSTGRES, dropSchema, freshSchema, schemaUrl } from '../testing/drivers.ts';
import { addSources, newArticle } from '../testing/seed.ts';
import { PgSearch, searchTerms } from './pg-search.ts';
import { PgStore } from './pg-store.ts';

const TEXTS = [
  'پیش‌نویس قانون بودجهٔ ۱۴۰۵ به مجلس رسید و نمایندگان پیش‌نویس را بررسی می‌کنند',
  'پيشنويس لايحهٔ بودجه 1405 تقديم شد؛ يك نسخه از كتابها به رئيس مجلس رسيد',
  'مدرسة أحمد در إيران بازگشایی شد و مُحَمَّد گفت کلاس‌ها از ١٤٠٥ آغاز می‌شود',
  'آتش بس در غزه از امروز اجرا می‌شود؛ آتشبس را هر دو طرف پذیرفتند',
  // Holds the pairs «به مجلس» and «مجلس رسید» but not the phrase «به مجلس رسید»: the order is checked on the row.
  'بودجه مجلس بودجه قانون: نمایندگان از قانون بودجه به مجلس گفتند و مجلس رسید',
  'کمیسیون تلفیق لایحه بودجه را بررسی می‌کند و قانون بودجه به مجلس می‌رسد',
];

const QUERIES = [
  'پیش‌نویس', 'پیش نویس', 'بودجه', 'بودجه ۱۴۰۵', '"بودجه ۱۴۰۵"', '"قانون بودجه"', '"بودجه قانون"', '"به مجلس رسید"',
  '"لایحه بودجه را بررسی"', 'مجلس -قانون', 'بودجه -"قانون بودجه"', 'آتش‌بس', 'مدرسه إیران', 'محمد', 'می‌شود', 'بودجه source:isna',
  'مجلس since:2026-11-24', 'نیست',
];

describe.skipIf(NO_POSTGRES !== null)(NO_POSTGRES ?? 'PostgreSQL search, both ways', () => {
  const schema = freshSchema('pgs');
  let store: PgStore;
  beforeAll(async () => {
    store = await PgStore.open(schemaUrl(schema), { poolSize: 2 });
    await addSources(store);
    for (const [i, text] of TEXTS.entries()) {
      await store.saveArticle(newArticle(i + 1, {
        title: text.split(' ').slice(0, 4).join(' '), text, source: i % 2 ? 'mehr' : 'isna', published: `2026-11-2${i}T08:00:00.000Z`,
      }));
    }
  });
  afterAll(async () => {
    await store?.close();
    await dropSchema(schema);
  });

  it.each(QUERIES)('finds the same articles for %j walking and through GIN', async (text) => {
    const q = parseQuery(text);
    const match: SearchMatch = { must: q.must, not: q.not, sources: q.sources, since: q.since, until: q.until, limit: 300 };
    const walk = await new PgSearch(store.pool, 'walk').search(match);
    const bitmap = await new PgSearch(store.pool, 'bitmap').search(match);
    expect(bitmap).toEqual(walk);
  });

  it('finds phrases of every length in order, and nothing for a phrase out of order', async () => {
    const ids = async (text: string) => {
      const q = parseQuery(text);
      const r = await new PgSearch(store.pool, 'bitmap').search({ ...q, limit: 300 });
      return r.candidates.map((c) => c.id).sort();
    };
    expect(await ids('"به مجلس رسید"')).toEqual([1]);
    expect(await ids('"به مجلس" "مجلس رسید"')).toEqual([1, 5]);
    expect(await ids('"رسید مجلس به"')).toEqual([]);
    expect(await ids('"قانون بودجه به مجلس"')).toEqual([5, 6]);
    expect(await ids('"لایحه بودجه را بررسی"')).toEqual([6]);
  });

  it('agrees both ways, without an error, whatever is typed', async () => {
    const words = fc.constantFrom('بودجه', 'مجلس', 'قانون', 'به', 'رسید', 'می‌شود', 'آتش', 'بس', '۱۴۰۵', 'نیست', '&', '!', ':*', '<->', "'");
    const query = fc.array(fc.oneof(words, words.map((w) => `-${w}`), fc.array(words, { minLength: 2, maxLength: 4 }).map((p) => `"${p.join(' ')}"`)), { maxLength: 5 });
    await fc.assert(
      fc.asyncProperty(query, async (parts) => {
        const q = parseQuery(parts.join(' '));
        const match: SearchMatch = { must: q.must, not: q.not, sources: [], since: null, until: null, limit: 3 };
        expect(await new PgSearch(store.pool, 'bitmap').search(match)).toEqual(await new PgSearch(store.pool, 'walk').search(match));
      }),
      { numRuns: 60 },
    );
  });

  it("keeps the walk's hashes in step when an article's text changes, and finds it both ways", async () => {
    const ids = async (text: string, mode: 'walk' | 'bitmap') => {
      const q = parseQuery(text);
      return (await new PgSearch(store.pool, mode).search({ ...q, limit: 300 })).candidates.map((c) => c.id);
    };
    expect(await ids('تلفیق', 'walk')).toEqual([6]);
    await store.saveArticle(newArticle(6, {
      title: 'کمیسیون برنامه و بودجه', text: 'کمیسیون برنامه و بودجه گزارش خود را به صحن فرستاد', source: 'mehr', published: '2026-11-25T08:00:00.000Z',
    }));
    for (const mode of ['walk', 'bitmap'] as const) {
      expect(await ids('تلفیق', mode)).toEqual([]);
      expect(await ids('"گزارش خود"', mode)).toEqual([6]);
    }
    const { rows } = await store.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM article_terms');
    expect(rows[0]?.n).toBe(TEXTS.length);
  });

  it('indexes each word and each pair of adjacent words', () => {
    expect(searchTerms(['بودجه'])).toEqual(['بودجه']);
    expect(searchTerms(['قانون', 'بودجه', 'به'])).toEqual(['قانون بودجه', 'بودجه به']);
  });
});
