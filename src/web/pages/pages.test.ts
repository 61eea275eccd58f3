import { describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { seededApp } from '../test-store.ts';

const html = async (app: ReturnType<typeof seededApp>['app'], path: string) => {
  const res = await app.request(path);
  return { status: res.status, text: await res.text(), res };
};

describe('article page', () => {
  it('shows the other outlets that told the same story, each with its affiliation', async () => {
    const { app, ids } = seededApp();
    const { text } = await html(app, `/article/${ids.signed}`);
    expect(text).toContain('همین خبر در رسانه‌های دیگر');
    expect(text).toContain(`href="/article/${ids.signedMehr}"`);
    expect(text).toContain(`href="/article/${ids.signedBbc}"`);
    expect(text).toMatch(/<span class="aff aff-diaspora" title="[^"]+">برون‌مرزی<\/span>/);
    const tellings = text.slice(text.indexOf('id="story-title"'), text.indexOf('</section>', text.indexOf('id="story-title"')));
    expect(tellings).not.toContain(`href="/article/${ids.market}"`);
    expect(tellings).not.toContain(`href="/article/${ids.signed}"`);
    expect(tellings).toContain('<a href="/story/7">همهٔ روایت‌ها کنار هم');
  });

  it('links the section to its category and keeps pictures on the outlet: a link, never an <img>', async () => {
    const { app, ids } = seededApp();
    const { text } = await html(app, `/article/${ids.signed}`);
    expect(text).toContain('<a href="/category/world">بین‌الملل</a>');
    expect(text).not.toContain('<img');
    expect(text).toMatch(/<a href="https:\/\/cdn\.isna\.ir\/pic\.jpg" rel="noopener noreferrer">تصویر در سایت منبع: دیدار دو رئیس‌جمهور<\/a>/);
    expect(text).toContain('برچسب‌ها: <span>روسیه</span><span>قفقاز</span>');
  });

  it('404s plainly on ids that are not articles', async () => {
    const { app } = seededApp();
    for (const p of ['/article/999', '/article/abc', '/article/-1', '/article/1e3']) expect((await app.request(p)).status, p).toBe(404);
  });
});

describe('source page', () => {
  it('shows the profile, the affiliation with what it means and its citation, the licence and feed health', async () => {
    const { app } = seededApp();
    const { text } = await html(app, '/source/isna');
    expect(text).toContain('<h1>ایسنا</h1>');
    expect(text).toContain('<strong>نیمه‌رسمی</strong>: به نهادی عمومی یا حکومتی وابسته است');
    expect(text).toContain('href="https://en.wikipedia.org/wiki/Iranian_Students%27_News_Agency" rel="noopener noreferrer">منبع این توصیف');
    expect(text).toContain('داوری دربارهٔ درستی خبرهای آن نیست');
    expect(text).toContain('<span class="health-ok">سالم</span>');
    expect(text).toContain('هر ۱۵ دقیقه');
    expect(text).toContain('امضای سند همکاری دو کشور');
    expect(text).toContain('href="/source/isna?format=atom"');
    const mehr = (await html(app, '/source/mehr')).text;
    expect(mehr).toContain('<span dir="auto">CC BY 4.0</span>');
    expect(mehr).toContain('منبعی برای این توصیف ثبت نشده است');
  });

  it('shows a failing feed with its error line', async () => {
    const { app } = seededApp();
    const { text } = await html(app, '/source/bbc');
    expect(text).toContain('<span class="health-bad">۱ خطای پیاپی</span>');
    expect(text).toContain('the connection timed out');
  });
});

describe('sources, categories, most covered, about', () => {
  it('groups the sources by affiliation with article counts and health', async () => {
    const { app } = seededApp();
    const { text } = await html(app, '/sources');
    expect(text.indexOf('id="group-semi-official"')).toBeLessThan(text.indexOf('id="group-diaspora"'));
    expect(text).not.toContain('id="group-state"');
    expect(text).toMatch(/<a href="\/source\/isna">ایسنا<\/a><\/th><td>۳<\/td>/);
    expect(text).toContain('<span class="health-bad">۱ خطای پیاپی</span>');
  });

  it('shows a source whose stored label Khabar does not know as unknown rather than dropping it', async () => {
    const { app, store } = seededApp();
    store.db.prepare("UPDATE sources SET affiliation = 'foreign-public' WHERE slug = 'bbc'").run();
    const { text } = await html(app, '/sources');
    expect(text).toMatch(/id="group-unknown">نامشخص<\/h2>[\s\S]*<a href="\/source\/bbc">/);
    expect((await html(app, '/source/bbc')).text).toContain('<strong>نامشخص</strong>');
  });

  it('gathers a category from every spelling outlets give its section', async () => {
    const { app, ids } = seededApp();
    const { text } = await html(app, '/category/world');
    for (const id of [ids.signed, ids.signedMehr, ids.signedBbc]) expect(text).toContain(`href="/article/${id}"`);
    expect(text).not.toContain(`href="/article/${ids.market}"`);
    expect(text).toContain('<h1>خبرهای بین‌الملل</h1>');
    expect((await app.request('/category/nope')).status).toBe(404);
  });

  it('ranks the most-covered stories by outlets within the window', async () => {
    const { app, ids } = seededApp();
    const day = (await html(app, '/most-covered')).text;
    expect(day).toMatch(new RegExp(`<ol class="headlines ranked"><li><a class="title" href="/article/${ids.signed}">`));
    expect(day).toContain('<strong>۳ رسانه</strong>');
    expect(day).toContain('<a href="/story/7">همهٔ روایت‌ها</a>');
    expect(day).toContain(`href="/article/${ids.market}"`);
    expect(day).not.toContain(`href="/article/${ids.old}"`);
    // The two hours before noon hold Mehr's (10:20) and the BBC's (11:00) tellings, not ISNA's first report (10:00).
    const two = (await html(app, '/most-covered?hours=2')).text;
    expect(two).toMatch(new RegExp(`<li><a class="title" href="/article/${ids.signedMehr}">[^<]+</a><div class="meta"><strong>۲ رسانه</strong>`));
    expect(two).not.toContain(`href="/article/${ids.signed}"`);
    expect(two).toMatch(/<a href="\/most-covered\?hours=2" aria-current="page">۲ ساعت<\/a>/);
    expect((await app.request('/most-covered?hours=5')).status).toBe(400);
  });

  it('says so when the window ends at the newest article because nothing newer came', async () => {
    const { store } = seededApp();
    const later = createApp({ store, now: () => new Date('2026-11-26T12:00:00Z') });
    const text = await (await later.request('/most-covered?hours=12')).text();
    expect(text).toContain('در این ۱۲ ساعت خبری نرسیده است');
    expect(text).toContain('<strong>۳ رسانه</strong>');
  });

  it('tells what affiliation labels mean on the about page', async () => {
    const { app } = seededApp();
    const { text } = await html(app, '/about');
    expect(text).toContain('برچسب داوری دربارهٔ درستی یا نادرستی خبرهای یک رسانه نیست');
    expect(text).toContain('<dt>اصلاح‌طلب</dt>');
  });
});
