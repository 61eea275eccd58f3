import { describe, expect, it } from 'vitest';
import { seededApp } from '../test-store.ts';
import * as S from './schemas.ts';

const get = async (app: ReturnType<typeof seededApp>['app'], path: string) => {
  const res = await app.request(`http://khabar.test${path}`);
  return { res, body: (await res.json()) as unknown };
};

describe('JSON API', () => {
  it('pages through the newest articles with a next link, by source and by category', async () => {
    const { app, ids } = seededApp();
    const first = await get(app, '/api/v1/articles?limit=2');
    const page = S.ArticleList.parse(first.body);
    expect(page.items.map((a) => a.id)).toEqual([ids.market, ids.signedBbc]);
    expect(page.items[0]?.url).toBe(`http://khabar.test/article/${ids.market}`);
    expect(page.next).toBe('http://khabar.test/api/v1/articles?limit=2&offset=2');
    const rest = S.ArticleList.parse((await get(app, '/api/v1/articles?limit=2&offset=4')).body);
    expect(rest.items.map((a) => a.id)).toEqual([ids.old]);
    expect(rest.next).toBeNull();
    expect(S.ArticleList.parse((await get(app, '/api/v1/articles?source=bbc')).body).items.map((a) => a.id)).toEqual([ids.signedBbc]);
    expect(S.ArticleList.parse((await get(app, '/api/v1/articles?category=world')).body).items).toHaveLength(3);
    expect(first.res.headers.get('access-control-allow-origin')).toBe('*');
    expect(first.res.headers.get('cache-control')).toContain('max-age=60');
  });

  it('returns one article whole, with its category and attribution', async () => {
    const { app, ids } = seededApp();
    const a = S.Article.parse((await get(app, `/api/v1/articles/${ids.signed}`)).body);
    expect(a).toMatchObject({ category: 'world', section: 'بین الملل', newsCode: '1405090301234', story: 7, sourceName: 'ایسنا' });
    expect(a.attribution).toEqual({ reportedBy: 'isna', quoting: ['bbc'] });
  });

  it('describes sources with their labels, citations, counts and health', async () => {
    const { app } = seededApp();
    const list = S.SourceList.parse((await get(app, '/api/v1/sources')).body);
    expect(list.items.map((s) => s.slug)).toEqual(['bbc', 'isna', 'mehr']);
    const bbc = S.Source.parse((await get(app, '/api/v1/sources/bbc')).body);
    expect(bbc).toMatchObject({ affiliation: 'diaspora', affiliationLabel: 'برون‌مرزی', articles: 1, affiliationCitation: 'https://en.wikipedia.org/wiki/BBC_Persian' });
    expect(bbc.health.consecutiveFailures).toBe(1);
  });

  it('lists stories with their outlets and gives one with every outlet\'s article', async () => {
    const { app, ids } = seededApp();
    const list = S.StoryList.parse((await get(app, '/api/v1/stories?limit=5')).body);
    expect(list.items.map((s) => s.id)).toEqual([7]);
    expect(list.items[0]?.outlets.map((o) => o.slug)).toEqual(['isna', 'mehr', 'bbc']);
    expect(list.next).toBeNull();
    const story = S.StoryDetail.parse((await get(app, '/api/v1/stories/7')).body);
    expect(story).toMatchObject({ title: 'امضای سند همکاری دو کشور', outletCount: 3, firstReporter: 'isna', url: 'http://khabar.test/story/7' });
    expect(story.articles.map((a) => [a.id, a.sourceName])).toEqual([
      [ids.signed, 'ایسنا'],
      [ids.signedMehr, 'خبرگزاری مهر'],
      [ids.signedBbc, 'بی‌بی‌سی فارسی'],
    ]);
  });

  it('serves categories and the most-covered stories', async () => {
    const { app, ids } = seededApp();
    const cats = S.CategoryList.parse((await get(app, '/api/v1/categories')).body);
    expect(cats.items.find((c) => c.slug === 'world')?.articles).toBe(3);
    const covered = S.MostCovered.parse((await get(app, '/api/v1/most-covered?hours=24')).body);
    expect(covered.items[0]).toMatchObject({ id: ids.signed, outlets: 3, articles: 3 });
    expect(covered.endsAtNewest).toBe(false);
  });

  it('answers bad input with a 400 or 404 naming the input', async () => {
    const { app } = seededApp();
    const cases: [string, number, RegExp][] = [
      ['/api/v1/articles?limit=500', 400, /^limit=500: /],
      ['/api/v1/articles?offset=x', 400, /^offset=x: /],
      ['/api/v1/articles?source=nope', 404, /^source=nope: no such source$/],
      ['/api/v1/articles?category=nope', 404, /^category=nope: no such category$/],
      ['/api/v1/articles/123456', 404, /^article 123456: no such article$/],
      ['/api/v1/sources/nope', 404, /^source nope: no such source$/],
      ['/api/v1/most-covered?hours=3', 400, /^hours=3: choose 2, 12 or 24$/],
      ['/api/v1/stories/99', 404, /^story 99: no such story$/],
      ['/api/v1/stories?limit=0', 400, /^limit=0: /],
      ['/api/v1/nothing', 404, /no such API route/],
    ];
    for (const [path, status, message] of cases) {
      const { res, body } = await get(app, path);
      expect(res.status, path).toBe(status);
      expect(S.ApiError.parse(body).error, path).toMatch(message);
    }
  });

  it('describes itself in OpenAPI 3.1 with a schema for every answer', async () => {
    const { app } = seededApp();
    const doc = (await get(app, '/api/v1/openapi.json')).body as {
      openapi: string;
      servers: { url: string }[];
      paths: Record<string, { get: { responses: Record<string, { content: { 'application/json': { schema: { $ref: string } } } }> } }>;
      components: { schemas: Record<string, { type?: string; properties?: Record<string, unknown> }> };
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers[0]?.url).toBe('http://khabar.test/api/v1');
    expect(Object.keys(doc.paths).sort()).toEqual(['/articles', '/articles/{id}', '/categories', '/most-covered', '/search', '/sources', '/sources/{slug}', '/stories', '/stories/{id}']);
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const r of Object.values(item.get.responses)) {
        const id = r.content['application/json'].schema.$ref.replace('#/components/schemas/', '');
        expect(doc.components.schemas[id], `${path} → ${id}`).toBeDefined();
      }
    }
    expect(Object.keys(doc.components.schemas.Article?.properties ?? {})).toContain('attribution');
  });
});
