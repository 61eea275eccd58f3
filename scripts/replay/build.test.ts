// Builds the small test corpus into a temp dir and checks what consumers rely on: the manifest, the pages'
// family markup, the legacy site's bytes, the feeds, read-more links, short links, and determinism.
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseFeed } from 'feedsmith';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storedFilePath, type ServeIndex } from '../../src/replay/site-index.ts';
import type { ManifestArticle } from './manifest.ts';
import { legacySpelling } from './persian.ts';
import { buildFixture, type BuiltFixture } from './test-fixture.ts';

let fx: BuiltFixture;
let index: ServeIndex;
const byId = (id: string) => fx.manifest.articles.find((a) => a.id === id) as ManifestArticle;
const page = (path: string) => readFile(join(fx.dir, 'sites', storedFilePath(path)));
const ORIGIN = 'http://replay.khabar.test';

beforeAll(async () => {
  fx = await buildFixture();
  index = JSON.parse(await readFile(join(fx.dir, 'serve.json'), 'utf8')) as ServeIndex;
});
afterAll(() => fx?.remove());

describe('manifest', () => {
  it('lists outlets, events and every article with its expected fields', () => {
    const m = fx.manifest;
    expect(m.outlets).toHaveLength(14);
    expect(m.outlets.find((o) => o.slug === 'independent')?.feedUrl).toBe('/independent/feed.json');
    expect(Object.keys(m.events)).toEqual(['test-bridge-opening', 'test-rain-warning', 'test-book-fair']);
    expect(m.articles).toHaveLength(12);
    expect(new Set(m.articles.map((a) => a.id)).size).toBe(12);
    expect(m.events['test-rain-warning']?.articles).toContain('test-rain-warning:mehr:2');
    for (const a of m.articles) {
      expect(Object.keys(a.expected).sort()).toEqual(
        [
          'attribution',
          'kicker',
          'lead',
          'newsCode',
          'published',
          'related',
          'section',
          'tags',
          'text',
          'title',
        ].sort(),
      );
      expect(a.expected.published).toMatch(/^2026-11-2\dT\d\d:\d\d:00Z$/);
      expect(index.files[a.url]?.type).toBe('text/html');
    }
  });

  it('keeps the authored text, maps attribution to slugs, and records copies and defects', () => {
    const mehr = byId('test-bridge-opening:mehr');
    expect(mehr.expected.text.split('\n')).toHaveLength(4);
    expect(mehr.expected.text).toContain('\nپل‌های تاریخی دزفول\n');
    expect(mehr.expected.newsCode).toMatch(/^\d{7}$/);
    expect(byId('test-bridge-opening:tabnak').expected.attribution).toEqual({
      reportedBy: 'tabnak',
      quoting: ['mehr'],
    });
    expect(byId('test-rain-warning:euronews').expected.attribution).toEqual({
      reportedBy: 'euronews',
      quoting: ['رویترز'],
    });
    const sepehr = byId('test-bridge-opening:sepehr');
    expect(sepehr.copyOf).toBe('test-bridge-opening:mehr');
    expect(sepehr.defects).toEqual(['windows-1256', 'arabic-letters', 'no-zwnj', 'latin-digits']);
    expect(sepehr.expected.title).toBe('پل چهارم دزفول پس از هشت سال افتتاح شد');
    const bbc = byId('test-book-fair:bbc');
    expect(bbc.url).toMatch(/^\/bbc\/articles\/c[a-z0-9]{10}o$/);
    expect(bbc.expected).toMatchObject({ kicker: '', newsCode: null });
    expect(byId('test-book-fair:isna').expected.newsCode).toMatch(/^14050905\d{5}$/);
  });
});

// Per family: the selectors the reference notes give for title, lead and body.
const SELECTORS: Record<string, [string, string, string]> = {
  mehr: ['h1.title', '.item-summary p.introtext', '.item-body .item-text'],
  tabnak: ['h1.title', '.subtitle', '.body'],
  tasnim: ['h1.title', '.lead', '.article_body #echo_detail'],
  isna: ['h1.first-title', 'p.summary', '.item-text[itemprop=articleBody]'],
  fars: ['h1.title', 'p.lead', '.nt-body'],
  bbc: ['h1#content', 'main p b', 'main'],
  radiofarda: ['h1.pg-title', '.intro p', '#article-content .wsw'],
  euronews: ['h1.c-article-title', 'p.c-article-summary', '.c-article-content'],
  independent: ['h1.page-header', '.field--name-field-summary p', '.field--name-body'],
};

