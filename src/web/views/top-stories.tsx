import type { CoveredSummary } from '../../store/index.ts';
import { Time } from './time.tsx';

const fa = (n: number) => n.toLocaleString('fa-IR');

/** The home page's top stories: the first report's headline, how many outlets told it, and when it last moved. */
export function TopStories({ items, now }: { items: CoveredSummary[]; now: Date }) {
  return (
    <ol class="headlines top-stories">
      {items.map((a) => {
        const others = a.outlets - 1;
        const href = a.story !== null && a.outlets > 1 ? `/story/${a.story}` : `/article/${a.id}`;
        return (
          <li>
            <a class="title" href={href}>
              {a.title}
            </a>
            {a.lead ? <p class="summary">{a.lead.length > 180 ? `${a.lead.slice(0, 180)}…` : a.lead}</p> : null}
            <div class="meta">
              <a href={`/source/${a.source}`}>{a.sourceName}</a>
              {others > 0 ? <a href={href}>+{fa(others)} منبع دیگر</a> : null}
              <Time iso={a.latest} now={now} />
            </div>
          </li>
        );
      })}
    </ol>
  );
}
