import type { Article, Affiliation } from '../../model/types.ts';
import type { Provenance } from '../../stories/provenance.ts';
import { AffiliationTag } from './affiliation-tag.tsx';
import { Time } from './time.tsx';

/** An outlet by slug or by a name attribution lines use for it. */
export type OutletLookup = (slugOrName: string) => { name: string; slug: string | null; affiliation: Affiliation | null };

function OutletName({ who, outlet }: { who: string; outlet: OutletLookup }) {
  const o = outlet(who);
  return o.slug ? <a href={`/source/${o.slug}`}>{o.name}</a> : <span>{o.name}</span>;
}

/** Every outlet's version of the story, oldest first: headline, outlet, time, lead, and how it came about. */
export function StoryVersions({ articles, prov, outlet, now }: { articles: Article[]; prov: Provenance; outlet: OutletLookup; now: Date }) {
  const kind = new Map(prov.timeline.map((t) => [t.id, t.kind]));
  const copyOf = new Map(prov.copies.map((c) => [c.id, c.of]));
  return (
    <section aria-labelledby="versions-title">
      <h2 id="versions-title">روایت رسانه‌ها</h2>
      <ul class="headlines story-versions">
        {articles.map((a) => {
          const o = outlet(a.source);
          const of = copyOf.get(a.id);
          return (
            <li id={`a${a.id}`}>
              <a class="title" href={`/article/${a.id}`}>
                {a.title}
              </a>
              <div class="meta">
                <OutletName who={a.source} outlet={outlet} />
                {o.affiliation ? <AffiliationTag affiliation={o.affiliation} /> : null}
                <Time iso={a.published ?? a.fetched} now={now} relative={false} />
                {kind.get(a.id) === 'first' ? <strong>نخستین گزارش</strong> : null}
                {kind.get(a.id) === 'update' ? <span>گزارش تازه‌تر همین رسانه</span> : null}
                {of ? (
                  <span>
                    رونوشت از <a href={`#a${of.id}`}>{outlet(of.source).name}</a>
                  </span>
                ) : null}
                {a.attribution.quoting.length ? (
                  <span>
                    به نقل از{' '}
                    {a.attribution.quoting.map((q, i) => (
                      <>
                        {i ? '، ' : ''}
                        <OutletName who={q} outlet={outlet} />
                      </>
                    ))}
                  </span>
                ) : null}
              </div>
              {a.lead ? <p class="lead">{a.lead}</p> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
