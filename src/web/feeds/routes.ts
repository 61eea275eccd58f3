import type { Hono } from 'hono';
import { generateOpml } from 'feedsmith';
import type { WebDeps } from '../deps.ts';
import { redactUrl } from '../../model/redact.ts';
import { AFFILIATION_FA, knownAffiliation } from '../views/affiliation.ts';
import { type FeedFormat, originOf, renderFeed } from './render.ts';

const HOME_ITEMS = 50;
const FEED_CACHE = 'public, max-age=300, stale-while-revalidate=600';

/** The home page's feeds and the sources as OPML. */
export function feedRoutes(app: Hono, deps: WebDeps): void {
  const home = (format: FeedFormat, selfPath: string) =>
    app.get(selfPath, async (c) => {
      const items = await deps.store.latestArticles({ limit: HOME_ITEMS });
      const meta = { title: 'تازه‌ترین خبرها', description: 'تازه‌ترین خبرهای رسانه‌های فارسی‌زبان در یک جا', pagePath: '/', selfPath };
      const { body, type } = renderFeed(format, meta, items, originOf(c));
      return c.body(body, 200, { 'content-type': type, 'cache-control': FEED_CACHE });
    });
  home('rss', '/rss.xml');
  home('atom', '/atom.xml');
  home('json', '/feed.json');

  app.get('/sources.opml', async (c) => {
    const origin = originOf(c);
    const sources = await deps.store.listSources();
    const body = generateOpml({
      head: { title: 'منابع «خبر»', ownerName: 'خبر', docs: 'http://opml.org/spec2.opml' },
      body: {
        outlines: sources.flatMap((s) =>
          // A feed URL may carry a password or a key (https://user:pass@host/rss?token=…): published redacted.
          s.feeds.map(redactUrl).map((feed) => ({
            text: s.feeds.length > 1 ? `${s.nameFa} (${feed})` : s.nameFa,
            title: s.nameFa,
            type: 'rss',
            xmlUrl: feed,
            htmlUrl: s.homepage ? redactUrl(s.homepage) : `${origin}/source/${s.slug}`,
            category: `/${AFFILIATION_FA[knownAffiliation(s.affiliation)]}`,
          })),
        ),
      },
    });
    return c.body(body, 200, {
      'content-type': 'text/x-opml; charset=utf-8',
      'content-disposition': 'inline; filename="khabar-sources.opml"',
      'cache-control': FEED_CACHE,
    });
  });
}