describe('pages', () => {
  it('carry title, lead and body in each family’s markup', async () => {
    for (const a of fx.manifest.articles.filter((x) => SELECTORS[x.outlet])) {
      const [title, lead, body] = SELECTORS[a.outlet] as [string, string, string];
      const { document } = parseHTML((await page(a.url)).toString('utf8'));
      expect(document.querySelector(title)?.textContent?.trim(), a.id).toBe(a.expected.title);
      expect(document.querySelector(lead)?.textContent?.trim(), a.id).toBe(a.expected.lead);
      const firstLine = a.expected.text.split('\n')[0] as string;
      expect(document.querySelector(body)?.textContent, a.id).toContain(firstLine);
      expect(document.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(ORIGIN + a.url);
    }
  });

  it('put every read-more link inside the body, pointing at an existing page of the same outlet', async () => {
    const related = fx.manifest.articles.flatMap((a) => a.expected.related.map((r) => [a, r] as const));
    expect(related.length).toBeGreaterThan(0);
    for (const [a, target] of related) {
      expect(index.files[target], target).toBeDefined();
      expect(target.startsWith(`/${a.outlet}/`)).toBe(true);
      const { document } = parseHTML((await page(a.url)).toString('utf8'));
      const body = SELECTORS[a.outlet]?.[2] ?? 'td.body';
      const anchors = [...document.querySelectorAll(`${body} a`)].map((x) => x.getAttribute('href'));
      expect(anchors).toContain(ORIGIN + target);
    }
  });

  it('write the legacy site in windows-1256 with Arabic letters, no ZWNJ and the charset only in <meta>', async () => {
    const a = byId('test-bridge-opening:sepehr');
    const bytes = await page(a.url);
    expect(bytes.toString('utf8')).toContain('\ufffd'); // not UTF-8
    const html = new TextDecoder('windows-1256').decode(bytes);
    expect(html).not.toContain('\ufffd');
    expect(html).toContain('<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">');
    expect(html).toContain(legacySpelling(a.expected.title));
    expect(html).toContain('بهرهبرداري'); // «بهره‌برداری» with its ZWNJ lost and Arabic ی
    expect(html).not.toMatch(/[یک\u200c۰-۹]/);
    expect(html).toContain('تاريخ: 1405/09/03 - ساعت 13:00');
  });

  it('give each home page its feed link and latest articles', async () => {
    const { document } = parseHTML((await page('/euronews/')).toString('utf8'));
    const alt = document.querySelector('link[rel=alternate]');
    expect(alt?.getAttribute('type')).toBe('application/atom+xml');
    expect(alt?.getAttribute('href')).toBe(`${ORIGIN}/euronews/rss`);
    expect(document.querySelectorAll('main li')).toHaveLength(1);
  });
});

describe('feeds', () => {
  it('hold each outlet’s articles newest first in its format', async () => {
    const expectations: Array<[string, string, RegExp]> = [
      ['/mehr/rss', 'rss', /^Wed, 25 Nov 2026 15:30:00 \+0330$/],
      ['/fars/rss', 'rss', /^2026-11-25T09:30:00\+03:30$/],
      ['/bbc/rss.xml', 'rss', /GMT$/],
      ['/euronews/rss', 'atom', /\+01:00$/],
      ['/independent/feed.json', 'json', /Z$/],
    ];
    for (const [path, format, date] of expectations) {
      const parsed = parseFeed((await page(path)).toString('utf8'));
      expect(parsed.format).toBe(format);
      const slug = path.split('/')[1] as string;
      const mine = fx.manifest.articles.filter((a) => a.outlet === slug);
      const feed = parsed.feed as { items?: Array<Record<string, unknown>>; entries?: Array<Record<string, unknown>> };
      const items = feed.items ?? feed.entries ?? [];
      expect(items, path).toHaveLength(mine.length);
      const first = items[0] as Record<string, unknown>;
      const when = String(first.pubDate ?? first.published ?? first.date_published);
      expect(when, path).toMatch(date);
    }
    const mehrItems = (parseFeed((await page('/mehr/rss')).toString('utf8')).feed as { items: Array<{ link: string }> })
      .items;
    expect(mehrItems.map((i) => decodeURI(i.link))).toEqual([
      ORIGIN + byId('test-rain-warning:mehr:2').url,
      ORIGIN + byId('test-rain-warning:mehr').url,
      ORIGIN + byId('test-bridge-opening:mehr').url,
    ]);
  });

  it('write the legacy feed as RSS 0.92 in windows-1256', async () => {
    const xml = new TextDecoder('windows-1256').decode(await page('/sepehr/rss.xml'));
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="windows-1256"\?>\r\n<rss version="0.92">/);
    const parsed = parseFeed(xml);
    expect(parsed.format).toBe('rss');
    expect(xml).toContain('<pubDate>Tue, 24 Nov 2026 13:00:00 +0330</pubDate>');
  });
});

describe('site files', () => {
  it('record short links as redirects to article pages, and a robots.txt for the whole origin', async () => {
    const redirects = JSON.parse(await readFile(join(fx.dir, 'redirects.json'), 'utf8')) as Record<string, string>;
    const mehr = byId('test-bridge-opening:mehr');
    const short = Object.keys(redirects).find((k) => redirects[k] === mehr.url) as string;
    expect(short).toMatch(/^\/mehr\/x[0-9A-Za-z]+$/);
    expect((await page(mehr.url)).toString('utf8')).toContain(`value="${ORIGIN}${short}"`);
    expect(Object.values(redirects).every((t) => index.files[t])).toBe(true);
    expect((await page('/robots.txt')).toString('utf8')).toBe('User-agent: *\nDisallow: /*/search\nAllow: /\n');
  });

  it('are byte-identical when built twice', async () => {
    const again = await buildFixture();
    try {
      const list = async (dir: string): Promise<string[]> =>
        (await readdir(dir, { recursive: true, withFileTypes: true }))
          .filter((e) => e.isFile() && !relative(dir, join(e.parentPath, e.name)).startsWith('content'))
          .map((e) => relative(dir, join(e.parentPath, e.name)))
          .sort();
      const files = await list(fx.dir);
      expect(await list(again.dir)).toEqual(files);
      for (const f of files) {
        expect((await readFile(join(again.dir, f))).equals(await readFile(join(fx.dir, f))), f).toBe(true);
      }
    } finally {
      await again.remove();
    }
  });
});
