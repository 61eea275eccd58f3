// The whole path a stored article takes, in process: the outlet's feed item (parseFeed) and page (extractArticle)
// joined as the crawler joins them (toNewArticle), stored (SqliteStore in memory) and shown (/article/<id>).
import type { Hono } from 'hono';
import { toNewArticle } from '../../src/crawl/article-record.ts';
import { SourceAliases, extractArticle } from '../../src/extract/index.ts';
import { FeedError, parseFeed } from '../../src/feeds/index.ts';
import type { FeedItem } from '../../src/model/types.ts';
import { toPersianDigits } from '../../src/persian/index.ts';
import { SqliteStore } from '../../src/store/index.ts';
import { createApp } from '../../src/web/app.ts';

export const OUTLET = 'hostile';

/** Ordinary Persian paragraphs around the hostile markup, so that extraction sees an article and keeps its body. */
export const PARAGRAPHS = [
  'به گزارش خبرنگار این رسانه، نشست شورای شهر امروز با حضور اعضا و نمایندگان چند نهاد برگزار شد و دربارهٔ بودجهٔ سال آینده گفت‌وگو کردند.',
  'در این نشست پیشنهادهای تازه‌ای برای گسترش حمل‌ونقل عمومی و ساخت پارک‌های محله‌ای مطرح شد که بررسی آن‌ها به جلسهٔ بعد واگذار شد.',
  'رئیس شورا گفت گزارش کامل این نشست تا پایان هفته منتشر می‌شود و شهروندان می‌توانند نظرهای خود را از راه سامانهٔ شهرداری بفرستند.',
];

export interface Shown {
  id: number;
  status: number;
  page: string;
  csp: string | null;
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const xml = attr;

/** The headline of test article `n`: Persian words and digits only, so it reads the same once normalized. */
export function headline(n: number): string {
  return `خبر آزمایشی شمارهٔ ${toPersianDigits(String(n))}`;
}

/** An article page with `markup` in the head, among the paragraphs and in a «بیشتر بخوانید» block. */
export function pageWithMarkup(n: number, markup: string): string {
  const [p1, p2, p3] = PARAGRAPHS;
  return `<!doctype html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>${headline(n)}</title>${markup}</head>
<body><article><h1>${headline(n)}</h1><p>${p1}</p>${markup}<p>${p2} ${markup}</p><div>${markup}</div>
<p>بیشتر بخوانید: ${markup}</p><p>${p3}</p></article></body></html>`;
}

/** An article page whose every metadata field, heading, language and link holds `value` as text. */
export function pageWithValue(n: number, value: string): string {
  const [p1, p2, p3] = PARAGRAPHS;
  const a = attr(value);
  const ld = JSON.stringify({
    '@context': 'https://schema.org', '@type': 'NewsArticle', headline: value, description: value, articleSection: value,
    keywords: [value], author: { '@type': 'Person', name: value }, image: value, url: value, datePublished: value,
  }).replace(/</g, '\\u003c');
  return `<!doctype html><html lang="${a}" dir="${a}"><head><meta charset="utf-8"><title>${a}</title>
<meta name="description" content="${a}"><meta property="og:title" content="${a}"><meta name="author" content="${a}">
<meta property="article:tag" content="${a}"><meta property="article:section" content="${a}"><meta name="keywords" content="${a}">
<meta property="og:image" content="${a}"><link rel="canonical" href="${a}"><meta name="generator" content="${a}">
<script type="application/ld+json">${ld}</script></head>
<body><article><p class="kicker">${a}</p><h1>${a} ${headline(n)}</h1><time datetime="${a}">${a}</time><p>${p1}</p><p>${p2}</p>
<p>بیشتر بخوانید: <a href="${a}">${a}</a></p><p>${p3}</p></article></body></html>`;
}

/** An RSS feed whose item carries `markup` in every field a feed item has. */
export function feedWithMarkup(link: string, markup: string): string {
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>${xml(markup)}</title><link>https://hostile.example/</link>
<item><title>${xml(markup)}</title><link>${link}</link><guid>${link}</guid><description>${xml(markup)}</description>
<content:encoded><![CDATA[${markup.replace(/]]>/g, ']]]]><![CDATA[>')}]]></content:encoded><dc:creator>${xml(markup)}</dc:creator>
<category>${xml(markup)}</category><enclosure url="${xml(markup)}" type="image/jpeg"/></item></channel></rss>`;
}

function emptyItem(link: string): FeedItem {
  return { id: link, title: '', link, published: null, updated: null, summary: '', contentHtml: '', author: null, categories: [], enclosures: [] };
}

/** One outlet, one store, one site: publish pages through it and read them back as a reader's browser would. */
export class ArticlePath {
  readonly store = new SqliteStore(':memory:');
  readonly app: Hono;
  private readonly aliases: SourceAliases;
  private n = 0;

  constructor() {
    this.store.upsertSource({
      slug: OUTLET, nameFa: 'رسانهٔ آزمایشی', nameEn: 'Test outlet', homepage: 'https://hostile.example/',
      feeds: ['https://hostile.example/rss'], affiliation: 'unknown',
    });
    this.aliases = new SourceAliases(this.store.listSources());
    this.app = createApp({ store: this.store });
  }

  /** A fresh article on the outlet: its number and address. */
  next(): { n: number; url: string } {
    const n = ++this.n;
    return { n, url: `https://hostile.example/news/${n}` };
  }

  /**
   * Stores the article the crawler would store from this feed and page (both fetched from `url`) and requests its
   * page. A feed that is no feed at all (FeedError) leaves only the page, as a crawl of a listing would.
   */
  async publish(url: string, page: string, feed: string | null): Promise<Shown> {
    let item = emptyItem(url);
    if (feed !== null) {
      try {
        item = { ...(parseFeed(feed, url).items[0] ?? item), link: url };
      } catch (err) {
        if (!(err instanceof FeedError)) throw err;
      }
    }
    const extracted = extractArticle(page, { url, aliases: this.aliases, publisher: OUTLET });
    const { id } = this.store.saveArticle(toNewArticle(OUTLET, item, extracted, new Date()));
    const res = await this.app.request(`/article/${id}`);
    return { id, status: res.status, page: await res.text(), csp: res.headers.get('content-security-policy') };
  }
}
