import type { Context } from 'hono';
import { raw } from 'hono/html';
import type { Article } from '../../model/types.ts';
import { toPersianDigits } from '../../persian/index.ts';
import type { Store } from '../../store/index.ts';
import type { WebDeps } from '../deps.ts';
import { Headlines } from '../views/headlines.tsx';
import { Layout } from '../views/layout.tsx';
import { Time } from '../views/time.tsx';
import { notFound } from './not-found.tsx';

function sourceName(store: Store, slugOrName: string): { name: string; href: string | null } {
  const s = store.getSource(slugOrName);
  return s ? { name: s.nameFa, href: `/source/${s.slug}` } : { name: slugOrName, href: null };
}

function AttributionLine({ article, store }: { article: Article; store: Store }) {
  const { reportedBy, quoting } = article.attribution;
  if (!reportedBy || (reportedBy === article.source && !quoting.length)) return null;
  const named = (x: string) => {
    const s = sourceName(store, x);
    return s.href ? <a href={s.href}>{s.name}</a> : <span>{s.name}</span>;
  };
  return (
    <p class="meta">
      به گزارش {named(reportedBy)}
      {quoting.map((q) => (
        <>، به نقل از {named(q)}</>
      ))}
    </p>
  );
}

export function articlePage(deps: WebDeps) {
  return (c: Context) => {
    const id = Number(c.req.param('id'));
    const article = Number.isInteger(id) ? deps.store.getArticle(id) : null;
    if (!article) return notFound(deps, c);
    const source = sourceName(deps.store, article.source);
    const more = deps.store.latestArticles({ limit: 8, source: article.source }).filter((a) => a.id !== article.id).slice(0, 6);
    const now = deps.now();
    return c.html(
      <Layout title={article.title} site={deps.site} description={article.lead}>
        <article lang={article.lang} dir={article.dir}>
          {article.kicker ? <p class="kicker">{article.kicker}</p> : null}
          <h1>{article.title}</h1>
          <div class="meta">
            {source.href ? <a href={source.href}>{source.name}</a> : <span>{source.name}</span>}
            <Time iso={article.published} now={now} relative={false} />
            {article.newsCode ? <span>کد خبر: {toPersianDigits(article.newsCode)}</span> : null}
          </div>
          <AttributionLine article={article} store={deps.store} />
          {article.lead ? <p class="lead">{article.lead}</p> : null}
          {/* Sanitized when stored: sanitizing is the last step on any HTML Khabar keeps. */}
          <div class="body">{raw(article.html)}</div>
          <p class="credit">
            منبع: <a href={article.url} rel="noopener noreferrer">{source.name}</a>
          </p>
        </article>
        {article.related.length ? (
          <section class="related" aria-labelledby="related-title">
            <h2 id="related-title">بیشتر بخوانید</h2>
            <ul class="headlines">
              {article.related.map((r) => (
                <li>
                  <a class="title" href={r.url} rel="noopener noreferrer">
                    {r.title}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <section class="related" aria-labelledby="more-title">
          <h2 id="more-title">دیگر خبرهای {source.name}</h2>
          <Headlines items={more} now={now} showSource={false} />
        </section>
      </Layout>,
    );
  };
}
