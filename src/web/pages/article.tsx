import type { Context } from 'hono';
import { raw } from 'hono/html';
import type { Article } from '../../model/types.ts';
import { toPersianDigits } from '../../persian/index.ts';
import type { ArticleSummary, StoredSource } from '../../store/index.ts';
import { categoryOfSection } from '../categories.ts';
import type { WebDeps } from '../deps.ts';
import { AffiliationTag } from '../views/affiliation-tag.tsx';
import { displayHtml } from '../views/body-html.ts';
import { Headlines } from '../views/headlines.tsx';
import { Layout } from '../views/layout.tsx';
import { Time } from '../views/time.tsx';
import { notFound } from './not-found.tsx';

/** The outlets an article page names, by slug: read once per page, then looked up while rendering. */
type Outlets = Map<string, StoredSource>;

function sourceName(outlets: Outlets, slugOrName: string): { name: string; href: string | null } {
  const s = outlets.get(slugOrName);
  return s ? { name: s.nameFa, href: `/source/${s.slug}` } : { name: slugOrName, href: null };
}

function Named({ outlets, who }: { outlets: Outlets; who: string }) {
  const s = sourceName(outlets, who);
  return s.href ? <a href={s.href}>{s.name}</a> : <span>{s.name}</span>;
}

/** «به گزارش ایسنا، به نقل از بی‌بی‌سی»: who reported it and whom they quoted, as the outlet wrote it. */
function AttributionLine({ article, outlets }: { article: Article; outlets: Outlets }) {
  const { reportedBy, quoting } = article.attribution;
  if (!reportedBy || (reportedBy === article.source && !quoting.length)) return null;
  return (
    <p class="meta attribution">
      به گزارش <Named outlets={outlets} who={reportedBy} />
      {quoting.map((q) => (
        <>
          ، به نقل از <Named outlets={outlets} who={q} />
        </>
      ))}
    </p>
  );
}

/** The same story as told by other outlets, each with its outlet's affiliation. */
function OtherTellings({ story, items, outlets, now }: { story: number | null; items: ArticleSummary[]; outlets: Outlets; now: Date }) {
  if (!story || !items.length) return null;
  return (
    <section class="related" aria-labelledby="story-title">
      <h2 id="story-title">همین خبر در رسانه‌های دیگر</h2>
      <ul class="headlines">
        {items.map((a) => {
          const outlet = outlets.get(a.source);
          return (
            <li>
              <a class="title" href={`/article/${a.id}`}>
                {a.title}
              </a>
              <div class="meta">
                <a href={`/source/${a.source}`}>{a.sourceName}</a>
                {outlet ? <AffiliationTag affiliation={outlet.affiliation} /> : null}
                <Time iso={a.published} now={now} />
              </div>
            </li>
          );
        })}
      </ul>
      <p>
        <a href={`/story/${story}`}>همهٔ روایت‌ها کنار هم، با نخستین گزارش و زنجیرهٔ نقل‌قول</a>
      </p>
    </section>
  );
}

export function articlePage(deps: WebDeps) {
  return async (c: Context) => {
    const id = Number(c.req.param('id'));
    const article = Number.isSafeInteger(id) && id > 0 ? await deps.store.getArticle(id) : null;
    if (!article) return notFound(deps, c);
    const store = deps.store;
    const outlets: Outlets = new Map((await store.listSources()).map((s) => [s.slug, s]));
    const outlet = outlets.get(article.source);
    const source = sourceName(outlets, article.source);
    const category = categoryOfSection(article.section);
    const tellings = article.story ? (await store.storyArticles(article.story, 30)).filter((a) => a.id !== article.id) : [];
    const more = (await store.latestArticles({ limit: 8, source: article.source }))
      .filter((a) => a.id !== article.id)
      .slice(0, 6);
    const now = deps.now();
    const modified = article.modified && article.modified !== article.published ? article.modified : null;
    return c.html(
      <Layout title={article.title} site={deps.site} description={article.lead}>
        <nav class="crumbs" aria-label="مسیر">
          <a href="/">خبر</a>
          {category ? <a href={`/category/${category.slug}`}>{category.nameFa}</a> : null}
          {source.href ? <a href={source.href}>{source.name}</a> : <span>{source.name}</span>}
        </nav>
        <article lang={article.lang} dir={article.dir}>
          {article.kicker ? <p class="kicker">{article.kicker}</p> : null}
          <h1>{article.title}</h1>
          <div class="meta">
            {source.href ? <a href={source.href}>{source.name}</a> : <span>{source.name}</span>}
            {outlet ? <AffiliationTag affiliation={outlet.affiliation} /> : null}
            <Time iso={article.published} now={now} relative={false} />
            {modified ? (
              <span>
                به‌روزرسانی: <Time iso={modified} now={now} relative={false} />
              </span>
            ) : null}
            {article.newsCode ? <span>کد خبر: {toPersianDigits(article.newsCode)}</span> : null}
            {article.author && article.author !== source.name ? <span>{article.author}</span> : null}
          </div>
          <AttributionLine article={article} outlets={outlets} />
          {article.lead ? <p class="lead">{article.lead}</p> : null}
          {/* Sanitized when stored, and again after pictures become links: sanitizing is the last step. */}
          <div class="body">{raw(displayHtml(article.html))}</div>
          {article.tags.length ? (
            <p class="meta tags">
              برچسب‌ها:{' '}
              {article.tags.map((t) => (
                <span>{t}</span>
              ))}
            </p>
          ) : null}
          <p class="credit">
            منبع: <a href={article.url} rel="noopener noreferrer">{source.name}</a>
          </p>
        </article>
        <OtherTellings story={article.story} items={tellings} outlets={outlets} now={now} />
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
