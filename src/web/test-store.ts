// A small store for the web tests: three outlets of different affiliations, one story told by all three.
import { SqliteStore } from '../store/index.ts';
import type { NewArticle } from '../store/index.ts';
import { createApp } from './app.ts';

export const NOW = new Date('2026-11-24T12:00:00Z');

function article(n: number, over: Partial<NewArticle>): NewArticle {
  const url = `https://www.isna.ir/news/${n}`;
  return {
    source: 'isna', url, canonicalUrl: url, title: `خبر شمارهٔ ${n}`, kicker: '', lead: `لید خبر ${n}`, text: 'متن',
    html: '<p>متن خبر</p>', published: '2026-11-24T08:00:00.000Z', modified: null, fetched: '2026-11-24T08:05:00.000Z',
    author: null, newsCode: null, section: 'سیاسی', tags: [], images: [], attribution: { reportedBy: null, quoting: [] },
    related: [], lang: 'fa', dir: 'rtl', contentHash: `h${n}`, original: { title: '', lead: '', text: '' }, searchKey: '', ...over,
  };
}

/** Stores one more ISNA article, as a crawl would. */
export function addArticle(store: SqliteStore, n: number, over: Partial<NewArticle> = {}): number {
  return store.saveArticle(article(n, { url: `https://www.isna.ir/news/${n}`, canonicalUrl: `https://www.isna.ir/news/${n}`, ...over })).id;
}

export function seededStore() {
  const store = new SqliteStore(':memory:');
  store.upsertSource({
    slug: 'isna', nameFa: 'ایسنا', nameEn: 'ISNA', homepage: 'https://www.isna.ir', feeds: ['https://www.isna.ir/rss'],
    affiliation: 'semi-official', affiliationCitation: 'https://en.wikipedia.org/wiki/Iranian_Students%27_News_Agency',
  });
  store.upsertSource({
    slug: 'mehr', nameFa: 'خبرگزاری مهر', nameEn: 'Mehr News Agency', homepage: 'https://www.mehrnews.com', feeds: ['https://www.mehrnews.com/rss'],
    affiliation: 'semi-official', licence: 'CC BY 4.0',
  });
  store.upsertSource({
    slug: 'bbc', nameFa: 'بی‌بی‌سی فارسی', nameEn: 'BBC Persian', homepage: 'https://www.bbc.com/persian', feeds: ['https://feeds.bbci.co.uk/persian/rss.xml'],
    affiliation: 'diaspora', affiliationCitation: 'https://en.wikipedia.org/wiki/BBC_Persian',
  });
  store.recordSuccess('isna', new Date('2026-11-24T11:50:00Z'), 3, new Date('2026-11-24T12:05:00Z'), 900);
  store.recordFailure('bbc', new Date('2026-11-24T11:55:00Z'), 'https://feeds.bbci.co.uk/persian/rss.xml: the connection timed out', new Date('2026-11-24T12:10:00Z'));
  const save = (n: number, over: Partial<NewArticle>) => store.saveArticle(article(n, over)).id;
  const ids = {
    signed: save(1, {
      title: 'امضای سند همکاری دو کشور', kicker: 'دیدار در مسکو', lead: 'روسای جمهوری دو کشور سندی را امضا کردند.',
      html: '<p>به گزارش ایسنا، سند امضا شد.</p><figure><img src="https://cdn.isna.ir/pic.jpg" alt="دیدار دو رئیس‌جمهور" /></figure><h2>واکنش‌ها</h2><p>مخالفان آن را محکوم کردند.</p>',
      published: '2026-11-24T10:00:00.000Z', newsCode: '1405090301234', section: 'بین الملل', tags: ['روسیه', 'قفقاز'],
      attribution: { reportedBy: 'isna', quoting: ['bbc'] }, related: [{ url: 'https://www.isna.ir/news/9', title: 'خبر مرتبط' }],
    }),
    signedMehr: save(2, { source: 'mehr', url: 'https://www.mehrnews.com/news/2', canonicalUrl: 'https://www.mehrnews.com/news/2', title: 'سند همکاری دو کشور امضا شد', published: '2026-11-24T10:20:00.000Z', section: 'بین‌الملل' }),
    signedBbc: save(3, { source: 'bbc', url: 'https://www.bbc.com/persian/3', canonicalUrl: 'https://www.bbc.com/persian/3', title: 'پیمان تازهٔ دو کشور', published: '2026-11-24T11:00:00.000Z', section: 'جهان' }),
    market: save(4, { title: 'بازار سهام سبز شد', published: '2026-11-24T11:30:00.000Z', section: 'اقتصادی' }),
    old: save(5, { title: 'خبری از دیروز', published: '2026-11-23T09:00:00.000Z', section: 'ورزشی' }),
  };
  // Stories are grouped by another stage; here one story holds the three tellings of the signing.
  store.stories.save({
    articles: [ids.signed, ids.signedMehr, ids.signedBbc].map((id) => ({ id, story: 7, duplicateOf: null })),
    stories: [{
      id: 7, title: 'امضای سند همکاری دو کشور', representative: ids.signed, firstSeen: '2026-11-24T10:00:00.000Z',
      lastUpdated: '2026-11-24T11:00:00.000Z', articleCount: 3, outletCount: 3, firstReporter: 'isna', topTerms: ['سند', 'همکاری'], entities: ['مسکو'],
    }],
    merged: [],
  });
  return { store, ids };
}

export function seededApp(opts: { offlineDemo?: boolean } = {}) {
  const { store, ids } = seededStore();
  const app = createApp({ store, now: () => NOW, offlineDemo: () => opts.offlineDemo ?? false });
  return { app, store, ids };
}
