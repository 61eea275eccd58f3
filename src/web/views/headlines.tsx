import type { ArticleSummary } from '../../store/index.ts';
import { Time } from './time.tsx';

/** A list of headlines with outlet and time, newest first. */
export function Headlines({ items, now, showSource = true }: { items: ArticleSummary[]; now: Date; showSource?: boolean }) {
  if (!items.length) return <p class="meta">هنوز خبری نرسیده است؛ چند لحظهٔ دیگر دوباره سر بزنید.</p>;
  return (
    <ul class="headlines">
      {items.map((a) => (
        <li>
          <a class="title" href={`/article/${a.id}`}>
            {a.title}
          </a>
          <div class="meta">
            {showSource ? <a href={`/source/${a.source}`}>{a.sourceName}</a> : null}
            <Time iso={a.published} now={now} />
          </div>
        </li>
      ))}
    </ul>
  );
}
