import type { Context } from 'hono';
import type { WebDeps } from '../deps.ts';
import { AFFILIATION_FA } from '../views/affiliation.ts';
import { Headlines } from '../views/headlines.tsx';
import { Layout } from '../views/layout.tsx';
import { Time } from '../views/time.tsx';
import { notFound } from './not-found.tsx';

export function sourcePage(deps: WebDeps) {
  return (c: Context) => {
    const source = deps.store.getSource(c.req.param('slug') ?? '');
    if (!source) return notFound(deps, c);
    const now = deps.now();
    const h = source.health;
    return c.html(
      <Layout title={source.nameFa} site={deps.site}>
        <h1>{source.nameFa}</h1>
        <p class="meta">
          {source.homepage ? <a href={source.homepage} rel="noopener noreferrer">{source.nameEn || source.homepage}</a> : null}
          <span>
            گرایش: {AFFILIATION_FA[source.affiliation]}
            {source.affiliationCitation ? (
              <>
                {' '}
                (<a href={source.affiliationCitation} rel="noopener noreferrer">منبع این توصیف</a>)
              </>
            ) : null}
          </span>
          {source.licence ? <span>مجوز محتوا: {source.licence}</span> : null}
        </p>
        <p class="meta">
          {h.lastSuccess ? (
            <span>
              آخرین دریافت موفق: <Time iso={h.lastSuccess} now={now} />
            </span>
          ) : (
            <span>هنوز دریافت موفقی نداشته است</span>
          )}
          {h.consecutiveFailures > 0 && h.lastError ? <span class="health-bad">خطای اخیر: {h.lastError}</span> : null}
        </p>
        <h2>تازه‌ترین خبرها</h2>
        <Headlines items={deps.store.latestArticles({ limit: 40, source: source.slug })} now={now} showSource={false} />
      </Layout>,
    );
  };
}
