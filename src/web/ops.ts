import type { Hono } from 'hono';
import type { CacheStats } from './cache.ts';
import type { WebDeps } from './deps.ts';
import { type HttpMetrics, family, labelValue } from './metrics.ts';

const NO_STORE = { 'cache-control': 'no-store' };

/** /healthz for load balancers and /metrics for Prometheus; neither is ever cached. */
export function opsRoutes(app: Hono, deps: WebDeps, http: HttpMetrics, cache: () => CacheStats): void {
  app.get('/healthz', async (c) => {
    const sources = await deps.store.listSources();
    const failing = sources.filter((s) => s.health.consecutiveFailures > 0).length;
    return c.json(
      {
        ok: true,
        articles: await deps.store.countArticles(),
        sources: sources.length,
        failingSources: failing,
        newestPublished: await deps.store.newestPublished(),
        offlineDemo: deps.site.offlineDemo,
      },
      200,
      NO_STORE,
    );
  });

  app.get('/metrics', async (c) => {
    const sources = await deps.store.listSources();
    const articles = await deps.store.countArticles();
    const stats = new Map((await deps.memo('sourceStats', () => deps.store.sourceStats())).map((s) => [s.source, s]));
    const label = (slug: string) => `source="${labelValue(slug)}"`;
    const seconds = (iso: string | null) => (iso ? Date.parse(iso) / 1000 : 0);
    const mem = process.memoryUsage();
    const cs = cache();
    const lines = [
      ...http.render(),
      ...family('khabar_page_cache_events_total', 'counter', 'Page cache lookups by outcome.', [
        ['outcome="hit"', cs.hits],
        ['outcome="miss"', cs.misses],
        ['outcome="not_modified"', cs.notModified],
      ]),
      ...family('khabar_page_cache_entries', 'gauge', 'Pages held in memory.', [['', cs.entries]]),
      ...family('khabar_page_cache_bytes', 'gauge', 'Bytes of pages held in memory.', [['', cs.bytes]]),
      ...family('khabar_articles', 'gauge', 'Articles stored.', [['', articles]]),
      ...family('khabar_source_articles', 'gauge', 'Articles stored per source.', sources.map((s) => [label(s.slug), stats.get(s.slug)?.articles ?? 0])),
      ...family('khabar_source_consecutive_failures', 'gauge', 'Failed reads of a source since its last success.', sources.map((s) => [label(s.slug), s.health.consecutiveFailures])),
      ...family('khabar_source_last_success_timestamp_seconds', 'gauge', 'When a source was last read without error (0: never).', sources.map((s) => [label(s.slug), seconds(s.health.lastSuccess)])),
      ...family('khabar_source_poll_interval_seconds', 'gauge', 'Current polling interval of a source.', sources.map((s) => [label(s.slug), s.health.intervalSeconds])),
      ...family('khabar_offline_demo', 'gauge', '1 while the site shows the bundled offline demo.', [['', deps.site.offlineDemo ? 1 : 0]]),
      ...family('process_resident_memory_bytes', 'gauge', 'Resident memory size in bytes.', [['', mem.rss]]),
      ...family('nodejs_heap_used_bytes', 'gauge', 'V8 heap in use.', [['', mem.heapUsed]]),
      ...family('process_uptime_seconds', 'gauge', 'Seconds since the process started.', [['', Math.round(process.uptime())]]),
    ];
    return c.body(`${lines.join('\n')}\n`, 200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8', ...NO_STORE });
  });
}
