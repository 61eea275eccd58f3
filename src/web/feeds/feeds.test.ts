import { parseAtomFeed, parseJsonFeed, parseOpml, parseRssFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { newArticle } from '../../store/testing/seed.ts';
import { seededApp } from '../test-store.ts';

describe('feeds out', () => {
  it('serves the home feed as RSS, Atom and JSON Feed that parse back with every article', async () => {
    const { app, ids } = seededApp();
    const rssRes = await app.request('http://khabar.test/rss.xml');
    expect(rssRes.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    const rss = parseRssFeed(await rssRes.text());
    expect(rss.items).toHaveLength(5);
    expect(rss.items?.[0]?.link).toBe(`http://khabar.test/article/${ids.market}`);
    expect(rss.items?.[0]?.pubDate).toBe('Tue, 24 Nov 2026 11:30:00 GMT');
    expect(rss.language).toBe('fa');

    const atom = parseAtomFeed(await (await app.request('http://khabar.test/atom.xml')).text());
    expect(atom.entries).toHaveLength(5);
    const signed = atom.entries?.find((e) => e.id === `http://khabar.test/article/${ids.signed}`);
    expect(signed?.title).toEqual({ value: 'امضای سند همکاری دو کشور' });
    expect(signed?.authors?.[0]?.name).toBe('ایسنا');
    expect(signed?.links?.find((l) => l.rel === 'related')?.href).toBe('https://www.isna.ir/news/1');

    const jsonRes = await app.request('http://khabar.test/feed.json');
    expect(jsonRes.headers.get('content-type')).toBe('application/feed+json; charset=utf-8');
    const raw = (await jsonRes.json()) as { version: string; items: Record<string, unknown>[] };
    // JSON Feed 1.1: a version URL, and every item with a string id and some content.
    expect(raw.version).toBe('https://jsonfeed.org/version/1.1');
    for (const item of raw.items)
      expect(
        typeof item.id === 'string' && (typeof item.content_text === 'string' || typeof item.content_html === 'string'),
      ).toBe(true);
    const json = parseJsonFeed(raw);
    expect(json.items).toHaveLength(5);
    expect(json.feed_url).toBe('http://khabar.test/feed.json');
    expect(json.items?.find((i) => i.external_url === 'https://www.mehrnews.com/news/2')?.title).toBe(
      'سند همکاری دو کشور امضا شد',
    );
  });

  it('answers ?format= on source, category and most-covered pages, and names an unknown format', async () => {
    const { app, ids } = seededApp();
    const source = parseRssFeed(await (await app.request('http://khabar.test/source/mehr?format=rss')).text());
    expect(source.items?.map((i) => i.link)).toEqual([`http://khabar.test/article/${ids.signedMehr}`]);
    const category = parseAtomFeed(await (await app.request('http://khabar.test/category/world?format=atom')).text());
    expect(category.entries).toHaveLength(3);
    expect(category.links?.find((l) => l.rel === 'self')?.href).toBe('http://khabar.test/category/world?format=atom');
    const covered = parseJsonFeed(
      await (await app.request('http://khabar.test/most-covered?hours=2&format=json')).json(),
    );
    expect(covered.feed_url).toBe('http://khabar.test/most-covered?hours=2&format=json');
    const bad = await app.request('/source/mehr?format=pdf');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toBe('format=pdf: unknown feed format; use rss, atom or json');
  });

  it('answers ?format= on a story and on a search, and announces those feeds in the page head', async () => {
    const { app, ids, store } = seededApp();
    store.saveArticle(
      newArticle(30, {
        title: 'پیش‌نویس قانون بودجه به مجلس رسید',
        lead: 'نمایندگان پیش‌نویس را بررسی می‌کنند.',
        published: '2026-11-24T09:00:00.000Z',
      }),
    );
    const story = parseRssFeed(await (await app.request('http://khabar.test/story/7?format=rss')).text());
    expect(story.items?.map((i) => i.link).sort()).toEqual(
      [ids.signed, ids.signedMehr, ids.signedBbc].map((id) => `http://khabar.test/article/${id}`).sort(),
    );
    expect(await (await app.request('/story/7')).text()).toContain('href="/story/7?format=atom"');
    const res = await app.request(`http://khabar.test/search?q=${encodeURIComponent('پیشنویس بودجه')}&format=json`);
    expect(res.headers.get('content-type')).toBe('application/feed+json; charset=utf-8');
    const found = parseJsonFeed(await res.json());
    expect(found.feed_url).toBe(`http://khabar.test/search?q=${encodeURIComponent('پیشنویس بودجه')}&format=json`);
    expect(found.items?.map((i) => i.title)).toEqual(['پیش‌نویس قانون بودجه به مجلس رسید']);
    for (const item of found.items ?? []) expect(item.content_text ?? '').not.toMatch(/<mark>/);
    expect(await (await app.request(`/search?q=${encodeURIComponent('بودجه')}`)).text()).toContain('format=rss');
  });

  it('lists every source feed in OPML with its affiliation as the category', async () => {
    const { app } = seededApp();
    const res = await app.request('/sources.opml');
    expect(res.headers.get('content-type')).toBe('text/x-opml; charset=utf-8');
    const opml = parseOpml(await res.text());
    const outlines = opml.body?.outlines ?? [];
    expect(outlines.map((o) => o.xmlUrl).sort()).toEqual([
      'https://feeds.bbci.co.uk/persian/rss.xml',
      'https://www.isna.ir/rss',
      'https://www.mehrnews.com/rss',
    ]);
    expect(outlines.find((o) => o.xmlUrl === 'https://www.isna.ir/rss')?.text).toBe('ایسنا');
    expect(outlines.find((o) => o.xmlUrl === 'https://www.isna.ir/rss')?.category).toBe('/نیمه‌رسمی');
  });

  it("announces each page's own feeds in its head", async () => {
    const { app } = seededApp();
    const home = await (await app.request('/about')).text();
    expect(home).toContain(
      '<link rel="alternate" type="application/rss+xml" title="تازه‌ترین خبرها (RSS)" href="/rss.xml"/>',
    );
    const source = await (await app.request('/source/isna')).text();
    expect(source).toContain('type="application/feed+json" title="ایسنا (JSON Feed)" href="/source/isna?format=json"');
  });
});
