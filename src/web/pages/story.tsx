import type { Context } from 'hono';
import type { ArticleSummary, StoredSource } from '../../store/index.ts';
import type { Article } from '../../model/types.ts';
import { provenance } from '../../stories/provenance.ts';
import type { WebDeps } from '../deps.ts';
import { feedFor } from '../feeds/render.ts';
import { FeedLinks } from '../views/feed-links.tsx';
import { knownAffiliation } from '../views/affiliation.ts';
import { Layout, feedsAt } from '../views/layout.tsx';
import type { OutletLookup } from '../views/story-versions.tsx';
import { StoryProvenance } from '../views/story-provenance.tsx';
import { StoryVersions } from '../views/story-versions.tsx';
import { Time } from '../views/time.tsx';
import { notFound } from './not-found.tsx';

const fa = (n: number) => n.toLocaleString('fa-IR');

/** Outlets by slug and by every name attribution lines use for them. */
function outletLookup(sources: StoredSource[]): OutletLookup {
  const byKey = new Map<string, StoredSource>();
  for (const s of sources) for (const k of [s.slug, s.nameFa, ...s.aliases]) if (k && !byKey.has(k)) byKey.set(k, s);
  return (who) => {
    const s = byKey.get(who);
    return s
      ? { name: s.nameFa, slug: s.slug, affiliation: s.affiliation }
      : { name: who, slug: null, affiliation: null };
  };
}

function summaryOf(a: Article, sourceName: string): ArticleSummary {
  return {
    id: a.id,
    source: a.source,
    sourceName,
    url: a.url,
    title: a.title,
    kicker: a.kicker,
    lead: a.lead,
    published: a.published,
    story: a.story,
  };
}

/** /story/:id — every outlet's version of one story, and its provenance. A merged story's id leads to the story it joined. */
export function storyPage(deps: WebDeps) {
  return async (c: Context) => {
    const id = Number(c.req.param('id'));
    const stories = deps.store.stories;
    if (!Number.isSafeInteger(id) || id < 1 || !stories) return notFound(deps, c);
    const story = await stories.get(id);
    if (!story) return notFound(deps, c);
    if (story.id !== id) return c.redirect(`/story/${story.id}`, 301);
    const articles = await stories.articles(id);
    if (!articles.length) return notFound(deps, c);
    const sources = await deps.memo('story-page-sources', () => deps.store.listSources());
    const outlet = outletLookup(sources);
    const path = `/story/${story.id}`;
    // A story's feed follows it as it grows: each outlet's version, newest first.
    const feed = await feedFor(
      c,
      { title: story.title, description: `گزارش‌های رسانه‌ها از «${story.title}»`, pagePath: path },
      () =>
        articles
          .map((a) => summaryOf(a, outlet(a.source).name))
          .sort((x, y) => (y.published ?? '').localeCompare(x.published ?? '')),
    );
    if (feed) return feed;
    const feeds = feedsAt(path, story.title);
    const prov = provenance(articles, (name, slug) => outlet(name).slug === slug);
    const now = deps.now();
    return c.html(
      <Layout title={story.title} site={deps.site} feeds={feeds} description={articles[0]?.lead || story.title}>
        <article class="story">
          <h1>{story.title}</h1>
          <div class="meta">
            <span>
              {fa(story.articleCount)} خبر از {fa(story.outletCount)} رسانه
            </span>
            <span>
              از <Time iso={story.firstSeen} now={now} relative={false} />
            </span>
            {story.lastUpdated !== story.firstSeen ? (
              <span>
                تا <Time iso={story.lastUpdated} now={now} relative={false} />
              </span>
            ) : null}
          </div>
          <StoryVersions articles={articles} prov={prov} outlet={outlet} now={now} present={new Set(sources.map((x) => knownAffiliation(x.affiliation)))} />
          <StoryProvenance prov={prov} outlet={outlet} now={now} />
          <FeedLinks feeds={feeds} api={`/api/v1/stories/${story.id}`} />
        </article>
      </Layout>,
    );
  };
}
