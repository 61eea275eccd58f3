import { describe, expect, it } from 'vitest';
import { SourceAliases } from './attribution.ts';
import { extractArticle } from './extract.ts';

const aliases = new SourceAliases([
  { slug: 'mehr', nameFa: 'خبرگزاری مهر', aliases: ['مهر'] },
  { slug: 'bbc', nameFa: 'بی‌بی‌سی فارسی' },
]);

const nastoohPage = `<!doctype html><html lang="fa" dir="rtl"><head>
<meta name="generator" content="www.nastooh.ir">
<meta property="og:title" content="افزایش سقف نرخ سود سپرده به ۲۵ درصد">
<meta property="article:published_time" content="2026-11-24T08:15:00Z">
<meta property="nastooh:code" content="6123456">
<link rel="canonical" href="https://www.mehrnews.com/news/6123456/">
</head><body>
<nav><ul><li><a href="/">صفحهٔ اول</a></li><li><a href="/service/economy">اقتصادی</a></li></ul></nav>
<article><div class="item-title"><h4 class="kicker">با تصمیم شورای پول و اعتبار</h4>
<h1 class="title">افزایش سقف نرخ سود سپرده به ۲۵ درصد</h1></div>
<div class="item-summary"><p class="introtext">بانک مرکزی سقف نرخ سود سپرده‌های یک‌ساله را ۲۵ درصد تعیین کرد.</p></div>
<div class="item-body"><div class="item-text">
<p>به گزارش خبرنگار مهر، شورای پول و اعتبار در جلسهٔ امروز سقف نرخ سود سپرده‌ها را افزایش داد.</p>
<p>بیشتر بخوانید: <a href="/news/6123400/">نرخ تورم آبان اعلام شد</a></p>
<h2>واکنش بانک‌ها</h2>
<p>چند بانک خصوصی اعلام کرده‌اند که نرخ‌های تازه را از شنبه اجرا می‌کنند.</p>
<p>انتهای پیام</p><p>این متن نباید بیاید.</p>
</div></div></article>
<section class="latest"><h3>آخرین اخبار</h3><ul><li><a href="/news/1">خبری دیگر</a></li></ul></section>
<footer>کلیه حقوق محفوظ است.</footer></body></html>`;

describe('extractArticle', () => {
  it('reads a Nastooh page through its site rule', () => {
    const a = extractArticle(nastoohPage, { url: 'https://www.mehrnews.com/news/6123456/x', aliases, publisher: 'mehr' });
    expect(a.rule).toBe('nastooh');
    expect(a.title).toBe('افزایش سقف نرخ سود سپرده به ۲۵ درصد');
    expect(a.kicker).toBe('با تصمیم شورای پول و اعتبار');
    expect(a.lead).toBe('بانک مرکزی سقف نرخ سود سپرده‌های یک‌ساله را ۲۵ درصد تعیین کرد.');
    expect(a.text).toBe(
      'به گزارش خبرنگار مهر، شورای پول و اعتبار در جلسهٔ امروز سقف نرخ سود سپرده‌ها را افزایش داد.\nواکنش بانک‌ها\nچند بانک خصوصی اعلام کرده‌اند که نرخ‌های تازه را از شنبه اجرا می‌کنند.',
    );
    expect(a.published).toBe('2026-11-24T08:15:00.000Z');
    expect(a.newsCode).toBe('6123456');
    expect(a.canonicalUrl).toBe('https://www.mehrnews.com/news/6123456/');
    expect(a.related).toEqual([{ url: 'https://www.mehrnews.com/news/6123400/', title: 'نرخ تورم آبان اعلام شد' }]);
    expect(a.attribution).toEqual({ reportedBy: 'mehr', quoting: [] });
    expect(a.html).toContain('<h2>واکنش بانک‌ها</h2>');
    expect(a.html).not.toContain('انتهای پیام');
  });

  it('falls back to a generic reading and a visible Jalali date on an unknown page', () => {
    const paragraphs = Array.from({ length: 6 }, (_, i) => `<p>این بند شمارهٔ ${i + 1} از متن گزارشی است که بی‌بی‌سی فارسی دربارهٔ وضعیت هوای تهران منتشر کرده و در آن به آمار تازه اشاره شده است.</p>`).join('');
    const page = `<html><head><title>هوای تهران</title></head><body><div class="menu"><a href="/">خانه</a></div>
      <div class="content"><h1>هوای تهران دوباره آلوده شد</h1><span class="date">۴ آذر ۱۴۰۵ - ۰۹:۳۰</span>
      <time datetime="2026-11-25T06:00:00Z">۴ آذر</time>${paragraphs}</div></body></html>`;
    const a = extractArticle(page, { url: 'https://example.org/a', aliases, publisher: 'bbc' });
    expect(a.rule).toBeNull();
    expect(a.title).toBe('هوای تهران دوباره آلوده شد');
    expect(a.text.split('\n')).toHaveLength(6);
    expect(a.published).toBe('2026-11-25T06:00:00.000Z');
    expect(a.attribution.reportedBy).toBe('bbc');
  });
});
