import type { Context } from 'hono';
import type { StoredSource } from '../../store/index.ts';
import type { WebDeps } from '../deps.ts';
import { AFFILIATION_FA, AFFILIATION_MEANING, AFFILIATION_ORDER, knownAffiliation } from '../views/affiliation.ts';
import { Layout } from '../views/layout.tsx';
import { Time } from '../views/time.tsx';

const fa = (n: number) => n.toLocaleString('fa-IR');

function Status({ source }: { source: StoredSource }) {
  const h = source.health;
  if (h.consecutiveFailures > 0) return <span class="health-bad">{fa(h.consecutiveFailures)} خطای پیاپی</span>;
  return h.lastSuccess ? <span class="health-ok">سالم</span> : <span>در انتظار</span>;
}

export function sourcesPage(deps: WebDeps) {
  return async (c: Context) => {
    const now = deps.now();
    const sources = await deps.store.listSources();
    const counts = new Map((await deps.memo('sourceStats', () => deps.store.sourceStats())).map((s) => [s.source, s.articles]));
    const groups = AFFILIATION_ORDER.map((aff) => ({ aff, list: sources.filter((s) => knownAffiliation(s.affiliation) === aff) })).filter((g) => g.list.length);
    return c.html(
      <Layout title="منابع" site={deps.site} current="/sources" description="رسانه‌هایی که «خبر» دنبال می‌کند، با گرایش و وضعیت خوراک هر یک">
        <h1>منابع</h1>
        <p>
          «خبر» این {fa(sources.length)} رسانه را دنبال می‌کند. گرایش هر رسانه توصیفی از مالکیت یا خط‌مشی آن به استناد
          منبعی عمومی است، نه داوری دربارهٔ آن؛ منبع هر توصیف در صفحهٔ همان رسانه آمده است.
        </p>
        <p class="meta">
          <a href="/sources.opml">فهرست منابع (OPML)</a>
          <a href="/api/v1/sources">دادهٔ منابع (API)</a>
        </p>
        {groups.map(({ aff, list }) => (
          <section>
            <h2 id={`group-${aff}`}>{AFFILIATION_FA[aff]}</h2>
            <p class="meta">{AFFILIATION_MEANING[aff]}</p>
            <div class="table-wrap" role="region" aria-labelledby={`group-${aff}`} tabindex={0}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">رسانه</th>
                    <th scope="col">خبرها</th>
                    <th scope="col">آخرین دریافت</th>
                    <th scope="col">وضعیت</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((s) => (
                    <tr>
                      <th scope="row">
                        <a href={`/source/${s.slug}`}>{s.nameFa}</a>
                      </th>
                      <td>{fa(counts.get(s.slug) ?? 0)}</td>
                      <td>{s.health.lastSuccess ? <Time iso={s.health.lastSuccess} now={now} /> : '—'}</td>
                      <td>
                        <Status source={s} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        ))}
      </Layout>,
    );
  };
}
