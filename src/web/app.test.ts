import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../store/index.ts';
import { createApp } from './app.ts';

function seeded() {
  const store = new SqliteStore(':memory:');
  store.upsertSource({ slug: 'isna', nameFa: 'ایسنا', nameEn: 'ISNA', homepage: 'https://www.isna.ir', feeds: ['https://www.isna.ir/rss'], affiliation: 'semi-official', affiliationCitation: 'https://example.org/isna' });
  store.upsertSource({ slug: 'bbc', nameFa: 'بی‌بی‌سی فارسی', nameEn: 'BBC Persian', homepage: '', feeds: ['https://feeds.bbci.co.uk/persian/rss.xml'], affiliation: 'diaspora' });
  const { id } = store.saveArticle({
    source: 'isna', url: 'https://www.isna.ir/news/1', canonicalUrl: 'https://www.isna.ir/news/1', title: 'امضای سند همکاری دو کشور',
    kicker: 'دیدار در مسکو', lead: 'روسای جمهوری دو کشور سندی را امضا کردند.', text: 'متن', html: '<p>به گزارش ایسنا، به نقل از بی‌بی‌سی فارسی، سند امضا شد.</p><h2>واکنش‌ها</h2><p>مخالفان آن را محکوم کردند.</p>',
    published: '2026-11-24T08:15:00.000Z', modified: null, fetched: '2026-11-24T08:20:00.000Z', author: null, newsCode: '1405090301234',
    section: 'بین‌الملل', tags: [], images: [], attribution: { reportedBy: 'isna', quoting: ['bbc'] }, related: [{ url: 'https://www.isna.ir/news/2', title: 'خبر مرتبط' }],
    lang: 'fa', dir: 'rtl', contentHash: 'x', original: { title: '', lead: '', text: '' }, searchKey: '',
  });
  // The home page lists stories; the clustering stage would give this article its own.
  store.stories.save({
    articles: [{ id, story: 1, duplicateOf: null }],
    stories: [{ id: 1, title: 'امضای سند همکاری دو کشور', representative: id, firstSeen: '2026-11-24T08:15:00.000Z', lastUpdated: '2026-11-24T08:15:00.000Z', articleCount: 1, outletCount: 1, firstReporter: 'isna', topTerms: [], entities: [] }],
    merged: [],
  });
  return { app: createApp({ store, now: () => new Date('2026-11-24T09:15:00Z'), offlineDemo: () => true }), id };
}

describe('web app', () => {
  it('serves a right-to-left Persian home page with headlines, outlet and time', async () => {
    const { app } = seeded();
    const res = await app.request('/');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<html dir="rtl" lang="fa">');
    expect(html).toContain('امضای سند همکاری دو کشور');
    expect(html).toContain('ایسنا');
    expect(html).toContain('۱ ساعت پیش');
    expect(html).toContain('نسخهٔ نمایشی آفلاین');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.isna\.ir)[^"]*\.(css|woff2|js)/);
  });

  it('renders an article like the seed: kicker, title, lead, body, attribution and credit', async () => {
    const { app, id } = seeded();
    const html = await (await app.request(`/article/${id}`)).text();
    expect(html).toContain('<p class="kicker">دیدار در مسکو</p>');
    expect(html).toContain('<h1>امضای سند همکاری دو کشور</h1>');
    expect(html).toContain('<h2>واکنش‌ها</h2>');
    expect(html).toMatch(/به گزارش <a href="\/source\/isna">ایسنا<\/a>، به نقل از <a href="\/source\/bbc">بی‌بی‌سی فارسی<\/a>/);
    expect(html).toMatch(/منبع: <a href="https:\/\/www\.isna\.ir\/news\/1"[^>]*>ایسنا<\/a>/);
    expect(html).toContain('کد خبر: ۱۴۰۵۰۹۰۳۰۱۲۳۴');
    expect(html).toContain('۳ آذر ۱۴۰۵');
  });

  it('shows an outlet page and the sources list, and 404s plainly', async () => {
    const { app } = seeded();
    expect(await (await app.request('/source/isna')).text()).toContain('نیمه‌رسمی');
    expect(await (await app.request('/sources')).text()).toContain('بی‌بی‌سی فارسی');
    expect((await app.request('/article/999')).status).toBe(404);
    expect((await app.request('/source/nope')).status).toBe(404);
  });

  it('serves its own font and stylesheet', async () => {
    const { app } = seeded();
    const font = await app.request('/static/fonts/vazirmatn-regular.woff2');
    expect(font.headers.get('content-type')).toBe('font/woff2');
    expect((await font.arrayBuffer()).byteLength).toBeGreaterThan(10_000);
    expect((await app.request('/static/style.css')).headers.get('cache-control')).toContain('immutable');
  });
});
