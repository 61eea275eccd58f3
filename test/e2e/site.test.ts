import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ReplaySite, startReplaySite } from './replay-site.ts';

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = new URL('../../test-results/e2e/', import.meta.url).pathname;
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WEIGHT_LIMIT = 50 * 1024;

/** A python with feedparser: Debian's python3-feedparser lives under /usr/bin/python3, which pyenv may shadow. */
function feedparserPython(): string | null {
  for (const python of ['/usr/bin/python3', 'python3']) {
    try {
      execFileSync(python, ['-c', 'import feedparser'], { stdio: 'ignore' });
      return python;
    } catch {
      // try the next one
    }
  }
  return null;
}
const PYTHON = feedparserPython();

/** A word of the headline worth searching for: the longest, which is not a stopword. */
function searchWord(title: string): string {
  return title.split(/[\s،:؛«»]+/).sort((a, b) => b.length - a.length)[0]!;
}

let site: ReplaySite;
/** One page of each kind, on the replay corpus: the article is the one with the longest body. */
let pages: Record<string, string>;

beforeAll(async () => {
  site = await startReplaySite();
  let longest = { id: 0, size: 0 };
  for await (const a of site.store.allArticles()) if (a.html.length > longest.size) longest = { id: a.id, size: a.html.length };
  const newest = (await site.store.latestArticles({ limit: 1 }))[0]!;
  const story = (await site.store.stories?.latest({ limit: 50 }))?.sort((a, b) => b.outletCount - a.outletCount)[0];
  pages = {
    ...(story ? { story: `/story/${story.id}` } : {}),
    home: '/',
    article: `/article/${newest.id}`,
    'longest-article': `/article/${longest.id}`,
    source: `/source/${newest.source}`,
    sources: '/sources',
    category: '/category/economy',
    'most-covered': '/most-covered?hours=12',
    about: '/about',
    search: `/search?q=${encodeURIComponent(searchWord(newest.title))}`,
    'not-found': '/nowhere',
  };
}, 120_000);

afterAll(async () => {
  await site?.close();
});

describe('pages on the replay corpus', () => {
  it('weigh at most 50 KB each, HTML and CSS together', async () => {
    const css = (await (await fetch(`${site.base}/static/style.css`)).arrayBuffer()).byteLength;
    const weights: Record<string, number> = {};
    for (const [name, path] of Object.entries(pages)) {
      const html = (await (await fetch(site.base + path)).arrayBuffer()).byteLength;
      weights[name] = html + css;
    }
    console.info(`page weight, HTML + CSS (CSS ${css} B): ${Object.entries(weights).map(([n, w]) => `${n} ${(w / 1024).toFixed(1)} KB`).join(', ')}`);
    for (const [name, w] of Object.entries(weights)) expect(w, name).toBeLessThanOrEqual(WEIGHT_LIMIT);
  });

  it.skipIf(!PYTHON)('serve feeds that python feedparser reads without complaint', async () => {
    // feedparser 6 reads RSS and Atom; JSON Feed is checked against its spec in src/web/feeds/feeds.test.ts.
    for (const path of ['/rss.xml', '/atom.xml', `${pages.source}?format=rss`, '/category/world?format=atom', '/most-covered?format=rss', ...(pages.story ? [`${pages.story}?format=atom`] : []), `${pages.search}&format=rss`]) {
      const body = await (await fetch(site.base + path)).text();
      const out = execFileSync(PYTHON!, ['-c', 'import sys, json, feedparser; d = feedparser.parse(sys.stdin.buffer.read()); print(json.dumps({"bozo": d.bozo, "n": len(d.entries), "v": d.version}))'], { input: body }).toString();
      const r = JSON.parse(out) as { bozo: boolean | number; n: number; v: string };
      expect(Boolean(r.bozo), path).toBe(false);
      expect(r.v, path).toMatch(/^(rss20|atom10)$/);
      expect(r.n, path).toBeGreaterThan(0);
    }
  });
});


if (!existsSync(CHROMIUM)) console.info(`browser tests skipped: ${CHROMIUM} is absent`);

