import type { Context } from 'hono';
import { raw } from 'hono/html';
import { toPersianDigits } from '../../persian/index.ts';
import { type SearchResponse, search } from '../../search/index.ts';
import { decodeHTML } from 'entities';
import type { WebDeps } from '../deps.ts';
import { feedFor } from '../feeds/render.ts';
import { FeedLinks } from '../views/feed-links.tsx';
import { Layout, feedsAt } from '../views/layout.tsx';
import { Time } from '../views/time.tsx';

const PAGE_SIZE = 20;
const fa = (n: number) => n.toLocaleString('fa-IR');

function Results({ r, now }: { r: SearchResponse; now: Date }) {
  if (!r.results.length) return <p>خبری با این جست‌وجو پیدا نشد.</p>;
  return (
    <ol class="headlines search-results">
      {r.results.map((x) => (
        <li>
          <a class="title" href={`/article/${x.id}`}>
            {x.title}
          </a>
          <div class="meta">
            <a href={`/source/${x.source}`}>{x.sourceName}</a>
            <Time iso={x.published} now={now} />
            {x.storyMatches > 1 ? (
              <a href={`/article/${x.id}#story-title`}>و {fa(x.storyMatches - 1)} گزارش دیگر از همین خبر</a>
            ) : null}
          </div>
          {/* The snippet is escaped text with the matches in <mark> (src/search/snippet.ts). */}
          {x.snippet ? <p class="snippet">{raw(x.snippet)}</p> : null}
        </li>
      ))}
    </ol>
  );
}

/** /search?q=: a plain form that works without JavaScript, the results grouped by story, and the query's warnings. */
export function searchPage(deps: WebDeps) {
  return async (c: Context) => {
    const q = (c.req.query('q') ?? '').slice(0, 1000);
    const page = Math.max(1, Math.min(50, Number.parseInt(c.req.query('page') ?? '1', 10) || 1));
    const now = deps.now();
    const path = `/search?q=${encodeURIComponent(q)}`;
    // A saved search as a feed: the newest page of results, the snippet as each item's text.
    const feed = await feedFor(
      c,
      { title: `جست‌وجوی «${q}»`, description: `خبرهای تازه برای «${q}»`, pagePath: path },
      async () =>
        q.trim()
          ? (await search(deps.store, q, { limit: PAGE_SIZE, now })).results.map((x) => ({
              id: x.id,
              source: x.source,
              sourceName: x.sourceName,
              url: x.url,
              title: x.title,
              kicker: '',
              lead: decodeHTML(x.snippet.replace(/<[^>]*>/g, '')),
              published: x.published,
              story: x.story,
            }))
          : [],
    );
    if (feed) return feed;
    const feeds = feedsAt(path, `جست‌وجوی «${q}»`);
    const r = q.trim()
      ? await search(deps.store, q, { limit: PAGE_SIZE + 1, offset: (page - 1) * PAGE_SIZE, now })
      : null;
    const more = (r?.results.length ?? 0) > PAGE_SIZE;
    if (r) r.results = r.results.slice(0, PAGE_SIZE);
    const href = (n: number) => `/search?q=${encodeURIComponent(q)}${n > 1 ? `&page=${n}` : ''}`;
    return c.html(
      <Layout
        title={q ? `جست‌وجوی «${q}»` : 'جست‌وجو'}
        site={deps.site}
        feeds={r ? feeds : undefined}
        current="/search"
        description="جست‌وجو در خبرهای رسانه‌های فارسی‌زبان"
      >
        <h1>جست‌وجو</h1>
        <form class="search" method="get" action="/search" role="search">
          <label for="q">واژه‌ها</label>
          <input id="q" name="q" type="search" value={q} dir="auto" />
          <button type="submit">بگرد</button>
        </form>
        <p class="meta">
          «عبارت در گیومه»، ‎-واژه برای کنار گذاشتن، source:isna یا منبع:ایسنا، since:۱۴۰۵/۰۹/۰۱ و until:2026-11-30.
        </p>
        {r ? (
          <section aria-labelledby="results-title">
            <h2 id="results-title">
              {r.totalExact ? '' : 'حدود '}
              {fa(r.total)} خبر
            </h2>
            {r.warnings.length ? (
              <ul class="note" role="note">
                {r.warnings.map((w) => (
                  <li dir="ltr">{w}</li>
                ))}
              </ul>
            ) : null}
            <Results r={r} now={now} />
            {page > 1 || more ? (
              <nav class="pager" aria-label="صفحه‌ها">
                {page > 1 ? (
                  <a href={href(page - 1)} rel="prev">
                    صفحهٔ قبل
                  </a>
                ) : (
                  <span />
                )}
                <span class="meta">صفحهٔ {toPersianDigits(String(page))}</span>
                {more ? (
                  <a href={href(page + 1)} rel="next">
                    صفحهٔ بعد
                  </a>
                ) : (
                  <span />
                )}
              </nav>
            ) : null}
            <FeedLinks feeds={feeds} api={`/api/v1/search?q=${encodeURIComponent(q)}`} />
          </section>
        ) : null}
      </Layout>,
    );
  };
}
