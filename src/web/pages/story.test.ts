import { describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { seededApp, seededStore } from '../test-store.ts';

const page = async (app: ReturnType<typeof seededApp>['app'], path: string) => {
  const res = await app.request(path);
  return { status: res.status, text: await res.text(), res };
};

describe('story page', () => {
  it('lists every outlet’s version with its headline, lead and time, oldest first within its group', async () => {
    const { app, ids } = seededApp();
    const { status, text } = await page(app, '/story/7');
    expect(status).toBe(200);
    expect(text).toContain('<h1>امضای سند همکاری دو کشور</h1>');
    expect(text).toContain('۳ خبر از ۳ رسانه');
    const versions = text.slice(text.indexOf('id="versions-title"'), text.indexOf('id="provenance-title"'));
    const order = [ids.signed, ids.signedMehr, ids.signedBbc].map((id) => versions.indexOf(`href="/article/${id}"`));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > (order[i - 1] ?? 0)))).toBe(true);
    expect(versions).toContain('<p class="lead">روسای جمهوری دو کشور سندی را امضا کردند.</p>');
    expect(versions).toMatch(/<time datetime="2026-11-24T10:20:00.000Z"/);
    expect(versions).not.toContain(`href="/article/${ids.market}"`);
  });

  it('groups the versions by the outlets\u2019 affiliation and names the groups that did not report it', async () => {
    const { store, ids } = seededStore();
    store.upsertSource({ slug: 'shargh', nameFa: 'شرق', nameEn: 'Shargh', homepage: 'https://www.sharghdaily.com', feeds: ['https://www.sharghdaily.com/rss'], affiliation: 'reformist' });
    const app = createApp({ store, now: () => new Date('2026-11-24T12:00:00Z') });
    const { text } = await page(app, '/story/7');
    const semi = text.indexOf('id="group-semi-official"');
    const diaspora = text.indexOf('id="group-diaspora"');
    expect(semi).toBeGreaterThan(0);
    expect(diaspora).toBeGreaterThan(semi);
    expect(text.slice(semi, diaspora)).toContain(`href="/article/${ids.signedMehr}"`);
    expect(text.slice(diaspora)).toContain(`href="/article/${ids.signedBbc}"`);
    expect(text).toContain('از منابع «خبر»، رسانه‌های اصلاح‌طلب این خبر را گزارش نکرده‌اند.');
    // Groups no source of the site belongs to are not named: silence from them says nothing.
    expect(text).not.toContain('رسانه‌های دولتی');
  });

  it('shows the provenance: the first reporter, the quoting chain, the timeline', async () => {
    const { app, ids } = seededApp();
    const { text } = await page(app, '/story/7');
    const prov = text.slice(text.indexOf('id="provenance-title"'));
    expect(prov).toContain(`<dt>نخستین گزارش</dt><dd><a href="#a${ids.signed}">ایسنا</a>`);
    expect(prov).toContain('<dt>زنجیرهٔ نقل</dt>');
    // BBC's own version came out after ISNA's, so it is not what ISNA quoted: the name stands unlinked.
    expect(prov).toContain(`<a href="#a${ids.signed}">ایسنا</a> به نقل از <span>بی‌بی‌سی فارسی</span>`);
    expect(prov.match(/<li><time/g)?.length).toBe(3);
  });

  it('sends a merged story’s address to the story it joined, and 404s on others', async () => {
    const { store } = seededStore();
    store.stories.save({ articles: [], stories: [{ ...store.stories.get(7)!, id: 9 }], merged: [{ from: 9, into: 7 }] });
    const { createApp } = await import('../app.ts');
    const { repositoryOf } = await import('../../store/index.ts');
    const app = createApp({ store: repositoryOf(store) });
    const moved = await app.request('/story/9');
    expect(moved.status).toBe(301);
    expect(moved.headers.get('location')).toBe('/story/7');
    for (const p of ['/story/999', '/story/abc', '/story/0', '/story/1e3']) expect((await app.request(p)).status, p).toBe(404);
  });
});

describe('home page', () => {
  it('shows each story once with its first outlet, «+N منبع دیگر» and time', async () => {
    const { app, ids } = seededApp();
    const { text } = await page(app, '/');
    expect(text).toContain('<a class="title" href="/story/7">امضای سند همکاری دو کشور</a>');
    expect(text).toContain('+۲ منبع دیگر');
    expect(text).not.toContain(`href="/article/${ids.signedMehr}">سند همکاری دو کشور امضا شد`);
  });
});
