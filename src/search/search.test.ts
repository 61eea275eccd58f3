import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRIVERS, type TestStore } from '../store/testing/drivers.ts';
import { addSources, newArticle } from '../store/testing/seed.ts';
import { search } from './search.ts';

const NOW = new Date('2026-11-25T00:00:00Z');

// Each article is written the way some outlet writes: ZWNJ or not, Arabic or Persian letters, any digits.
const ARTICLES = [
  { key: 'budget', source: 'isna', published: '2026-11-24T10:00:00.000Z', title: 'پیش‌نویس قانون بودجهٔ ۱۴۰۵ به مجلس رسید', lead: 'نمایندگان از هفتهٔ آینده پیش‌نویس را بررسی می‌کنند.', text: 'به گزارش ایسنا، سازمان برنامه و بودجه کتاب‌های بودجه را فرستاد.\nانتهای پیام' },
  { key: 'budgetArabic', source: 'mehr', published: '2026-11-24T09:00:00.000Z', title: 'پيشنويس لايحهٔ بودجه 1405 تقديم شد', lead: 'يك نسخه از كتابها به رئيس مجلس رسيد.', text: 'اين لايحه در كميسيون تلفيق بررسي ميشود.' },
  { key: 'school', source: 'bbc', published: '2026-11-23T08:00:00.000Z', title: 'مدرسة أحمد در إيران بازگشایی شد', lead: 'مُحَمَّد مدیر مدرسه گفت کلاس‌ها از ١٤٠٥ آغاز می‌شود.', text: 'آتش‌بس در منطقه برقرار است.' },
  { key: 'market', source: 'isna', published: '2026-11-24T11:30:00.000Z', title: 'بازار سهام سبز شد', lead: 'شاخص بورس تهران بالا رفت.', text: 'معامله‌گران خوش‌بین بودند.' },
  { key: 'ceasefire', source: 'mehr', published: '2026-11-20T08:00:00.000Z', title: 'آتش بس در غزه', lead: 'آتشبس از امروز اجرا می‌شود.', text: 'آتش‌بس آتش‌بس آتش‌بس' },
  { key: 'ceasefireLate', source: 'bbc', published: '2026-11-24T08:00:00.000Z', title: 'آتش‌بس در غزه اجرا شد', lead: 'گزارش‌ها از آرامی نسبی خبر می‌دهند.', text: '' },
];

const VARIANTS: [string[], string[]][] = [
  [['پیش‌نویس', 'پیش نویس', 'پیشنویس', 'پيشنويس'], ['budget', 'budgetArabic']],
  [['بودجه ۱۴۰۵', 'بودجه 1405', 'بودجه ١٤٠٥', 'بودجهٔ ۱۴۰۵'], ['budget', 'budgetArabic']],
  [['یک نسخه', 'يك نسخه', 'یک نسخة'], ['budgetArabic']],
  [['کتاب‌ها', 'کتاب ها', 'کتابها', 'كتابها'], ['budgetArabic']],
  [['مدرسه', 'مدرسة'], ['school']],
  [['احمد', 'أحمد', 'إحمد'], ['school']],
  [['ایران', 'إیران', 'إيران', 'ايران'], ['school']],
  [['محمد', 'مُحَمَّد', 'مُحمّد'], ['school']],
  [['آتش‌بس', 'آتش بس', 'آتشبس', 'اتش بس'], ['ceasefire', 'ceasefireLate', 'school']],
  [['می‌شود', 'می شود', 'میشود', 'ميشود'], ['budgetArabic', 'ceasefire', 'school']],
];

