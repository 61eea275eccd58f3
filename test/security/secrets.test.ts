import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/web/app.ts';
import { NOW, addArticle, seededStore } from '../../src/web/test-store.ts';

// A feed URL may carry a password or a key. The site publishes each source's feeds (the source page, /sources.opml,
// the API) and its last error line, which quotes the URL it failed on: all of them redacted, as the log is.
const FEED = 'https://user:pass@feeds.example.net/feed?token=abc&lang=fa';
const HOMEPAGE = 'https://user:pass@www.example.net/?api_key=abc';
const SECRETS = ['pass', 'abc'];

function storeWithSecretFeed() {
  const { store } = seededStore();
  store.upsertSource({ slug: 'secret', nameFa: 'خبرگزاری آزمایشی', nameEn: 'Test Agency', homepage: HOMEPAGE, feeds: [FEED, 'https://www.example.net/rss?sig=abc'], affiliation: 'independent' });
  store.recordFailure('secret', new Date('2026-11-24T11:58:00Z'), `${FEED}: HTTP 401 Unauthorized (after https://user:pass@feeds.example.net/login?session=abc)`, new Date('2026-11-24T12:10:00Z'));
  const id = addArticle(store, 90, { source: 'secret', url: 'https://www.example.net/news/90', canonicalUrl: 'https://www.example.net/news/90', title: 'خبری از منبع آزمایشی' });
  return { store, id };
}

describe('secrets in configured URLs', () => {
  it('never shows a feed’s password or token on any page, feed or API answer, and still shows the feed', async () => {
    const { store, id } = storeWithSecretFeed();
    const app = createApp({ store, now: () => NOW, offlineDemo: () => false });
    const paths = [
      '/', '/sources', '/source/secret', '/source/secret?format=rss', '/source/secret?format=atom', '/source/secret?format=json',
      `/article/${id}`, '/about', '/most-covered', '/search?q=خبر', '/rss.xml', '/atom.xml', '/feed.json', '/sources.opml',
      '/healthz', '/metrics', '/api/v1/sources', '/api/v1/sources/secret', `/api/v1/articles/${id}`, '/api/v1/articles?source=secret',
      '/api/v1/search?q=خبر', '/api/v1/openapi.json',
    ];
    const leaks: string[] = [];
    for (const path of paths) {
      const res = await app.request(path);
      expect(res.status, path).toBeLessThan(400);
      const answer = `${[...res.headers].map(([k, v]) => `${k}: ${v}`).join('\n')}\n${await res.text()}`;
      for (const secret of SECRETS) if (answer.includes(secret)) leaks.push(`${path}: ${answer.slice(Math.max(0, answer.indexOf(secret) - 60), answer.indexOf(secret) + 20)}`);
    }
    expect(leaks).toEqual([]);

    // Redacted, not dropped: the reader still sees which feed failed and why.
    const source = (await (await app.request('/api/v1/sources/secret')).json()) as { feeds: string[]; homepage: string; health: { lastError: string } };
    expect(source.feeds).toEqual(['https://***@feeds.example.net/feed?token=***&lang=fa', 'https://www.example.net/rss?sig=***']);
    expect(source.homepage).toBe('https://***@www.example.net/?api_key=***');
    expect(source.health.lastError).toBe('https://***@feeds.example.net/feed?token=***&lang=fa: HTTP 401 Unauthorized (after https://***@feeds.example.net/login?session=***)');
    const page = await (await app.request('/source/secret')).text();
    expect(page).toContain('feeds.example.net/feed?token=***&amp;lang=fa');
    expect(page).toContain('HTTP 401 Unauthorized');
    expect(await (await app.request('/sources.opml')).text()).toContain('xmlUrl="https://***@feeds.example.net/feed?token=***&amp;lang=fa"');
  });
});
