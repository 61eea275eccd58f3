import { describe, expect, it } from 'vitest';
import { seededApp } from './test-store.ts';

describe('health and metrics', () => {
  it('reports health as JSON', async () => {
    const { app } = seededApp({ offlineDemo: true });
    const body = await (await app.request('/healthz')).json();
    expect(body).toEqual({ ok: true, articles: 5, sources: 3, failingSources: 1, newestPublished: '2026-11-24T11:30:00.000Z', offlineDemo: true });
  });

  it('writes Prometheus text: request counts and latencies by route, cache events, sources', async () => {
    const { app, ids } = seededApp();
    await app.request(`/article/${ids.signed}`);
    await app.request(`/article/${ids.signed}`);
    await app.request('/article/999');
    const res = await app.request('/metrics');
    expect(res.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    const text = await res.text();
    expect(text).toContain('khabar_http_requests_total{method="GET",route="/article",status="200"} 2');
    expect(text).toContain('khabar_http_requests_total{method="GET",route="/article",status="404"} 1');
    expect(text).toMatch(/khabar_http_request_duration_seconds_count\{route="\/article"\} 3/);
    expect(text).toContain('khabar_page_cache_events_total{outcome="hit"} 1');
    expect(text).toContain('khabar_source_consecutive_failures{source="bbc"} 1');
    expect(text).toContain('khabar_source_articles{source="isna"} 3');
    expect(text).toContain('khabar_articles 5');
    // Every sample line is `name{labels} number` and every family has HELP and TYPE.
    for (const line of text.trim().split('\n')) expect(line).toMatch(/^(# (HELP|TYPE) \w+ .+|\w+(\{[^}]*\})? -?[\d.e+-]+)$/);
  });
});
