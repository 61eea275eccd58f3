import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FeedError } from './errors.ts';
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

describe('parseFeed on what real feeds get wrong', () => {
  it('resolves links under nested xml:base, and against the feed address', () => {
    const feed = parseFeed(
      `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://www.isna.ir/fa/"><title>ایسنا</title>
      <entry xml:base="news/"><id>1</id><title>خبر</title><link href="1405/اقتصاد"/>
      <content type="html">&lt;a href="../img/1.jpg"&gt;عکس&lt;/a&gt;</content></entry>
      <entry><id>2</id><title>دو</title><link href="/x/2"/></entry></feed>`,
      'https://feeds.isna.ir/atom',
    );
    expect(feed.items[0]!.link).toBe('https://www.isna.ir/fa/news/1405/%D8%A7%D9%82%D8%AA%D8%B5%D8%A7%D8%AF');
    expect(feed.items[0]!.contentHtml).toContain('href="https://www.isna.ir/fa/img/1.jpg"');
    expect(feed.items[1]!.link).toBe('https://www.isna.ir/x/2');
  });

  it('recovers from junk before the declaration, bare «&», HTML entities and missing end tags', () => {
    const feed = parseFeed(
      `Warning: mysql_connect() failed<br>\n<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>اخبار &laquo;ورزشی&raquo; & فرهنگی</title>
      <item><title>استقلال&nbsp;و پرسپولیس</title><link>https://example.ir/a?x=1&y=2</link><description>متن <b>خبر
      <item><title>دومی</title><link>https://example.ir/b</link></item></channel></rss>`,
    );
    expect(feed.title).toBe('اخبار «ورزشی» & فرهنگی');
    expect(feed.items.map((i) => i.title)).toEqual(['استقلال و پرسپولیس', 'دومی']);
    expect(feed.items[0]!.link).toBe('https://example.ir/a?x=1&y=2');
    expect(feed.items[0]!.summary).toBe('متن خبر');
  });

  it('reads RSS 1.0 (RDF) with Dublin Core dates and creators', () => {
    const feed = parseFeed(
      `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="https://example.ir/"><title>سایت</title><link>https://example.ir/</link></channel>
      <item rdf:about="https://example.ir/1"><title>یک</title><link>https://example.ir/1</link><dc:date>2026-11-24T11:45:00+03:30</dc:date><dc:creator>مریم</dc:creator></item>
      </rdf:RDF>`,
    );
    expect(feed.items[0]).toMatchObject({ id: 'https://example.ir/1', published: '2026-11-24T08:15:00.000Z', author: 'مریم' });
  });

  it('decodes base64 Atom 0.3 content and reads XHTML content without its wrapper', () => {
    const feed = parseFeed(
      `<feed version="0.3" xmlns="http://purl.org/atom/ns#"><entry><title mode="base64">${Buffer.from('سلام <b>دنیا</b>').toString('base64')}</title>
      <content type="application/xhtml+xml" mode="xml"><div xmlns="http://www.w3.org/1999/xhtml"><p>بند <em>اول</em></p></div></content></entry></feed>`,
    );
    expect(feed.items[0]!.contentHtml).toBe('<p>بند <em>اول</em></p>');
    expect(feed.items[0]!.title).toBe('سلام دنیا');
  });

  it('keeps <ttl> for the scheduler', () => {
    expect(parseFeed('<rss><channel><title>t</title><ttl>30</ttl></channel></rss>').ttlSeconds).toBe(1800);
    expect(parseFeed('<rss xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"><channel><sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>4</sy:updateFrequency></channel></rss>').ttlSeconds).toBe(900);
  });

  it('bounds entity expansion and never resolves external entities', () => {
    const bomb = `<!DOCTYPE rss [<!ENTITY a "${'x'.repeat(100)}"><!ENTITY b "${'&a;'.repeat(100)}"><!ENTITY c "${'&b;'.repeat(100)}">]><rss><channel><title>&c;</title></channel></rss>`;
    expect(() => parseFeed(bomb)).toThrow(/expand past 1000000 characters/);
    const xxe = '<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY ok "خبر">]><rss><channel><title>&ok;[&xxe;]</title></channel></rss>';
    expect(parseFeed(xxe).title).toBe('خبر[]');
  });

  it('turns dangerous links into nothing and keeps scripts out of every field', () => {
    const feed = parseFeed(
      `<rss><channel><title>x</title><item><title>&lt;script&gt;alert(1)&lt;/script&gt;عنوان</title><link>javascript:alert(1)</link>
      <description>&lt;img src=x onerror=alert(1)&gt;خلاصه</description><content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/">&lt;p onclick="x()"&gt;متن&lt;/p&gt;&lt;iframe src="//evil"&gt;&lt;/iframe&gt;</content:encoded>
      <enclosure url="data:text/html,boom" type="text/html"/></item></channel></rss>`,
    );
    expect(feed.items[0]).toMatchObject({ title: 'عنوان', link: '', summary: 'خلاصه', contentHtml: '<p>متن</p>', enclosures: [] });
  });

  it('names an HTML page and an empty document plainly', () => {
    expect(() => parseFeed('<!doctype html><html><head><title>x</title></head></html>')).toThrow('it is an HTML page, not a feed');
    expect(() => parseFeed('  ')).toThrow('the document is empty');
    expect(() => parseFeed('{"title": 1}')).toThrow(/not a JSON Feed/);
  });
});

describe('parseFeed on anything at all', () => {
  const sample = `<?xml version="1.0"?><rss version="2.0"><channel><title>خبر &amp; نظر</title><item><title><![CDATA[<b>یک</b>]]></title>
    <link>https://example.ir/1</link><pubDate>Tue, 24 Nov 2026 11:45:00 +0330</pubDate><description>&lt;p&gt;متن&lt;/p&gt;</description></item></channel></rss>`;

  it('returns a feed or a one-line FeedError, never anything else, for cut, spliced and random input', () => {
    fc.assert(
      fc.property(fc.nat(sample.length), fc.nat(sample.length), fc.string({ maxLength: 40 }), (a, b, junk) => {
        const text = sample.slice(0, Math.min(a, b)) + junk + sample.slice(Math.max(a, b));
        try {
          const feed = parseFeed(text, 'https://example.ir/rss');
          expect(Array.isArray(feed.items)).toBe(true);
        } catch (err) {
          expect(err).toBeInstanceOf(FeedError);
          expect((err as Error).message).toMatch(/^[^\n]+$/);
        }
      }),
      { numRuns: 400 },
    );
  });
});
