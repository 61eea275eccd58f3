import { describe, expect, it } from 'vitest';
import { newArticle } from '../store/testing/seed.ts';
import { SearchAnswer } from './api/schemas.ts';
import { seededApp } from './test-store.ts';

function app() {
  const seeded = seededApp();
  seeded.store.saveArticle(newArticle(30, { title: 'پیش‌نویس قانون بودجه به مجلس رسید', lead: 'نمایندگان پیش‌نویس را بررسی می‌کنند.', published: '2026-11-24T09:00:00.000Z' }));
  return seeded.app;
}

describe('search on the website', () => {
  it('answers /api/v1/search with results, snippets and warnings, whatever the query', async () => {
    const a = app();
    const res = await a.request('/api/v1/search?q=' + encodeURIComponent('پیشنویس since:دیروز'));
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const body = SearchAnswer.parse(await res.json());
    expect(body.total).toBe(1);
    expect(body.results[0]!.title).toBe('پیش‌نویس قانون بودجه به مجلس رسید');
    expect(body.results[0]!.snippet).toContain('<mark>پیش‌نویس</mark>');
    expect(body.results[0]!.link).toMatch(/^http:\/\/localhost\/article\/\d+$/);
    expect(body.warnings).toHaveLength(1);
    for (const q of ['"', 'NEAR(', '-', 'a:* & !b', '«']) expect((await a.request(`/api/v1/search?q=${encodeURIComponent(q)}`)).status).toBe(200);
  });

  it('renders /search with the form, the results and the matches marked', async () => {
    const a = app();
    const empty = await (await a.request('/search')).text();
    expect(empty).toContain('<form class="search" method="get" action="/search" role="search">');
    const html = await (await a.request('/search?q=' + encodeURIComponent('نمایندگان بودجه'))).text();
    expect(html).toContain('۱ خبر');
    expect(html).toContain('<mark>نمایندگان</mark>');
    expect(html).toContain('value="نمایندگان بودجه"');
    const none = await (await a.request('/search?q=' + encodeURIComponent('<script>alert(1)</script>'))).text();
    expect(none).not.toContain('<script>alert');
    expect(none).toContain('خبری با این جست‌وجو پیدا نشد.');
  });
});