describe.each(DRIVERS)('search on $name', (driver) => {
  describe.skipIf(driver.skip !== null)(driver.skip ?? driver.name, () => {
    let t: TestStore;
    const ids: Record<string, number> = {};
    const keyOf = (id: number) => Object.keys(ids).find((k) => ids[k] === id);
    const find = async (q: string) => search(t.store, q, { now: NOW, limit: 50 });
    const keys = async (q: string) => (await find(q)).results.map((r) => keyOf(r.id));

    beforeAll(async () => {
      t = await driver.open();
      await addSources(t.store);
      let n = 0;
      for (const { key, ...a } of ARTICLES) ids[key] = (await t.store.saveArticle(newArticle(++n, a))).id;
    });
    afterAll(async () => t?.close());

    it.each(VARIANTS)('finds the same articles for every spelling of %j', async (spellings, expected) => {
      const answers = await Promise.all(spellings.map(async (s) => (await keys(s)).sort()));
      for (const a of answers) expect(a).toEqual([...expected].sort());
    });

    it('ranks by BM25 with recency: more mentions first, then newer', async () => {
      // «ceasefire» says it six times, the later article twice; the older one still wins on relevance.
      expect((await keys('آتش بس')).slice(0, 2)).toEqual(['ceasefire', 'ceasefireLate']);
      expect(await keys('غزه')).toEqual(['ceasefireLate', 'ceasefire']);
    });

    it('matches phrases in order, excludes words, and filters by source and date', async () => {
      expect((await keys('"بودجه ۱۴۰۵"')).sort()).toEqual(['budget', 'budgetArabic']);
      expect(await keys('"لایحه بودجه"')).toEqual(['budgetArabic']);
      expect((await keys('"قانون بودجه"')).sort()).toEqual(['budget']);
      expect(await keys('"بودجه قانون"')).toEqual([]);
      expect(await keys('بودجه -ایسنا')).toEqual(['budgetArabic']);
      expect(await keys('بودجه -"برنامه و بودجه"')).toEqual(['budgetArabic']);
      expect(await keys('بودجه source:isna')).toEqual(['budget']);
      expect(await keys('بودجه منبع:«خبرگزاری مهر»')).toEqual(['budgetArabic']);
      expect(await keys('آتش‌بس since:2026-11-21')).toEqual(['ceasefireLate', 'school']);
      expect(await keys('آتش‌بس until:۱۴۰۵/۰۸/۳۰')).toEqual(['ceasefire']);
      expect(await keys('source:bbc')).toEqual(['ceasefireLate', 'school']);
    });

    it('groups the articles of one story under its best match', async () => {
      await t.setStory([ids.budget!, ids.budgetArabic!], 41);
      const r = await find('بودجه');
      expect(r.total).toBe(2);
      expect(r.results).toHaveLength(1);
      expect(r.results[0]).toMatchObject({ story: 41, storyMatches: 2 });
      await t.setStory([ids.budget!, ids.budgetArabic!], 0);
      await t.exec('UPDATE articles SET story = NULL WHERE story = 0');
    });

    it('returns the result shape with a highlighted snippet', async () => {
      const r = await find('کمیسیون تلفیق');
      expect(r).toMatchObject({ query: 'کمیسیون تلفیق', total: 1, warnings: [] });
      expect(r.results[0]).toMatchObject({
        url: 'https://example.org/mehr/news/2', source: 'mehr', sourceName: 'خبرگزاری مهر', published: '2026-11-24T09:00:00.000Z', story: null,
      });
      expect(r.results[0]!.snippet).toContain('<mark>کمیسیون</mark> <mark>تلفیق</mark>');
      expect(r.results[0]!.title).toBe('پیش‌نویس لایحهٔ بودجه ۱۴۰۵ تقدیم شد');
    });

    it('warns about what it cannot use and still answers', async () => {
      const r = await find('بودجه since:دیروز source:nowhere');
      expect(r.total).toBe(2);
      expect(r.warnings).toHaveLength(2);
      expect((await find('-بودجه')).warnings[0]).toMatch(/needs a word/);
      expect(await find('')).toEqual({ query: '', total: 0, totalExact: true, results: [], warnings: [] });
    });

    it('never errors, whatever is typed', async () => {
      const alphabet = fc.constantFrom(...'"«»-:*^()&|!<>\'\\/ ابپتسیکيكة‌ 12۳٤NEARORAND{}[];%_', 'source:', 'since:', 'until:', 'NOT ', 'NEAR(');
      await fc.assert(
        fc.asyncProperty(fc.oneof(fc.string({ unit: alphabet, maxLength: 30 }), fc.string({ maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 20 })), async (q) => {
          const r = await search(t.store, q, { now: NOW });
          expect(r.query).toBe(q);
          expect(r.total).toBeGreaterThanOrEqual(r.results.length);
        }),
        { numRuns: 150 },
      );
    });
  });
});