describe.skipIf(!existsSync(CHROMIUM))('the site in chromium', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  /** Console errors, except the one a 404 page is expected to log. */
  const consoleErrors: string[] = [];
  const open = async (opts: { width?: number; dark?: boolean } = {}): Promise<Page> => {
    const ctx = await browser.newContext({ viewport: { width: opts.width ?? 1024, height: 800 }, colorScheme: opts.dark ? 'dark' : 'light', locale: 'fa-IR' });
    contexts.push(ctx);
    const page = await ctx.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' && !page.url().endsWith(pages['not-found']!)) consoleErrors.push(`${page.url()}: ${m.text()}`);
    });
    return page;
  };
  const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}${name}.png`, fullPage: true });

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  }, 60_000);

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
  });

  it('walks home → story → article → outlet by following links', async () => {
    const page = await open();
    await page.goto(site.base);
    await shot(page, 'home');
    const toStory = page.locator('ul.headlines li a.title[href^="/story/"]').first();
    if (await toStory.count()) {
      const storyTitle = (await toStory.textContent())!.trim();
      await toStory.click();
      expect((await page.locator('h1').textContent())!.trim()).toBe(storyTitle);
      await shot(page, 'story');
    } else {
      console.info('no story told by several outlets on the home page; walking home → article');
    }
    const first = page.locator('main a.title[href^="/article/"]').first();
    const headline = (await first.textContent())!.trim();
    await first.click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(headline);
    expect(await page.locator('p.credit').textContent()).toMatch(/^منبع: /);
    expect(await page.locator('article .meta time').first().getAttribute('datetime')).toMatch(/^\d{4}-\d\d-\d\dT/);
    await shot(page, 'article');
    const outlet = page.locator('article > .meta a[href^="/source/"]').first();
    const outletName = (await outlet.textContent())!.trim();
    await outlet.click();
    expect((await page.locator('h1').textContent())!.trim()).toBe(outletName);
    expect(await page.locator('#health-title').count()).toBe(1);
    await shot(page, 'source');
  });

  it('searches from the form and marks the matches', async () => {
    const page = await open();
    await page.goto(site.base);
    const newest = (await site.store.latestArticles({ limit: 1 }))[0]!;
    const word = searchWord(newest.title);
    await page.locator('form.site-search input').fill(word);
    await page.locator('form.site-search input').press('Enter');
    await page.waitForURL(/\/search\?q=/);
    expect(await page.locator('ol.search-results > li').count()).toBeGreaterThan(0);
    expect(await page.locator('ol.search-results mark').count()).toBeGreaterThan(0);
    await shot(page, 'search');
    await page.locator('ol.search-results a.title').first().click();
    await expect.poll(() => page.url()).toMatch(/\/article\/\d+$/);
  });

  it('shows the sources, categories, most covered and about pages', async () => {
    const page = await open();
    for (const name of ['sources', 'category', 'most-covered', 'about', 'longest-article', 'not-found'] as const) {
      const res = await page.goto(site.base + pages[name]!);
      expect(res?.status(), name).toBe(name === 'not-found' ? 404 : 200);
      await shot(page, name);
    }
    await page.goto(`${site.base}/sources`);
    expect(await page.locator('tbody tr').count()).toBe((await site.store.listSources()).length);
  });

  it('turns dark with the system setting', async () => {
    const light = await open();
    await light.goto(site.base + pages.article);
    const dark = await open({ dark: true });
    await dark.goto(site.base + pages.article);
    const bg = (p: Page) => p.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await bg(light)).toBe('rgb(251, 250, 247)');
    expect(await bg(dark)).toBe('rgb(21, 23, 26)');
    await shot(dark, 'article-dark');
    await dark.goto(site.base + pages.sources);
    await shot(dark, 'sources-dark');
  });

  it('fits a 360-pixel phone without sideways scrolling', async () => {
    const page = await open({ width: 360 });
    for (const [name, path] of Object.entries(pages)) {
      await page.goto(site.base + path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, name).toBeLessThanOrEqual(0);
      if (['home', 'article', 'source', 'sources', 'most-covered'].includes(name)) await shot(page, `${name}-360`);
    }
    const dark = await open({ width: 360, dark: true });
    await dark.goto(site.base + pages.home);
    await shot(dark, 'home-360-dark');
  });

  it('has no serious or critical accessibility violation (axe-core), light and dark', async () => {
    const found: string[] = [];
    for (const dark of [false, true]) {
      const page = await open({ dark });
      for (const [name, path] of Object.entries(pages)) {
        await page.goto(site.base + path);
        await page.evaluate(AXE);
        const violations = await page.evaluate(async () => {
          const axe = (globalThis as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
          const r = await axe.run({ resultTypes: ['violations'] });
          return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
        });
        for (const v of violations) found.push(`${name}${dark ? ' (dark)' : ''}: ${v.id} ${v.impact} ×${v.nodes}`);
      }
    }
    console.info(`axe-core: ${found.length ? found.join('; ') : 'no violations'} on ${Object.keys(pages).length} pages × 2 schemes`);
    expect(found.filter((f) => / (serious|critical) /.test(f))).toEqual([]);
  });

  it('works from the keyboard: the first Tab reaches «پرش به محتوا», which moves focus to the content', async () => {
    const page = await open();
    await page.goto(site.base + pages.article);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('پرش به محتوا');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('runs no script and loads nothing from another host', async () => {
    const page = await open();
    const hosts = new Set<string>();
    page.on('request', (r) => hosts.add(new URL(r.url()).host));
    for (const path of Object.values(pages)) await page.goto(site.base + path);
    expect([...hosts]).toEqual([new URL(site.base).host]);
    const scripts = await page.evaluate(() => document.scripts.length);
    expect(scripts).toBe(0);
  });

  it('prints the article without navigation', async () => {
    const page = await open();
    await page.goto(site.base + pages.article);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header nav').first().isVisible()).toBe(false);
    expect(await page.locator('article h1').isVisible()).toBe(true);
    await shot(page, 'article-print');
  });

  // Last, so it sees every page the tests above opened (a CSP refusal or a missing file would show here).
  it('logged no error in the browser console on any page', () => {
    expect(consoleErrors).toEqual([]);
  });
});
