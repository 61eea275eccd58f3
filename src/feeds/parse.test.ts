import { describe, expect, it } from 'vitest';
import { parseFeed } from './parse.ts';

describe('parseFeed', () => {
  it('reads RSS 2.0 with a Tehran-time RFC 822 date, categories and enclosures', () => {
    const feed = parseFeed(
      `<rss version="2.0"><channel><title>خبرگزاری مهر</title><link>https://www.mehrnews.com/</link>
      <item><title>افزایش نرخ سود سپرده</title><link>/news/6123456</link><guid>6123456</guid>
      <pubDate>Tue, 24 Nov 2026 11:45:00 +0330</pubDate><description>&lt;p&gt;بانک مرکزی سقف نرخ سود را افزایش داد.&lt;/p&gt;</description>
      <category>اقتصادی</category><enclosure url="/img/1.jpg" type="image/jpeg"/></item></channel></rss>`,
    );
    expect(feed.title).toBe('خبرگزاری مهر');
    const item = feed.items[0]!;
    expect(item.link).toBe('https://www.mehrnews.com/news/6123456');
    expect(item.published).toBe('2026-11-24T08:15:00.000Z');
    expect(item.summary).toBe('بانک مرکزی سقف نرخ سود را افزایش داد.');
    expect(item.categories).toEqual(['اقتصادی']);
    expect(item.enclosures[0]!.url).toBe('https://www.mehrnews.com/img/1.jpg');
  });

  it('reads Atom with HTML titles and sanitizes content', () => {
    const feed = parseFeed(
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>یورونیوز</title><link href="https://parsi.euronews.com/"/>
      <entry><id>u1</id><title type="html">گزارش &lt;b&gt;ویژه&lt;/b&gt;</title><link rel="alternate" href="/2026/11/24/a"/>
      <published>2026-11-24T11:45:00+03:30</published><content type="html">&lt;p onclick="x()"&gt;متن&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</content>
      <author><name>نویسنده</name></author></entry></feed>`,
    );
    const item = feed.items[0]!;
    expect(item.title).toBe('گزارش ویژه');
    expect(item.link).toBe('https://parsi.euronews.com/2026/11/24/a');
    expect(item.published).toBe('2026-11-24T08:15:00.000Z');
    expect(item.contentHtml).toBe('<p>متن</p>');
    expect(item.author).toBe('نویسنده');
  });

  it('reads JSON Feed 1.1', () => {
    const feed = parseFeed(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'ایندیپندنت فارسی',
        home_page_url: 'https://www.independentpersian.com/',
        items: [{ id: '1', url: 'https://www.independentpersian.com/node/1', title: 'عنوان', summary: 'خلاصه', date_published: '2026-11-24T08:15:00Z' }],
      }),
    );
    expect(feed.items[0]).toMatchObject({ id: '1', title: 'عنوان', summary: 'خلاصه', published: '2026-11-24T08:15:00.000Z' });
  });

  it('reads Jalali dates with Persian digits and never takes 1405 for a Gregorian year', () => {
    const feed = parseFeed('<rss><channel><title>x</title><item><title>t</title><pubDate>۱۴۰۵/۰۹/۰۳ - ۱۱:۴۵</pubDate></item></channel></rss>');
    expect(feed.items[0]!.published).toBe('2026-11-24T08:15:00.000Z');
  });

  it('says plainly when the input is not a feed', () => {
    expect(() => parseFeed('<html><body>not a feed</body></html>')).toThrow(/not a feed/);
  });
});
