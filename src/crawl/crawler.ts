import { SourceAliases } from '../extract/index.ts';
import type { StoredSource } from '../store/index.ts';
import { StoryKeeper } from '../stories/keeper.ts';
import { backoffSeconds, nextInterval } from './intervals.ts';
import { ensureCurrentKeys } from './key-version.ts';
import { type PipelineDeps, type SourceCrawl, crawlSource } from './pipeline.ts';
import { eachLimited } from './pool.ts';

export type CrawlerDeps = Omit<PipelineDeps, 'aliases'>;

/** The scheduler: polls due sources, adapts each one's interval, backs off on failure, records health. */
export class Crawler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<SourceCrawl[]> | null = null;
  private stopped = false;

  private readonly deps: CrawlerDeps;
  /** Gives every stored article its story, unless the caller places articles itself (`onArticle`). */
  private readonly stories: StoryKeeper | null;
  /** Stored articles keyed by another version's search key keyed again: once a process, before its first crawl. */
  private keysChecked: Promise<void> | null = null;

  constructor(deps: CrawlerDeps) {
    const stories = deps.onArticle ? null : new StoryKeeper(deps.store, deps.log);
    this.stories = stories;
    this.deps = stories ? { ...deps, onArticle: (id) => stories.onArticle(id) } : deps;
  }

  /** Crawls every source that is due (all of them with `all`), once. */
  async runOnce(opts: { all?: boolean; now?: Date } = {}): Promise<SourceCrawl[]> {
    const now = opts.now ?? new Date();
    const { store, config } = this.deps;
    await this.currentKeys();
    // Articles stored before (an import, an older version, a crash) get their stories first.
    await this.stories?.prepare();
    const sources = opts.all ? await store.listSources() : await store.dueSources(now);
    const aliases = new SourceAliases(await store.listSources());
    const results: SourceCrawl[] = [];
    await eachLimited(sources, config.crawl.sourceConcurrency, async (source) => {
      const r = await crawlSource(source, { ...this.deps, aliases });
      await this.record(source, r);
      results.push(r);
    });
    return results;
  }

  /** Crawls one source now and records its health (a worker's job). */
  async crawlOne(source: StoredSource): Promise<SourceCrawl> {
    await this.currentKeys();
    await this.stories?.prepare();
    const aliases = new SourceAliases(await this.deps.store.listSources());
    const r = await crawlSource(source, { ...this.deps, aliases });
    await this.record(source, r);
    return r;
  }

  /** A failure is logged and the crawl goes on: old articles are then found only by their old keys. */
  private currentKeys(): Promise<void> {
    const { store, log } = this.deps;
    this.keysChecked ??= ensureCurrentKeys(store, log).catch((err: unknown) => log.error({ err }, 'keying stored articles again failed'));
    return this.keysChecked;
  }

  private async record(source: StoredSource, r: SourceCrawl): Promise<void> {
    const { store, config, log } = this.deps;
    const at = new Date();
    if (r.error) {
      const wait = backoffSeconds(source.health.consecutiveFailures, r.retryAfter, config.crawl);
      await store.recordFailure(source.slug, at, r.error, new Date(at.getTime() + wait * 1000));
      log.warn({ source: source.slug }, r.error);
      return;
    }
    const interval = nextInterval(source.health.intervalSeconds || config.crawl.intervalSeconds, r.stored, config.crawl, r.freshnessSeconds);
    await store.recordSuccess(source.slug, at, r.items, new Date(at.getTime() + interval * 1000), interval);
    if (r.stored) log.info({ source: source.slug, stored: r.stored, failedPages: r.failedPages }, 'new articles');
  }

  /** Keeps polling until stop(); one pass at a time. */
  start(): void {
    this.stopped = false;
    const tick = async () => {
      if (this.stopped) return;
      this.running = this.runOnce();
      try {
        await this.running;
      } catch (err) {
        this.deps.log.error({ err }, 'crawl pass failed');
      }
      this.running = null;
      if (!this.stopped) this.timer = setTimeout(tick, this.deps.config.crawl.tickSeconds * 1000);
    };
    void tick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }
}
