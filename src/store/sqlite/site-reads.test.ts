import { describe, expect, it } from 'vitest';
import { addArticle, seededStore } from '../../web/test-store.ts';

describe('SqliteStore site reads', () => {
  it('moves its token when an article is added or a story changes, not when a source is polled', () => {
    const { store, ids } = seededStore();
    const t = store.changeToken();
    store.latestArticles({ limit: 5 });
    store.recordSuccess('isna', new Date('2026-11-24T12:30:00Z'), 3, new Date('2026-11-24T12:45:00Z'), 900);
    store.setFeedState('https://www.isna.ir/rss', 'isna', { etag: '"x"', lastModified: null });
    expect(store.changeToken()).toBe(t);
    const added = addArticle(store, 20, { title: 'خبر تازه' });
    const t2 = store.changeToken();
    expect(t2).not.toBe(t);
    store.stories.save({
      articles: [{ id: added, story: 8, duplicateOf: null }],
      stories: [{ id: 8, title: 'خبر تازه', representative: added, firstSeen: '2026-11-24T08:00:00.000Z', lastUpdated: '2026-11-24T08:00:00.000Z', articleCount: 1, outletCount: 1, firstReporter: 'isna', topTerms: [], entities: [] }],
      merged: [],
    });
    const t3 = store.changeToken();
    expect(t3).not.toBe(t2);
    store.stories.save({ articles: [{ id: ids.market, story: 8, duplicateOf: null }], stories: [], merged: [] });
    expect(store.changeToken()).not.toBe(t3);
  });

  it('counts sections and reads the newest articles of a set of them', () => {
    const { store, ids } = seededStore();
    const counts = store.sectionCounts();
    expect(counts.map((s) => s.section).sort()).toEqual(['اقتصادی', 'بین الملل', 'بین‌الملل', 'جهان', 'ورزشی'].sort());
    expect(counts.every((s) => s.articles === 1)).toBe(true);
    expect(store.latestInSections(['جهان', 'بین الملل'], { limit: 5 }).map((a) => a.id)).toEqual([ids.signedBbc, ids.signed]);
    expect(store.latestInSections([], { limit: 5 })).toEqual([]);
  });

  it('ranks stories in a window by outlets, an article without a story standing alone', () => {
    const { store, ids } = seededStore();
    const day = store.mostCovered({ since: '2026-11-23T12:00:00.000Z', until: '2026-11-24T12:00:00.000Z', limit: 10 });
    expect(day.map((s) => [s.id, s.outlets, s.articles])).toEqual([
      [ids.signed, 3, 3],
      [ids.market, 1, 1],
    ]);
    expect(day[0]).toMatchObject({ sourceName: 'ایسنا', latest: '2026-11-24T11:00:00.000Z', story: 7 });
  });

  it('reads a story oldest first, per-source counts and the newest date', () => {
    const { store, ids } = seededStore();
    expect(store.storyArticles(7, 10).map((a) => a.id)).toEqual([ids.signed, ids.signedMehr, ids.signedBbc]);
    expect(store.sourceStats().find((s) => s.source === 'isna')).toEqual({
      source: 'isna', articles: 3, newestPublished: '2026-11-24T11:30:00.000Z', newestFetched: '2026-11-24T08:05:00.000Z',
    });
    expect(store.newestPublished()).toBe('2026-11-24T11:30:00.000Z');
    const empty = seededStore().store;
    empty.db.exec('DELETE FROM articles');
    expect(empty.newestPublished()).toBeNull();
  });
});
