import type { Context } from 'hono';
import type { WebDeps } from '../deps.ts';
import { feedFor } from '../feeds/render.ts';
import { WINDOWS, mostCovered, windowHours } from '../most-covered.ts';
import { FeedLinks } from '../views/feed-links.tsx';
import { Layout, feedsAt } from '../views/layout.tsx';
import { Time } from '../views/time.tsx';

const fa = (n: number) => n.toLocaleString('fa-IR');

export function mostCoveredPage(deps: WebDeps) {
  return async (c: Context) => {
    const hours = windowHours(c.req.query('hours'));
    if (hours === null) return c.text(`hours=${c.req.query('hours')}: choose 2, 12 or 24`, 400);
    const now = deps.now();
    const coverage = await mostCovered(deps.store, now, hours);
    const path = hours === 24 ? '/most-covered' : `/most-covered?hours=${hours}`;
    const title = `پربازتاب‌ترین خبرهای ${fa(hours)} ساعت گذشته`;
    const feed = await feedFor(c, { title, description: title, pagePath: path }, () => coverage.items);
    if (feed) return feed;
    const feeds = feedsAt(path, title);
    return c.html(
      <Layout title="پربازتاب‌ترین" site={deps.site} feeds={feeds} current="/most-covered" description={title}>
        <h1>پربازتاب‌ترین</h1>
        <nav class="tabs" aria-label="بازهٔ زمانی">
          {WINDOWS.map((h) => (
            <a href={h === 24 ? '/most-covered' : `/most-covered?hours=${h}`} {...(h === hours ? { 'aria-current': 'page' as const } : {})}>
              {fa(h)} ساعت
            </a>
          ))}
        </nav>
        <p class="meta">
          خبرهایی که در {fa(hours)} ساعت گذشته بیشترین رسانه‌ها گزارششان کرده‌اند؛ عنوان از نخستین گزارش است.
        </p>
        {coverage.endsAtNewest ? (
          <p class="note" role="note">
            در این {fa(hours)} ساعت خبری نرسیده است؛ فهرست {fa(hours)} ساعتِ پیش از تازه‌ترین خبر (
            <Time iso={coverage.until} now={now} relative={false} />) را نشان می‌دهد.
          </p>
        ) : null}
        {coverage.items.length ? (
          <ol class="headlines ranked">
            {coverage.items.map((a) => (
              <li>
                <a class="title" href={`/article/${a.id}`}>
                  {a.title}
                </a>
                <div class="meta">
                  <strong>{fa(a.outlets)} رسانه</strong>
                  {a.articles > a.outlets ? <span>{fa(a.articles)} خبر</span> : null}
                  <span>
                    نخستین گزارش: <a href={`/source/${a.source}`}>{a.sourceName}</a>
                  </span>
                  <Time iso={a.latest} now={now} />
                  {a.story && a.outlets > 1 ? <a href={`/story/${a.story}`}>همهٔ روایت‌ها</a> : null}
                </div>
              </li>
            ))}
          </ol>
        ) : (
          <p class="meta">در این بازه خبری نیست.</p>
        )}
        <FeedLinks feeds={feeds} api={`/api/v1/most-covered?hours=${hours}`} />
      </Layout>,
    );
  };
}
