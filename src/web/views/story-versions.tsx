import type { Article, Affiliation } from '../../model/types.ts';
import type { Provenance } from '../../stories/provenance.ts';
import { AFFILIATION_FA, AFFILIATION_ORDER, knownAffiliation } from './affiliation.ts';
import { AffiliationTag } from './affiliation-tag.tsx';
import { Time } from './time.tsx';

const fa = (n: number) => n.toLocaleString('fa-IR');

/** An outlet by slug or by a name attribution lines use for it. */
export type OutletLookup = (slugOrName: string) => { name: string; slug: string | null; affiliation: Affiliation | null };

function OutletName({ who, outlet }: { who: string; outlet: OutletLookup }) {
  const o = outlet(who);
  return o.slug ? <a href={`/source/${o.slug}`}>{o.name}</a> : <span>{o.name}</span>;
}

function Version({ a, kind, copyOf, outlet, now }: { a: Article; kind: string | undefined; copyOf: { id: number; source: string } | undefined; outlet: OutletLookup; now: Date }) {
  return (
    <li id={`a${a.id}`}>
      <a class="title" href={`/article/${a.id}`}>
        {a.title}
      </a>
      <div class="meta">
        <OutletName who={a.source} outlet={outlet} />
        <Time iso={a.published ?? a.fetched} now={now} relative={false} />
        {kind === 'first' ? <strong>نخستین گزارش</strong> : null}
        {kind === 'update' ? <span>گزارش تازه‌تر همین رسانه</span> : null}
        {copyOf ? (
          <span>
            رونوشت از <a href={`#a${copyOf.id}`}>{outlet(copyOf.source).name}</a>
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
}

/**
 * Every outlet's version of the story, grouped by the outlets' affiliation (oldest first within a group), and the
 * groups among the site's sources that did not report it. `present`: the affiliations of the sources the site reads.
 */
export function StoryVersions(props: { articles: Article[]; prov: Provenance; outlet: OutletLookup; now: Date; present: ReadonlySet<Affiliation> }) {
  const { articles, prov, outlet, now } = props;
  const kind = new Map(prov.timeline.map((t) => [t.id, t.kind]));
  const copyOf = new Map(prov.copies.map((c) => [c.id, c.of]));
  const byGroup = new Map<Affiliation, Article[]>();
  for (const a of articles) {
    const group = knownAffiliation(outlet(a.source).affiliation ?? 'unknown');
    byGroup.set(group, [...(byGroup.get(group) ?? []), a]);
  }
  const groups = AFFILIATION_ORDER.filter((g) => byGroup.has(g));
  const silent = AFFILIATION_ORDER.filter((g) => g !== 'unknown' && props.present.has(g) && !byGroup.has(g));
  return (
    <section aria-labelledby="versions-title">
      <h2 id="versions-title">روایت رسانه‌ها</h2>
      {groups.map((g) => (
        <section aria-labelledby={`group-${g}`} class="story-group">
          <h3 id={`group-${g}`}>
            <AffiliationTag affiliation={g} /> <span class="meta">{fa(byGroup.get(g)!.length)} گزارش</span>
          </h3>
          <ul class="headlines story-versions">
            {byGroup.get(g)!.map((a) => (
              <Version a={a} kind={kind.get(a.id)} copyOf={copyOf.get(a.id)} outlet={outlet} now={now} />
            ))}
          </ul>
        </section>
      ))}
      {silent.length ? (
        <p class="note" role="note">
          از منابع «خبر»، رسانه‌های {silent.map((g) => AFFILIATION_FA[g]).join('، ')} این خبر را گزارش نکرده‌اند.
        </p>
      ) : null}
    </section>
  );
}
