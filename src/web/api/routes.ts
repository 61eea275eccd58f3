import { Hono } from 'hono';
import type { Context } from 'hono';
import { CATEGORIES, categoryBySlug } from '../categories.ts';
import type { WebDeps } from '../deps.ts';
import { originOf } from '../feeds/render.ts';
import { mostCovered, windowHours } from '../most-covered.ts';
import { categorySections } from '../pages/category.tsx';
import { openApiDocument } from './openapi.ts';
import { ArticlesQuery, PageQuery } from './schemas.ts';
import { articleOut, articleSummaryOf, coveredOut, sourceOut, storyOut, summaryOut } from './serialize.ts';

const CACHE = 'public, max-age=60, stale-while-revalidate=300';

function fail(c: Context, status: 400 | 404, error: string) {
  return c.json({ error }, status, { 'cache-control': 'public, max-age=60' });
}

/** The 400 naming the first bad query parameter. */
function badQuery(c: Context, issues: { path: PropertyKey[]; message: string }[]) {
  const name = String(issues[0]?.path[0] ?? 'query');
  return fail(c, 400, `${name}=${c.req.query(name) ?? ''}: ${issues[0]?.message ?? 'is invalid'}`);
}

/** The URL of the next page of a list read one item past `limit`, or null at its end. */
function nextPage(c: Context, more: boolean, offset: number, limit: number): string | null {
  if (!more) return null;
  const u = new URL(c.req.url);
  u.searchParams.set('offset', String(offset + limit));
  u.searchParams.set('limit', String(limit));
  return u.href;
}

/** The read-only JSON API under /api/v1; openapi.json describes every route here. */
export function apiRoutes(deps: WebDeps): Hono {
  const api = new Hono();
  const stats = () => deps.memo('sourceStats', () => deps.store.sourceStats());

  api.use('*', async (c, next) => {
    await next();
    // A public, read-only API: any site may read it, and a CDN may hold it.
    c.res.headers.set('access-control-allow-origin', '*');
    c.res.headers.set('cross-origin-resource-policy', 'cross-origin');
    if (!c.res.headers.has('cache-control')) c.res.headers.set('cache-control', CACHE);
  });

  api.get('/openapi.json', (c) => c.json(openApiDocument(originOf(c))));

  api.get('/articles', async (c) => {
    const q = ArticlesQuery.safeParse(c.req.query());
    if (!q.success) return badQuery(c, q.error.issues);
    const { limit, offset, source, category } = q.data;
    if (source && !(await deps.store.getSource(source))) return fail(c, 404, `source=${source}: no such source`);
    const cat = category === undefined ? undefined : categoryBySlug(category);
    if (category !== undefined && !cat) return fail(c, 404, `category=${category}: no such category`);
    const rows = cat
      ? await deps.store.latestInSections((await categorySections(deps)).get(cat.slug)?.sections ?? [], { limit: limit + 1, offset })
      : await deps.store.latestArticles({ limit: limit + 1, offset, ...(source ? { source } : {}) });
    const origin = originOf(c);
    return c.json({ items: rows.slice(0, limit).map((a) => summaryOut(a, origin)), next: nextPage(c, rows.length > limit, offset, limit) });
  });

  api.get('/articles/:id', async (c) => {
    const raw = c.req.param('id');
    const id = Number(raw);
    const a = Number.isSafeInteger(id) && id > 0 ? await deps.store.getArticle(id) : null;
    if (!a) return fail(c, 404, `article ${raw}: no such article`);
    const name = (await deps.store.getSource(a.source))?.nameFa ?? a.source;
    return c.json(articleOut(a, name, originOf(c)));
  });

  // Stories exist when the store keeps them (Store.stories); one without them answers 404 saying so.
  const noStories = (c: Context) => fail(c, 404, 'stories: this store does not keep stories');

  api.get('/stories', async (c) => {
    const stories = deps.store.stories;
    if (!stories) return noStories(c);
    const q = PageQuery.safeParse(c.req.query());
    if (!q.success) return badQuery(c, q.error.issues);
    const { limit, offset } = q.data;
    const rows = await stories.latest({ limit: limit + 1, offset });
    const origin = originOf(c);
    return c.json({
      items: rows.slice(0, limit).map((s) => ({ ...storyOut(s, origin), outlets: s.outlets })),
      next: nextPage(c, rows.length > limit, offset, limit),
    });
  });

  api.get('/stories/:id', async (c) => {
    const stories = deps.store.stories;
    if (!stories) return noStories(c);
    const raw = c.req.param('id');
    const id = Number(raw);
    const story = Number.isSafeInteger(id) && id > 0 ? await stories.get(id) : null;
    if (!story) return fail(c, 404, `story ${raw}: no such story`);
    // A merged story's id leads to the story it joined.
    if (story.id !== id) return c.redirect(`/api/v1/stories/${story.id}`, 301);
    const names = new Map((await deps.store.listSources()).map((s) => [s.slug, s.nameFa]));
    const origin = originOf(c);
    const articles = (await stories.articles(id)).map((a) => articleSummaryOf(a, names, origin));
    return c.json({ ...storyOut(story, origin), articles });
  });

  api.get('/sources', async (c) => {
    const byId = new Map((await stats()).map((s) => [s.source, s]));
    const origin = originOf(c);
    return c.json({ items: (await deps.store.listSources()).map((s) => sourceOut(s, byId.get(s.slug), origin)) });
  });

  api.get('/sources/:slug', async (c) => {
    const slug = c.req.param('slug');
    const s = await deps.store.getSource(slug);
    if (!s) return fail(c, 404, `source ${slug}: no such source`);
    return c.json(sourceOut(s, (await stats()).find((x) => x.source === slug), originOf(c)));
  });

  api.get('/categories', async (c) => {
    const counts = await categorySections(deps);
    const origin = originOf(c);
    return c.json({
      items: CATEGORIES.map((k) => ({ slug: k.slug, nameFa: k.nameFa, url: `${origin}/category/${k.slug}`, articles: counts.get(k.slug)?.articles ?? 0 })),
    });
  });

  api.get('/most-covered', async (c) => {
    const hours = windowHours(c.req.query('hours'));
    if (hours === null) return fail(c, 400, `hours=${c.req.query('hours')}: choose 2, 12 or 24`);
    const cov = await mostCovered(deps.store, deps.now(), hours);
    const origin = originOf(c);
    return c.json({ ...cov, items: cov.items.map((a) => coveredOut(a, origin)) });
  });

  api.notFound((c) => fail(c, 404, `${c.req.path}: no such API route; see /api/v1/openapi.json`));
  return api;
}
