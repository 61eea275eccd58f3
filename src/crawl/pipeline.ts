import type { Logger } from 'pino';
import type { Config } from '../config/index.ts';
import { type SourceAliases, extractArticle } from '../extract/index.ts';
import { parseFeed } from '../feeds/index.ts';
import { FetchError, type HttpClient } from '../fetch/index.ts';
import type { FeedItem } from '../model/types.ts';
import type { Store, StoredSource } from '../store/index.ts';
import { toNewArticle } from './article-record.ts';
import { eachLimited } from './pool.ts';

export interface PipelineDeps {
  http: HttpClient;
  store: Store;
  aliases: SourceAliases;
  config: Config;
  log: Logger;
  /** Called after each stored article, e.g. to assign it to a story. */
  onArticle?: (id: number) => void;
}

export interface SourceCrawl {
  slug: string;
  items: number;
  stored: number;
  failedPages: number;
  /** Set when the source's feeds could not be read at all. */
  error: string | null;
  retryAfter: number | null;
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

async function readFeed(feedUrl: string, source: StoredSource, deps: PipelineDeps): Promise<{ items: FeedItem[]; commit: () => void }> {
  const state = deps.store.getFeedState(feedUrl);
  const res = await deps.http.get(feedUrl, {
    allowPrivate: source.allowPrivate ?? false,
    etag: state.etag,
    lastModified: state.lastModified,
    accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.5',
  });
  // The validators are stored only once the items are in, so a crawl killed half-way reads the feed again.
  const commit = () => deps.store.setFeedState(feedUrl, source.slug, { etag: res.etag, lastModified: res.lastModified });
  if (res.notModified) return { items: [], commit: () => undefined };
  try {
    return { items: parseFeed(res.text(), res.url).items, commit };
  } catch (err) {
    throw new Error(`${feedUrl}: ${describe(err)}`);
  }
}

async function storeItem(item: FeedItem, source: StoredSource, deps: PipelineDeps): Promise<boolean> {
  const page = await deps.http.get(item.link, { allowPrivate: source.allowPrivate ?? false, accept: 'text/html,*/*;q=0.8' });
  const extracted = extractArticle(page.text(), { url: page.url, aliases: deps.aliases, publisher: source.slug });
  for (const w of extracted.warnings) deps.log.warn({ source: source.slug, url: item.link }, w);
  const saved = deps.store.saveArticle(toNewArticle(source.slug, item, extracted, new Date()));
  if (saved.changed) deps.onArticle?.(saved.id);
  return saved.created;
}

/** One source, once: its feeds, then each new item's page, extracted and stored. Never throws. */
export async function crawlSource(source: StoredSource, deps: PipelineDeps): Promise<SourceCrawl> {
  const result: SourceCrawl = { slug: source.slug, items: 0, stored: 0, failedPages: 0, error: null, retryAfter: null };
  const feedErrors: string[] = [];
  for (const feedUrl of source.feeds) {
    let feed: { items: FeedItem[]; commit: () => void };
    try {
      feed = await readFeed(feedUrl, source, deps);
    } catch (err) {
      feedErrors.push(describe(err));
      if (err instanceof FetchError && err.retryAfter) result.retryAfter = err.retryAfter;
      continue;
    }
    const fresh = feed.items
      .filter((i) => i.link && !deps.store.hasArticle(i.link))
      .slice(0, deps.config.crawl.maxItemsPerFeed)
      // Oldest first, so stories grow in the order events were reported.
      .sort((a, b) => (a.published ?? '').localeCompare(b.published ?? ''));
    result.items += feed.items.length;
    await eachLimited(fresh, deps.config.crawl.articleConcurrency, async (item) => {
      try {
        if (await storeItem(item, source, deps)) result.stored++;
      } catch (err) {
        result.failedPages++;
        deps.log.warn({ source: source.slug, url: item.link }, describe(err));
      }
    });
    if (result.failedPages === 0) feed.commit();
  }
  if (feedErrors.length === source.feeds.length) result.error = feedErrors[0] ?? 'no feed';
  return result;
}
