import { describe, expect, it } from 'vitest';
import { seededApp } from '../../src/web/test-store.ts';

// Khabar offers no administration over HTTP: sources are added and removed only with `khabar sources` on the command
// line. Every request that could change something is refused, on every route, and nothing stored changes.
const PATHS = [
  '/', '/article/1', '/story/7', '/source/isna', '/sources', '/category/politics', '/most-covered', '/about', '/search',
  '/rss.xml', '/sources.opml', '/healthz', '/metrics', '/admin', '/api/v1/articles', '/api/v1/articles/1', '/api/v1/sources',
  '/api/v1/sources/isna', '/api/v1/stories', '/api/v1/search', '/api/v1/admin', '/static/style.css',
];
const METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'];

describe('no administration over HTTP', () => {
  it('refuses every request that could change something, on every route, and nothing stored changes', async () => {
    const { app, store } = seededApp();
    const before = JSON.stringify({ sources: store.listSources(), articles: store.countArticles() });
    const accepted: string[] = [];
    for (const path of PATHS) {
      for (const method of METHODS) {
        const res = await app.request(path, {
          method,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ slug: 'evil', nameFa: 'منبع بد', feeds: ['http://127.0.0.1/'] }),
        });
        if (res.status !== 404 && res.status !== 405) accepted.push(`${method} ${path}: ${res.status}`);
      }
    }
    expect(accepted).toEqual([]);
    expect(JSON.stringify({ sources: store.listSources(), articles: store.countArticles() })).toBe(before);
  });
});
