import { describe, expect, it } from 'vitest';
import { toPersianDigits } from '../persian/index.ts';
import { SourceAliases } from './attribution.ts';
import { extractArticle } from './extract.ts';

const aliases = new SourceAliases([
  { slug: 'mehr', nameFa: 'خبرگزاری مهر', aliases: ['مهر'] },
  { slug: 'bbc', nameFa: 'بی‌بی‌سی فارسی', aliases: ['بی‌بی‌سی'] },
  { slug: 'sepehr', nameFa: 'سپهر خبر' },
  { slug: 'isna', nameFa: 'ایسنا', aliases: ['خبرگزاری دانشجویان ایران'] },
]);

const sentence = (i: number) =>
  `این بند شمارهٔ ${toPersianDigits(String(i))} از متن گزارشی است که دربارهٔ وضعیت هوای تهران منتشر شده و در آن به آمار تازهٔ ایستگاه‌های سنجش اشاره شده است.`;

function page(body: string, head = ''): string {
  return `<!doctype html><html lang="fa" dir="rtl"><head><meta charset="utf-8">${head}</head><body>
    <div class="menu"><a href="/">خانه</a> <a href="/politics">سیاسی</a></div>${body}
    <div class="footer-links"><a href="/about">دربارهٔ ما</a> <a href="/contact">تماس</a></div></body></html>`;
}

describe('extractArticle on pages no rule knows', () => {
  it('finds the text, the headline and a visible Jalali date in Tehran time', () => {
    const paragraphs = Array.from({ length: 6 }, (_, i) => `<p>${sentence(i + 1)}</p>`).join('');
    const a = extractArticle(page(`<div class="content"><h1>هوای تهران دوباره آلوده شد</h1><span class="date">۴ آذر ۱۴۰۵ - ۰۹:۳۰</span>${paragraphs}</div>`, '<title>هوای تهران</title>'), {
      url: 'https://example.org/a',
      aliases,
      publisher: 'bbc',
    });
    expect(a.rule).toBeNull();
    expect(a.engine).toBe('khabar');
    expect(a.title).toBe('هوای تهران دوباره آلوده شد');
    expect(a.text.split('\n')).toEqual(Array.from({ length: 6 }, (_, i) => sentence(i + 1)));
    expect(a.published).toBe('2026-11-25T06:00:00.000Z');
    expect(a.attribution).toEqual({ reportedBy: 'bbc', quoting: [] });
  });

  it('dates a page that prints only how long ago it was published from the time it was fetched', () => {
    const paragraphs = Array.from({ length: 5 }, (_, i) => `<p>${sentence(i + 1)}</p>`).join('');
    const html = page(`<article><h1>هوای تهران دوباره آلوده شد</h1><span class="news-time">۳ ساعت پیش</span>${paragraphs}</article>`);
    const fetchedAt = new Date('2026-11-25T09:30:00Z');
    const a = extractArticle(html, { url: 'https://example.org/b', aliases, fetchedAt });
    expect(a.published).toBe('2026-11-25T06:30:00.000Z');
    expect(a.text.split('\n')).toEqual(Array.from({ length: 5 }, (_, i) => sentence(i + 1)));
    // Without the fetch time there is nothing to count back from.
    expect(extractArticle(html, { url: 'https://example.org/b', aliases }).published).toBeNull();
    // «دیروز ساعت ۱۴:۳۰» is yesterday at 14:30 in Tehran (11:00 UTC): the 24th.
    const yesterday = page(`<article><h1>هوای تهران دوباره آلوده شد</h1><div class="date">دیروز ساعت ۱۴:۳۰</div>${paragraphs}</article>`);
    expect(extractArticle(yesterday, { url: 'https://example.org/c', aliases, fetchedAt }).published).toBe('2026-11-24T11:00:00.000Z');
  });

  it('keeps «بیشتر بخوانید» and its variants as related links, in any of the shapes sites write them', () => {
    const body = `<article>
      <p>${sentence(1)}</p>
      <p><strong>بیشتر بخوانید:</strong></p><p><a href="/news/1">خبر نخست</a></p>
      <p>${sentence(2)}</p>
      <p><span><strong>حتما بخوانید:</strong></span> <a href="/news/2">خبر دوم</a></p>
      <p>${sentence(3)}</p>
      <div><h2>مطلب مرتبط:</h2><ul><li><a href="/news/3">خبر سوم</a></li></ul></div>
      <p>${sentence(4)}</p>
      <blockquote><p>در این رابطه بخوانید: <a href="/news/4">خبر چهارم</a></p></blockquote>
      <p>${sentence(5)}</p></article>`;
    const a = extractArticle(page(body), { url: 'https://example.org/news/9', aliases });
    expect(a.related).toEqual([1, 2, 3, 4].map((n) => ({ url: `https://example.org/news/${n}`, title: `خبر ${['نخست', 'دوم', 'سوم', 'چهارم'][n - 1]}` })));
    expect(a.text.split('\n')).toEqual([1, 2, 3, 4, 5].map(sentence));
  });

  it('cuts at the end marker, drops promos and a desk sign-off, keeps sub-headings and figure captions', () => {
    const body = `<article>
      <p>${sentence(1)}</p>
      <figure><img src="/a.jpg" alt="ایستگاه سنجش"><figcaption>ایستگاه سنجش آلودگی در میدان آزادی</figcaption></figure>
      <h3>وضعیت مدارس</h3>
      <p>${sentence(2)}</p>
      <p>برای اطلاع از آخرین خبرها کانال تلگرام ما را دنبال کنید.</p>
      <p>${sentence(3)}</p>
      <p>/م</p>
      <p>پایان پیام</p><p>متن پس از پایان خبر</p></article>`;
    const a = extractArticle(page(body), { url: 'https://example.org/news/9', aliases });
    expect(a.text.split('\n')).toEqual([sentence(1), 'وضعیت مدارس', sentence(2), sentence(3)]);
    expect(a.html).toContain('<h2>وضعیت مدارس</h2>');
    expect(a.html).toContain('<figcaption>ایستگاه سنجش آلودگی در میدان آزادی</figcaption>');
    expect(a.html).not.toMatch(/پایان پیام|تلگرام/);
  });

  it('takes the site name out of a <title> headline and reads a news code printed beside its label', () => {
    const paragraphs = [1, 2, 3, 4, 5].map((i) => `<p>${sentence(i)}</p>`).join('');
    const a = extractArticle(page(`<div class="main">${paragraphs}<span class="code">كد خبر: 18225</span></div>`, '<title>سپهر خبر :: هوای تهران آلوده شد</title>'), {
      url: 'http://example.org/news/18225.htm',
      aliases,
    });
    expect(a.title).toBe('هوای تهران آلوده شد');
    expect(a.newsCode).toBe('18225');
  });

  it('leaves text in other scripts as written: no Persian digits in English', () => {
    const en = (i: number) => `Paragraph ${i}: the council voted 25 to 3 on 24 November 2026 to raise the cap, officials said on Monday.`;
    const a = extractArticle(`<html lang="en"><body><article>${[1, 2, 3, 4, 5, 6].map((i) => `<p>${en(i)}</p>`).join('')}</article></body></html>`, {
      url: 'https://example.com/a',
      aliases,
    });
    expect(a.text.split('\n')[0]).toBe(en(1));
    expect(a.lang).toBe('en');
    expect(a.dir).toBe('ltr');
  });
});

