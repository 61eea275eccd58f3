import type { Context } from 'hono';
import { categoryBySlug, sectionsByCategory } from '../categories.ts';
import type { WebDeps } from '../deps.ts';
import { feedFor } from '../feeds/render.ts';
import { FeedLinks } from '../views/feed-links.tsx';
import { Headlines } from '../views/headlines.tsx';
import { Layout, feedsAt } from '../views/layout.tsx';
import { PAGE_SIZE, Pager, pageNumber } from '../views/pager.tsx';
import { notFound } from './not-found.tsx';

/** The stored section names of each category, computed once per change of the store. */
export function categorySections(deps: WebDeps) {
  return deps.memo('categorySections', async () => sectionsByCategory(await deps.store.sectionCounts()));
}

export function categoryPage(deps: WebDeps) {
  return async (c: Context) => {
    const category = categoryBySlug(c.req.param('slug') ?? '');
    if (!category) return notFound(deps, c);
    const path = `/category/${category.slug}`;
    const sections = (await categorySections(deps)).get(category.slug)?.sections ?? [];
    const page = pageNumber(c.req.query('page'));
    const title = `خبرهای ${category.nameFa}`;
    const feed = await feedFor(c, { title, description: `تازه‌ترین ${title}`, pagePath: path }, () =>
      deps.store.latestInSections(sections, { limit: PAGE_SIZE }),
    );
    if (feed) return feed;
    const items = await deps.store.latestInSections(sections, { limit: PAGE_SIZE + 1, offset: (page - 1) * PAGE_SIZE });
    const feeds = feedsAt(path, title);
    return c.html(
      <Layout title={title} site={deps.site} feeds={feeds} current={path} description={`تازه‌ترین ${title} از رسانه‌های فارسی‌زبان`}>
        <h1>{title}</h1>
        <Headlines items={items.slice(0, PAGE_SIZE)} now={deps.now()} />
        <Pager path={path} page={page} more={items.length > PAGE_SIZE} />
        <FeedLinks feeds={feeds} api={`/api/v1/articles?category=${category.slug}`} />
      </Layout>,
    );
  };
}
