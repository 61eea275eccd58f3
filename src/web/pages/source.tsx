import type { Context } from 'hono';
import { redactText, redactUrl } from '../../model/redact.ts';
import type { StoredSource } from '../../store/index.ts';
import type { WebDeps } from '../deps.ts';
import { feedFor } from '../feeds/render.ts';
import { AFFILIATION_FA, AFFILIATION_MEANING, knownAffiliation } from '../views/affiliation.ts';
import { FeedLinks } from '../views/feed-links.tsx';
import { Headlines } from '../views/headlines.tsx';
import { Layout, feedsAt } from '../views/layout.tsx';
import { PAGE_SIZE, Pager, pageNumber } from '../views/pager.tsx';
import { Time } from '../views/time.tsx';
import { notFound } from './not-found.tsx';

const fa = (n: number) => n.toLocaleString('fa-IR');

/** «۱۵ دقیقه», «۲ ساعت»: a polling interval in words. */
function interval(seconds: number): string {
  if (seconds < 3600) return `${fa(Math.round(seconds / 60))} دقیقه`;
  return `${fa(Math.round((seconds / 3600) * 10) / 10)} ساعت`;
}

function Health({ source, articles, now }: { source: StoredSource; articles: number; now: Date }) {
  const h = source.health;
  const failing = h.consecutiveFailures > 0;
  return (
    <dl class="facts">
      <dt>وضعیت</dt>
      <dd>
        {failing ? (
          <span class="health-bad">{fa(h.consecutiveFailures)} خطای پیاپی</span>
        ) : h.lastSuccess ? (
          <span class="health-ok">سالم</span>
        ) : (
          'هنوز خوانده نشده است'
        )}
      </dd>
      <dt>آخرین دریافت موفق</dt>
      <dd>{h.lastSuccess ? <Time iso={h.lastSuccess} now={now} /> : '—'}</dd>
      {failing && h.lastError ? (
        <>
          <dt>خطای اخیر</dt>
          <dd>
            <span dir="ltr" class="error-line">
              {redactText(h.lastError)}
            </span>{' '}
            {h.lastErrorAt ? <Time iso={h.lastErrorAt} now={now} /> : null}
          </dd>
        </>
      ) : null}
      <dt>فاصلهٔ خواندن خوراک</dt>
      <dd>هر {interval(h.intervalSeconds)}</dd>
      {h.nextDue ? (
        <>
          <dt>خواندن بعدی</dt>
          <dd>
            <Time iso={h.nextDue} now={now} relative={false} />
          </dd>
        </>
      ) : null}
      <dt>خبرهای نگه‌داشته</dt>
      <dd>{fa(articles)}</dd>
    </dl>
  );
}

export function sourcePage(deps: WebDeps) {
  return async (c: Context) => {
    const source = await deps.store.getSource(c.req.param('slug') ?? '');
    if (!source) return notFound(deps, c);
    const affiliation = knownAffiliation(source.affiliation);
    const path = `/source/${source.slug}`;
    const page = pageNumber(c.req.query('page'));
    const latest = () => deps.store.latestArticles({ limit: PAGE_SIZE, source: source.slug });
    const feed = await feedFor(c, { title: source.nameFa, description: `تازه‌ترین خبرهای ${source.nameFa}`, pagePath: path }, latest);
    if (feed) return feed;
    const now = deps.now();
    const feeds = feedsAt(path, source.nameFa);
    const items = await deps.store.latestArticles({ limit: PAGE_SIZE + 1, offset: (page - 1) * PAGE_SIZE, source: source.slug });
    const stats = (await deps.memo('sourceStats', () => deps.store.sourceStats())).find((s) => s.source === source.slug);
    return c.html(
      <Layout title={source.nameFa} site={deps.site} feeds={feeds} description={`خبرهای ${source.nameFa} در «خبر»`}>
        <h1>{source.nameFa}</h1>
        <section aria-labelledby="profile-title">
          <h2 id="profile-title" class="visually-hidden">
            شناسنامه
          </h2>
          <dl class="facts">
            {source.nameEn ? (
              <>
                <dt>نام لاتین</dt>
                <dd lang="en" dir="ltr">
                  {source.nameEn}
                </dd>
              </>
            ) : null}
            {source.homepage ? (
              <>
                <dt>وب‌سایت</dt>
                <dd>
                  <a href={redactUrl(source.homepage)} rel="noopener noreferrer" dir="ltr">
                    {redactUrl(source.homepage).replace(/^https?:\/\//, '')}
                  </a>
                </dd>
              </>
            ) : null}
            <dt>گرایش</dt>
            <dd>
              <strong>{AFFILIATION_FA[affiliation]}</strong>: {AFFILIATION_MEANING[affiliation]}{' '}
              {source.affiliationCitation ? (
                <a href={source.affiliationCitation} rel="noopener noreferrer">
                  منبع این توصیف
                </a>
              ) : (
                <span class="meta">(منبعی برای این توصیف ثبت نشده است)</span>
              )}
            </dd>
            <dt>مجوز محتوا</dt>
            <dd>{source.licence ? <span dir="auto">{source.licence}</span> : 'اعلام نشده است؛ حق نشر با خود رسانه است.'}</dd>
            <dt>خوراک‌ها</dt>
            <dd>
              <ul class="plain">
                {source.feeds.map((f) => (
                  <li dir="ltr">{redactUrl(f)}</li>
                ))}
              </ul>
            </dd>
          </dl>
          <p class="note">
            برچسب گرایش مالکیت یا خط‌مشی رسانه را به استناد منبعی عمومی توصیف می‌کند؛ داوری دربارهٔ درستی خبرهای آن نیست.
          </p>
        </section>
        <section aria-labelledby="health-title">
          <h2 id="health-title">وضعیت خوراک</h2>
          <Health source={source} articles={stats?.articles ?? 0} now={now} />
        </section>
        <section aria-labelledby="latest-title">
          <h2 id="latest-title">تازه‌ترین خبرها</h2>
          <Headlines items={items.slice(0, PAGE_SIZE)} now={now} showSource={false} />
          <Pager path={path} page={page} more={items.length > PAGE_SIZE} />
        </section>
        <FeedLinks feeds={feeds} api={`/api/v1/sources/${source.slug}`} />
      </Layout>,
    );
  };
}