describe('extractArticle with site rules', () => {
  it('reports a rule that stopped matching and reads the page generically instead', () => {
    const paragraphs = [1, 2, 3, 4, 5].map((i) => `<p>${sentence(i)}</p>`).join('');
    const a = extractArticle(page(`<div class="new-layout">${paragraphs}</div>`, '<meta name="generator" content="www.nastooh.ir">'), {
      url: 'https://www.mehrnews.com/news/1/x',
      aliases,
    });
    expect(a.rule).toBe('nastooh');
    expect(a.warnings.some((w) => w.startsWith('site rule nastooh: no body matched'))).toBe(true);
    expect(a.warnings.some((w) => w.includes('signature no longer matches'))).toBe(true);
    expect(a.text.split('\n')).toEqual([1, 2, 3, 4, 5].map(sentence));
  });

  it('keeps a paragraph’s own dir and lang in the HTML', () => {
    const body = `<div class="item-title"><h1 class="title">عنوان</h1></div><div class="item-body"><div class="item-text"><p dir="rtl">${sentence(1)}</p><p lang="en" dir="ltr">A quoted English line.</p></div></div>`;
    const a = extractArticle(page(body, '<meta name="generator" content="www.nastooh.ir">'), { url: 'https://www.mehrnews.com/news/1/x', aliases });
    expect(a.html).toBe(`<p dir="rtl">${sentence(1)}</p>\n<p dir="ltr" lang="en">A quoted English line.</p>`);
  });

  it('makes relative links absolute and safe, and keeps no script in the HTML', () => {
    const body = `<div class="item-title"><h1 class="title">عنوان</h1></div><div class="item-body"><div class="item-text">
      <p onclick="steal()">${sentence(1)} <a href="/news/2">پیوند</a><script>alert(1)</script></p></div></div>`;
    const a = extractArticle(page(body, '<meta name="generator" content="www.nastooh.ir">'), { url: 'https://www.mehrnews.com/news/1/x', aliases });
    expect(a.html).toBe(`<p>${sentence(1)} <a href="https://www.mehrnews.com/news/2" rel="noopener noreferrer">پیوند</a></p>`);
  });
});
