import type { Context } from 'hono';
import type { WebDeps } from '../deps.ts';
import { Headlines } from '../views/headlines.tsx';
import { Layout } from '../views/layout.tsx';
import { Pager, pageNumber } from '../views/pager.tsx';
import { StoryList } from '../views/story-card.tsx';

const PAGE_SIZE = 40;

/** The home page: stories, not articles — each once, with its outlets, most recently updated first. */
export function homePage(deps: WebDeps) {
  return async (c: Context) => {
    const page = pageNumber(c.req.query('page'));
    const offset = (page - 1) * PAGE_SIZE;
    const now = deps.now();
    const stories = deps.store.stories;
    let list;
    let more: boolean;
    if (stories) {
      const items = await stories.latest({ limit: PAGE_SIZE + 1, offset });
      more = items.length > PAGE_SIZE;
      list = <StoryList stories={items.slice(0, PAGE_SIZE)} now={now} />;
    } else {
      // A store without stories (a driver that does not keep them yet) lists articles, as before.
      const items = await deps.store.latestArticles({ limit: PAGE_SIZE + 1, offset });
      more = items.length > PAGE_SIZE;
      list = <Headlines items={items.slice(0, PAGE_SIZE)} now={now} />;
    }
    return c.html(
      <Layout
        title=""
        site={deps.site}
        current="/"
        description="تازه‌ترین خبرهای خبرگزاری‌ها و رسانه‌های فارسی‌زبان در یک جا؛ هر خبر یک بار، با همهٔ رسانه‌هایی که گزارشش کرده‌اند"
      >
        <h1>تازه‌ترین خبرها</h1>
        {list}
        <Pager path="/" page={page} more={more} />
      </Layout>,
    );
  };
}
