import { describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { addArticle, seededStore } from './test-store.ts';

function app(nowMs = Date.parse('2026-11-24T12:00:00Z')) {
  const { store, ids } = seededStore();
  const clock = { now: nowMs };
  return { app: createApp({ store, now: () => new Date(clock.now) }), store, ids, clock };
}

describe('caching and validators', () => {
  it('gives every page, feed and API answer an ETag, Last-Modified and Cache-Control, and 304s a repeat', async () => {
    const { app: a, ids } = app();
    for (const path of ['/', `/article/${ids.signed}`, '/source/isna', '/sources', '/category/world', '/most-covered', '/about', '/rss.xml', '/atom.xml', '/feed.json', '/sources.opml', '/api/v1/articles', `/api/v1/articles/${ids.signed}`, '/api/v1/sources', '/api/v1/openapi.json', '/static/style.css', '/article/999']) {
      const res = await a.request(path);
      const etag = res.headers.get('etag');
      expect(etag, path).toMatch(/^"[\w-]+"$/);
      expect(res.headers.get('last-modified'), path).toMatch(/GMT$/);
      expect(res.headers.get('cache-control'), path).toMatch(/public, max-age=\d+/);
      if (res.status !== 200) continue;
      const again = await a.request(path, { headers: { 'if-none-match': etag! } });
      expect(again.status, path).toBe(304);
      expect(await again.text()).toBe('');
      expect(again.headers.get('etag')).toBe(etag);
      const since = await a.request(path, { headers: { 'if-modified-since': res.headers.get('last-modified')! } });
      expect(since.status, path).toBe(304);
    }
  });

  it('serves a stored page again until an article comes, then renders anew; polling a source changes nothing', async () => {
    const { app: a, store, ids } = app();
    const first = await a.request(`/article/${ids.market}`);
    const etag = first.headers.get('etag')!;
    store.recordSuccess('isna', new Date('2026-11-24T11:59:00Z'), 3, new Date('2026-11-24T12:15:00Z'), 900);
    expect((await a.request(`/article/${ids.market}`)).headers.get('etag')).toBe(etag);
    addArticle(store, 30, { title: 'خبر تازهٔ ایسنا', published: '2026-11-24T11:45:00.000Z' });
    const changed = await a.request(`/article/${ids.market}`, { headers: { 'if-none-match': etag } });
    expect(changed.status).toBe(200);
    expect(await changed.text()).toContain('خبر تازهٔ ایسنا');
    expect(changed.headers.get('etag')).not.toBe(etag);
    const metrics = await (await a.request('/metrics')).text();
    expect(metrics).toContain('khabar_page_cache_events_total{outcome="hit"} 1');
  });

  it('renders again after the time to live, keeping Last-Modified when the page came out the same', async () => {
    const { app: a, clock } = app();
    const first = await a.request('/about');
    clock.now += 120_000;
    const later = await a.request('/about');
    expect(later.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(later.headers.get('last-modified')).toBe(first.headers.get('last-modified'));
  });

  it('renders a page once for requests that arrive while it is being rendered', async () => {
    const { store, ids } = seededStore();
    let reads = 0;
    const counted = new Proxy(store, {
      get(target, prop) {
        if (prop === 'getArticle') reads++;
        const v = Reflect.get(target, prop, target) as unknown;
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
    const a = createApp({ store: counted, now: () => new Date('2026-11-24T12:00:00Z') });
    const answers = await Promise.all(Array.from({ length: 8 }, () => a.request(`/article/${ids.signed}`)));
    expect(answers.map((r) => r.status)).toEqual(Array(8).fill(200));
    expect(new Set(answers.map((r) => r.headers.get('etag'))).size).toBe(1);
    expect(reads).toBe(1);
  });

  it('answers with the previous version while one request renders the changed page', async () => {
    const { app: a, store, ids } = app();
    const old = (await a.request(`/article/${ids.market}`)).headers.get('etag');
    addArticle(store, 30, { title: 'خبر تازهٔ ایسنا', published: '2026-11-24T11:45:00.000Z' });
    const [first, ...rest] = await Promise.all(Array.from({ length: 3 }, () => a.request(`/article/${ids.market}`)));
    expect(await first!.text()).toContain('خبر تازهٔ ایسنا');
    for (const r of rest) expect(r.headers.get('etag')).toBe(old);
    expect((await a.request(`/article/${ids.market}`)).headers.get('etag')).toBe(first!.headers.get('etag'));
  });

  it('never lets health or metrics be cached', async () => {
    const { app: a } = app();
    for (const path of ['/healthz', '/metrics']) expect((await a.request(path)).headers.get('cache-control'), path).toBe('no-store');
  });
});

describe('security headers', () => {
  it('forbids every script, inline or not, and sets nosniff and a referrer policy', async () => {
    const { app: a } = app();
    const res = await a.request('/');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/script-src|unsafe-inline/);
    expect(csp).toContain("style-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(await res.text()).not.toMatch(/<script|\sstyle="|\son[a-z]+="/i);
  });
});
