import type { Logger } from 'pino';
import type { Config } from '../config/index.ts';
import { type SourceAliases, extractArticle } from '../extract/index.ts';
import { parseFeed } from '../feeds/index.ts';
import { FetchError, type HttpClient, parseCacheControl } from '../fetch/index.ts';
import type { FeedItem } from '../model/types.ts';
import type { Repository, StoredSource } from '../store/index.ts';
import { toNewArticle } from './article-record.ts';
import { eachLimited } from './pool.ts';

export interface PipelineDeps {
  http: HttpClient;
  store: Repository;
  aliases: SourceAliases;
  config: Config;
  log: Logger;
  /** Called after each stored article, e.g. to assign it to a story. */
  onArticle?: (id: number) => void | Promise<void>;
}

export interface SourceCrawl {
  slug: string;
  items: number;
  stored: number;
  failedPages: number;
  /** Set when the source's feeds could not be read at all. */
  error: string | null;
  retryAfter: number | null;
  /** How long the publisher says its feeds stay fresh (Cache-Control max-age, RSS <ttl>), in seconds. */
  freshnessSeconds: number | null;
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

interface FeedRead {
  items: FeedItem[];
  commit: () => Promise<void>;
  freshnessSeconds: number | null;
}

async function readFeed(feedUrl: string, source: StoredSource, deps: PipelineDeps): Promise<FeedRead> {
  const state = await deps.store.getFeedState(feedUrl);
  const res = await deps.http.get(feedUrl, {
    allowPrivate: source.allowPrivate ?? false,
    etag: state.etag,
    lastModified: state.lastModified,
    accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.5',
  });
  // The validators are stored only once the items are in, so a crawl killed half-way reads the feed again.
  const commit = () => deps.store.setFeedState(feedUrl, source.slug, { etag: res.etag, lastModified: res.lastModified });
  const maxAge = parseCacheControl(res.cacheControl);
  if (res.notModified) return { items: [], commit: async () => undefined, freshnessSeconds: maxAge };
  let feed;
  try {
    feed = parseFeed(res.text(), res.url);
  } catch (err) {
    throw new Error(`${feedUrl}: ${describe(err)}`);
  }
  const hints = [maxAge, feed.ttlSeconds ?? null].filter((x): x is number => x !== null);
  return { items: feed.items, commit, freshnessSeconds: hints.length ? Math.max(...hints) : null };
}

async function storeItem(item: FeedItem, source: StoredSource, deps: PipelineDeps): Promise<boolean> {
  const page = await deps.http.get(item.link, {
    allowPrivate: source.allowPrivate ?? false,
    accept: 'text/html,*/*;q=0.8',
    maxBodyBytes: deps.config.crawl.maxPageBytes,
  });
  const fetchedAt = new Date();
  const extracted = extractArticle(page.text(), { url: page.url, aliases: deps.aliases, publisher: source.slug, fetchedAt });
  for (const w of extracted.warnings) deps.log.warn({ source: source.slug, url: item.link }, w);
  const saved = await deps.store.saveArticle(toNewArticle(source.slug, item, extracted, fetchedAt));
  if (saved.changed) await deps.onArticle?.(saved.id);
  return saved.created;
}

/** One source, once: its feeds, then each new item's page, extracted and stored. Never throws. */
export async function crawlSource(source: StoredSource, deps: PipelineDeps): Promise<SourceCrawl> {
  const result: SourceCrawl = { slug: source.slug, items: 0, stored: 0, failedPages: 0, error: null, retryAfter: null, freshnessSeconds: null };
  const feedErrors: string[] = [];
  for (const feedUrl of source.feeds) {
    let feed: FeedRead;
    try {
      feed = await readFeed(feedUrl, source, deps);
    } catch (err) {
      feedErrors.push(describe(err));
      if (err instanceof FetchError && err.retryAfter) result.retryAfter = err.retryAfter;
      continue;
    }
    // A source is polled as one: the longest freshness any of its feeds asks for is honoured.
    if (feed.freshnessSeconds !== null) result.freshnessSeconds = Math.max(result.freshnessSeconds ?? 0, feed.freshnessSeconds);
    const unseen: FeedItem[] = [];
    for (const i of feed.items) if (i.link && !(await deps.store.hasArticle(i.link))) unseen.push(i);
    const fresh = unseen
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
    if (result.failedPages === 0) await feed.commit();
  }
  if (feedErrors.length === source.feeds.length) result.error = feedErrors[0] ?? 'no feed';
  return result;
}
