import type { StorySummary } from '../../store/index.ts';
import { Time } from './time.tsx';

const fa = (n: number) => n.toLocaleString('fa-IR');

/**
 * One story on the home page: its representative headline, the outlet that reported it first and
 * «+N منبع دیگر», when it was last updated, and its newest turn when that headline says something else.
 */
export function StoryCard({ story, now }: { story: StorySummary; now: Date }) {
  const first = story.outlets[0];
  const others = story.outlets.length - 1;
  const single = story.articleCount === 1 && story.representative !== null;
  const href = single ? `/article/${story.representative}` : `/story/${story.id}`;
  return (
    <li>
      <a class="title" href={href}>
        {story.title}
      </a>
      {story.latest ? (
        <p class="meta story-latest">
          <span>تازه‌ترین:</span>
          <a href={`/article/${story.latest.id}`}>{story.latest.title}</a>
        </p>
      ) : null}
      <div class="meta">
        {first ? <a href={`/source/${first.slug}`}>{first.name}</a> : null}
        {others > 0 ? (
          <a href={`/story/${story.id}`} title={story.outlets.slice(1).map((o) => o.name).join('، ')}>
            +{fa(others)} منبع دیگر
          </a>
        ) : null}
        {story.articleCount > story.outlets.length ? <span>{fa(story.articleCount)} خبر</span> : null}
        <Time iso={story.lastUpdated} now={now} />
      </div>
    </li>
  );
}

/** The home page's list of stories, most recently updated first. */
export function StoryList({ stories, now }: { stories: StorySummary[]; now: Date }) {
  if (!stories.length) return <p class="meta">هنوز خبری نرسیده است؛ چند لحظهٔ دیگر دوباره سر بزنید.</p>;
  return (
    <ul class="headlines stories">
      {stories.map((s) => (
        <StoryCard story={s} now={now} />
      ))}
    </ul>
  );
}
