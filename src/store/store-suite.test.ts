// One suite, every driver: what the crawler, the website and the CLI rely on behaves the same on SQLite and PostgreSQL.
import { describe, expect, it } from 'vitest';
import type { Keyer } from './rekey.ts';
import { DRIVERS } from './testing/drivers.ts';
import { searchKey } from '../persian/index.ts';
import { addSources, newArticle } from './testing/seed.ts';

describe.each(DRIVERS)('$name store', (driver) => {
  describe.skipIf(driver.skip !== null)(driver.skip ?? driver.name, () => {
    it('keeps sources with their health and feed validators, and removes them', async () => {
      const t = await driver.open();
      const { store } = t;
      await addSources(store);
      await store.upsertSource({ slug: 'isna', nameFa: 'ایسنا', nameEn: 'ISNA', homepage: 'https://www.isna.ir', feeds: ['https://www.isna.ir/rss', 'https://www.isna.ir/rss/2'], affiliation: 'semi-official', aliases: ['ایسنا'] });
      await store.recordFailure('isna', new Date('2026-11-24T08:00:00Z'), 'https://www.isna.ir/rss: the connection was refused', new Date('2026-11-24T08:05:00Z'));
      await store.recordSuccess('mehr', new Date('2026-11-24T08:00:00Z'), 7, new Date('2026-11-24T09:00:00Z'), 3600);
      const isna = (await store.getSource('isna'))!;
      expect(isna.feeds).toHaveLength(2);
      expect(isna.aliases).toEqual(['ایسنا']);
      expect(isna.health).toMatchObject({ consecutiveFailures: 1, lastError: 'https://www.isna.ir/rss: the connection was refused' });
      expect((await store.getSource('mehr'))!.health).toMatchObject({ itemsSeen: 7, intervalSeconds: 3600, consecutiveFailures: 0 });
      expect((await store.dueSources(new Date('2026-11-24T08:01:00Z'))).map((s) => s.slug)).toEqual(['bbc']);
      expect((await store.dueSources(new Date('2026-11-24T08:06:00Z'))).map((s) => s.slug).sort()).toEqual(['bbc', 'isna']);
      await store.setFeedState('https://www.isna.ir/rss', 'isna', { etag: '"a"', lastModified: null });
      await store.setFeedState('https://www.isna.ir/rss', 'isna', { etag: '"b"', lastModified: 'Tue, 24 Nov 2026 08:00:00 GMT' });
      expect(await store.getFeedState('https://www.isna.ir/rss')).toEqual({ etag: '"b"', lastModified: 'Tue, 24 Nov 2026 08:00:00 GMT' });
      expect(await store.getFeedState('https://nowhere.example/rss')).toEqual({ etag: null, lastModified: null });
      expect(await store.removeSource('isna')).toBe(true);
      expect(await store.removeSource('isna')).toBe(false);
      expect((await store.listSources()).map((s) => s.slug)).toEqual(['bbc', 'mehr']);
      await t.close();
    });

    it('writes the same article twice as one row, and updates it when it changes', async () => {
      const t = await driver.open();
      const { store } = t;
      const first = await store.saveArticle(newArticle(1, { title: 'عنوان خبر', lead: 'لید', text: 'متن خبر', tags: ['مجلس'] }));
      expect(first.created).toBe(true);
      expect(await store.saveArticle(newArticle(1, { title: 'عنوان خبر', lead: 'لید', text: 'متن خبر', tags: ['مجلس'] }))).toEqual({ id: first.id, created: false, changed: false });
      expect(await store.saveArticle(newArticle(1, { title: 'عنوان تازه', lead: 'لید', text: 'متن خبر' }))).toEqual({ id: first.id, created: false, changed: true });
      expect(await store.countArticles()).toBe(1);
      const a = (await store.getArticle(first.id))!;
      expect(a).toMatchObject({ title: 'عنوان تازه', tags: [], attribution: { reportedBy: 'isna', quoting: [] }, story: null, duplicateOf: null });
      expect(await store.hasArticle('https://example.org/isna/news/1')).toBe(true);
      expect(await store.hasArticle('https://example.org/isna/news/2')).toBe(false);
      expect(await store.getArticle(first.id + 1000)).toBeNull();
      await t.close();
    });

    it('saves the same article from concurrent writers as one row', async () => {
      const t = await driver.open();
      const results = await Promise.all(Array.from({ length: 8 }, () => t.store.saveArticle(newArticle(5, { title: 'یک خبر از هشت نویسنده' }))));
      expect(new Set(results.map((r) => r.id)).size).toBe(1);
      expect(results.filter((r) => r.created)).toHaveLength(1);
      expect(await t.store.countArticles()).toBe(1);
      await t.close();
    });

    it('saves a batch in one call, as if saved one by one', async () => {
      const t = await driver.open();
      const first = await t.store.saveArticle(newArticle(1, { title: 'خبر نخست' }));
      const batch = [newArticle(1, { title: 'خبر نخست' }), newArticle(2, { title: 'خبر دوم' }), newArticle(3, { title: 'خبر سوم' }), newArticle(2, { title: 'خبر دوم' })];
      const r = await t.store.saveArticles(batch);
      expect(r[0]).toEqual({ id: first.id, created: false, changed: false });
      expect(r.map((x) => x.created)).toEqual([false, true, true, false]);
      expect(r[3]).toEqual({ id: r[1]!.id, created: false, changed: false });
      expect(await t.store.countArticles()).toBe(3);
      expect(await t.store.saveArticles([])).toEqual([]);
      const edited = await t.store.saveArticles([newArticle(3, { title: 'خبر سوم، ویرایش‌شده' })]);
      expect(edited).toEqual([{ id: r[2]!.id, created: false, changed: true }]);
      expect((await t.store.getArticle(r[2]!.id))!.title).toBe('خبر سوم، ویرایش‌شده');
      await t.close();
    });

    it('answers the website reads: latest, sections, most covered, stories, per-source counts', async () => {
      const t = await driver.open();
      const { store } = t;
      await addSources(store);
      const save = async (n: number, over: Parameters<typeof newArticle>[1]) => (await store.saveArticle(newArticle(n, over))).id;
      const signed = await save(1, { title: 'امضای سند همکاری دو کشور', published: '2026-11-24T10:00:00.000Z', section: 'بین الملل' });
      const signedMehr = await save(2, { source: 'mehr', title: 'سند همکاری دو کشور امضا شد', published: '2026-11-24T10:20:00.000Z', section: 'بین‌الملل' });
      const signedBbc = await save(3, { source: 'bbc', title: 'پیمان تازهٔ دو کشور', published: '2026-11-24T11:00:00.000Z', section: 'جهان' });
      const market = await save(4, { title: 'بازار سهام سبز شد', published: '2026-11-24T11:30:00.000Z', section: 'اقتصادی' });
      const old = await save(5, { title: 'خبری از دیروز', published: '2026-11-23T09:00:00.000Z', section: 'ورزشی' });
      await t.setStory([signed, signedMehr, signedBbc], 7);
      expect((await store.latestArticles({ limit: 2 })).map((a) => a.id)).toEqual([market, signedBbc]);
      expect((await store.latestArticles({ limit: 5, source: 'isna' })).map((a) => a.id)).toEqual([market, signed, old]);
      expect((await store.latestArticles({ limit: 1, offset: 1 }))[0]).toMatchObject({ id: signedBbc, sourceName: 'بی‌بی‌سی فارسی', story: 7 });
      expect((await store.sectionCounts()).map((s) => s.section).sort()).toEqual(['اقتصادی', 'بین الملل', 'بین‌الملل', 'جهان', 'ورزشی'].sort());
      expect((await store.latestInSections(['جهان', 'بین الملل'], { limit: 5 })).map((a) => a.id)).toEqual([signedBbc, signed]);
      expect(await store.latestInSections([], { limit: 5 })).toEqual([]);
      const day = await store.mostCovered({ since: '2026-11-23T12:00:00.000Z', until: '2026-11-24T12:00:00.000Z', limit: 10 });
      expect(day.map((s) => [s.id, s.outlets, s.articles])).toEqual([[signed, 3, 3], [market, 1, 1]]);
      expect(day[0]).toMatchObject({ sourceName: 'ایسنا', latest: '2026-11-24T11:00:00.000Z', story: 7 });
      expect((await store.storyArticles(7, 10)).map((a) => a.id)).toEqual([signed, signedMehr, signedBbc]);
      expect((await store.sourceStats()).find((s) => s.source === 'isna')).toEqual({
        source: 'isna', articles: 3, newestPublished: '2026-11-24T11:30:00.000Z', newestFetched: '2026-11-24T08:05:00.000Z',
      });
      expect(await store.newestPublished()).toBe('2026-11-24T11:30:00.000Z');
      await t.close();
    });

    it('moves its token when an article is added or a story changes, not when a source is polled', async () => {
      const t = await driver.open();
      const { store } = t;
      await addSources(store);
      const before = await store.changeToken();
      expect(await store.changeToken()).toBe(before);
      await store.latestArticles({ limit: 5 });
      expect(await store.changeToken()).toBe(before);
      await store.saveArticle(newArticle(1, { title: 'خبر تازه' }));
      const after = await store.changeToken();
      expect(after).not.toBe(before);
      await store.recordSuccess('isna', new Date(), 1, new Date(), 900);
      await store.setFeedState('https://www.isna.ir/rss', 'isna', { etag: '"x"', lastModified: null });
      expect(await store.changeToken()).toBe(after);
      const [article] = await store.latestArticles({ limit: 1 });
      await store.stories!.save({
        articles: [{ id: article!.id, story: 1, duplicateOf: null }],
        stories: [{ id: 1, title: 'خبر تازه', representative: article!.id, firstSeen: '2026-11-24T08:00:00.000Z', lastUpdated: '2026-11-24T08:00:00.000Z', articleCount: 1, outletCount: 1, firstReporter: 'isna', topTerms: [], entities: [] }],
        merged: [],
      });
      expect(await store.changeToken()).not.toBe(after);
      expect(await store.newestPublished()).toBe('2026-11-24T08:00:00.000Z');
      await t.close();
    });

    it('keys its articles again, a batch at a time, where the keys would now differ', async () => {
      const t = await driver.open();
      const { store } = t;
      for (let n = 1; n <= 5; n++) await store.saveArticle(newArticle(n, { title: `خبر شمارهٔ ${n}` }));
      // A key that a newer normalization would give: one more token, «تازه», on odd-numbered titles.
      const keys: Keyer = (a) => ({
        searchKey: /[۱۳۵]/.test(a.title) ? `${searchKey(a.title)} تازه` : searchKey(a.title),
        contentHash: `hash ${a.title}`,
      });
      const match = (word: string) => ({ must: [[word]], not: [], sources: [], since: null, until: null, limit: 10 });
      expect((await store.searchArticles(match('تازه'))).total).toBe(0);
      let after = 0;
      let changed = 0;
      for (let batches = 0; ; batches++) {
        const r = await store.rekeyArticles(after, 2, keys);
        if (r.lastId === null) {
          expect(batches).toBe(3);
          break;
        }
        after = r.lastId;
        changed += r.changed;
      }
      // Every content hash moved; the search finds the new token in the three keys that have it.
      expect(changed).toBe(5);
      expect((await store.searchArticles(match('تازه'))).total).toBe(3);
      expect((await store.rekeyArticles(0, 10, keys)).changed).toBe(0);
      await t.close();
    });

    it('keeps settings by name, the last value set', async () => {
      const t = await driver.open();
      const { store } = t;
      expect(await store.getSetting('search-key')).toBeNull();
      await store.setSetting('search-key', 'a1');
      await store.setSetting('other', 'x');
      await store.setSetting('search-key', 'b2');
      expect(await store.getSetting('search-key')).toBe('b2');
      expect(await store.getSetting('other')).toBe('x');
      await t.close();
    });

    it('streams every article in id order', async () => {
      const t = await driver.open();
      await t.store.saveArticles(Array.from({ length: 502 }, (_, i) => newArticle(i + 1, { title: `خبر شمارهٔ ${i + 1}` })));
      const ids: number[] = [];
      for await (const a of t.store.allArticles()) ids.push(a.id);
      expect(ids).toHaveLength(502);
      expect([...ids].sort((a, b) => a - b)).toEqual(ids);
      await t.close();
    });

    it('keeps stories: saves a placement, follows merges, lists the latest with their outlets', async () => {
      const t = await driver.open();
      const { store } = t;
      const stories = store.stories!;
      await addSources(store);
      const ids = (await store.saveArticles([
        newArticle(1, { title: 'زلزله در کرمان', published: '2026-11-24T08:00:00.000Z' }),
        newArticle(2, { source: 'mehr', title: 'زلزلهٔ کرمان خسارت نداشت', published: '2026-11-24T09:00:00.000Z' }),
        newArticle(3, { source: 'bbc', title: 'بازار ارز آرام شد', published: '2026-11-24T10:00:00.000Z' }),
      ])).map((r) => r.id);
      expect(await stories.maxId()).toBe(0);
      const unassigned: number[] = [];
      for await (const a of stories.unassigned()) unassigned.push(a.id);
      expect(unassigned).toEqual(ids);
      const record = (id: number, title: string, rep: number, n: number) => ({
        id, title, representative: rep, firstSeen: '2026-11-24T08:00:00.000Z', lastUpdated: `2026-11-24T${String(8 + n).padStart(2, '0')}:00:00.000Z`,
        articleCount: n, outletCount: n, firstReporter: 'isna', topTerms: ['زلزله'], entities: ['کرمان'],
      });
      await stories.save({ articles: [{ id: ids[0]!, story: 1, duplicateOf: null }], stories: [record(1, 'زلزله در کرمان', ids[0]!, 1)], merged: [] });
      await stories.save({ articles: [{ id: ids[1]!, story: 2, duplicateOf: ids[0]! }], stories: [record(2, 'زلزلهٔ کرمان', ids[1]!, 1)], merged: [] });
      await stories.save({ articles: [{ id: ids[1]!, story: 1, duplicateOf: ids[0]! }], stories: [record(1, 'زلزله در کرمان', ids[0]!, 2)], merged: [{ from: 2, into: 1 }] });
      expect(await stories.maxId()).toBe(2);
      expect((await stories.get(2))?.id).toBe(1);
      expect(await stories.get(1)).toMatchObject({ articleCount: 2, topTerms: ['زلزله'], entities: ['کرمان'] });
      expect((await stories.articles(1)).map((a) => [a.id, a.duplicateOf])).toEqual([[ids[0], null], [ids[1], ids[0]]]);
      expect(await stories.activeSince('2026-11-24T08:30:00.000Z')).toEqual([1]);
      const latest = await stories.latest({ limit: 5 });
      expect(latest.map((x) => x.id)).toEqual([1]);
      expect(latest[0]!.outlets).toEqual([{ slug: 'isna', name: 'ایسنا' }, { slug: 'mehr', name: 'خبرگزاری مهر' }]);
      const left: number[] = [];
      for await (const a of stories.unassigned()) left.push(a.id);
      expect(left).toEqual([ids[2]]);
      await t.close();
    });

    it('reads an empty store without errors', async () => {
      const t = await driver.open();
      expect(await t.store.newestPublished()).toBeNull();
      expect(await t.store.countArticles()).toBe(0);
      expect(await t.store.mostCovered({ since: '2026-01-01T00:00:00.000Z', until: '2027-01-01T00:00:00.000Z', limit: 5 })).toEqual([]);
      await t.close();
    });
  });
});
