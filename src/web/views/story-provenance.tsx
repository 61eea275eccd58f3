import type { Provenance } from '../../stories/provenance.ts';
import type { OutletLookup } from './story-versions.tsx';
import { Time } from './time.tsx';

const KIND: Record<string, string> = {
  first: 'نخستین گزارش',
  report: 'گزارش',
  update: 'به‌روزرسانی',
  copy: 'رونوشت',
};

/** Who reported first, who republished whom, who quoted whom, and the order it all came out in. */
export function StoryProvenance({ prov, outlet, now }: { prov: Provenance; outlet: OutletLookup; now: Date }) {
  const name = (who: string) => outlet(who).name;
  return (
    <section aria-labelledby="provenance-title">
      <h2 id="provenance-title">خاستگاه خبر</h2>
      <dl class="facts">
        {prov.first ? (
          <>
            <dt>نخستین گزارش</dt>
            <dd>
              <a href={`#a${prov.first.id}`}>{name(prov.first.source)}</a>، <Time iso={prov.first.at} now={now} relative={false} />
            </dd>
          </>
        ) : null}
        {prov.copies.length ? (
          <>
            <dt>رونوشت‌ها</dt>
            <dd>
              <ul class="plain">
                {prov.copies.map((c) => (
                  <li>
                    <a href={`#a${c.id}`}>{name(c.source)}</a> متن <a href={`#a${c.of.id}`}>{name(c.of.source)}</a> را بازنشر کرده است
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {prov.quoting.length ? (
          <>
            <dt>زنجیرهٔ نقل</dt>
            <dd>
              <ul class="plain">
                {prov.quoting.map((q) => (
                  <li>
                    <a href={`#a${q.id}`}>{name(q.chain[0] ?? '')}</a>
                    {q.chain.slice(1).map((who, i) => (
                      <>
                        {' '}به نقل از{' '}
                        {i === 0 && q.cites !== null ? <a href={`#a${q.cites}`}>{name(who)}</a> : <span>{name(who)}</span>}
                      </>
                    ))}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
      <h3>گاه‌شمار</h3>
      <ol class="plain story-timeline">
        {prov.timeline.map((t) => (
          <li>
            <Time iso={t.at} now={now} relative={false} /> — <a href={`#a${t.id}`}>{name(t.source)}</a> ({KIND[t.kind]})
          </li>
        ))}
      </ol>
    </section>
  );
}
