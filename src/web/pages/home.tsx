import type { Context } from 'hono';
import type { WebDeps } from '../deps.ts';
import { Headlines } from '../views/headlines.tsx';
import { Layout } from '../views/layout.tsx';

const PAGE_SIZE = 40;

export function homePage(deps: WebDeps) {
  return (c: Context) => {
    const page = Math.max(1, Math.min(1000, Number.parseInt(c.req.query('page') ?? '1', 10) || 1));
    const items = deps.store.latestArticles({ limit: PAGE_SIZE + 1, offset: (page - 1) * PAGE_SIZE });
    const more = items.length > PAGE_SIZE;
    return c.html(
      <Layout title="" site={deps.site} description="تازه‌ترین خبرهای خبرگزاری‌ها و رسانه‌های فارسی‌زبان در یک جا">
        <h1>تازه‌ترین خبرها</h1>
        <Headlines items={items.slice(0, PAGE_SIZE)} now={deps.now()} />
        <nav class="pager" aria-label="صفحه‌ها">
          {page > 1 ? <a href={`/?page=${page - 1}`}>صفحهٔ قبل</a> : <span />}
          {more ? <a href={`/?page=${page + 1}`}>صفحهٔ بعد</a> : <span />}
        </nav>
      </Layout>,
    );
  };
}
