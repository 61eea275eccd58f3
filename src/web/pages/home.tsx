import type { Context } from 'hono';
import type { WebDeps } from '../deps.ts';
import { homeSections } from '../home-sections.ts';
import { Headlines } from '../views/headlines.tsx';
import { TopStories } from '../views/top-stories.tsx';
import { Layout } from '../views/layout.tsx';
import { Pager, pageNumber } from '../views/pager.tsx';
import { StoryList } from '../views/story-card.tsx';

const PAGE_SIZE = 40;
/** The first page shares the screen with the top stories and the categories: fewer latest stories there. */
const FIRST_PAGE_SIZE = 20;

/**
 * The home page: stories, not articles. The first page leads with the top stories (coverage weighed by recency),
 * then the latest stories, then the newest headlines of each category; later pages continue the latest stories.
 */
export function homePage(deps: WebDeps) {
  return async (c: Context) => {
    const page = pageNumber(c.req.query('page'));
    const size = page === 1 ? FIRST_PAGE_SIZE : PAGE_SIZE;
    const offset = page === 1 ? 0 : FIRST_PAGE_SIZE + (page - 2) * PAGE_SIZE;
    const now = deps.now();
    const stories = deps.store.stories;
    let list;
    let more: boolean;
    if (stories) {
      const items = await stories.latest({ limit: size + 1, offset });
      more = items.length > size;
      list = <StoryList stories={items.slice(0, size)} now={now} />;
    } else {
      // A store without stories (a driver that does not keep them yet) lists articles, as before.
      const items = await deps.store.latestArticles({ limit: size + 1, offset });
      more = items.length > size;
      list = <Headlines items={items.slice(0, size)} now={now} />;
    }
    const sections = page === 1 ? await homeSections(deps) : null;
    return c.html(
      <Layout
        title=""
        site={deps.site}
        current="/"
        description="تازه‌ترین خبرهای خبرگزاری‌ها و رسانه‌های فارسی‌زبان در یک جا؛ هر خبر یک بار، با همهٔ رسانه‌هایی که گزارشش کرده‌اند"
      >
        <h1 class="visually-hidden">خبر: خبرهای رسانه‌های فارسی‌زبان</h1>
        {sections?.top.length ? (
          <section aria-labelledby="top-title">
            <h2 id="top-title">مهم‌ترین خبرها</h2>
            <TopStories items={sections.top} now={now} />
            <p class="meta">
              <a href="/most-covered">پربازتاب‌ترین‌های ۲، ۱۲ و ۲۴ ساعت گذشته</a>
            </p>
          </section>
        ) : null}
        <section aria-labelledby="latest-title">
          <h2 id="latest-title">تازه‌ترین خبرها</h2>
          {list}
          <Pager path="/" page={page} more={more} />
        </section>
        {sections?.categories.map(({ category, items }) => (
          <section aria-labelledby={`category-${category.slug}`} class="home-category">
            <h2 id={`category-${category.slug}`}>
              <a href={`/category/${category.slug}`}>{category.nameFa}</a>
            </h2>
            <Headlines items={items} now={now} />
          </section>
        ))}
      </Layout>,
    );
  };
}
