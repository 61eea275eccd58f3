import type { Context } from 'hono';
import { toPersianDigits } from '../../persian/index.ts';
import type { WebDeps } from '../deps.ts';
import { AFFILIATION_FA } from '../views/affiliation.ts';
import { Layout } from '../views/layout.tsx';
import { Time } from '../views/time.tsx';

export function sourcesPage(deps: WebDeps) {
  return (c: Context) => {
    const now = deps.now();
    const sources = deps.store.listSources();
    return c.html(
      <Layout title="منابع" site={deps.site}>
        <h1>منابع</h1>
        <p>
          «خبر» این {toPersianDigits(String(sources.length))} منبع را دنبال می‌کند. گرایش هر رسانه توصیفی از مالکیت یا
          خط‌مشی آن با ذکر منبع است، نه داوری دربارهٔ آن.
        </p>
        <table>
          <thead>
            <tr>
              <th scope="col">منبع</th>
              <th scope="col">گرایش</th>
              <th scope="col">آخرین دریافت</th>
              <th scope="col">وضعیت</th>
            </tr>
          </thead>
          <tbody>
            {sources.map((s) => (
              <tr>
                <td>
                  <a href={`/source/${s.slug}`}>{s.nameFa}</a>
                </td>
                <td>{AFFILIATION_FA[s.affiliation]}</td>
                <td>{s.health.lastSuccess ? <Time iso={s.health.lastSuccess} now={now} /> : '—'}</td>
                <td>
                  {s.health.consecutiveFailures > 0 ? (
                    <span class="health-bad">{toPersianDigits(String(s.health.consecutiveFailures))} خطای پیاپی</span>
                  ) : s.health.lastSuccess ? (
                    <span class="health-ok">سالم</span>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Layout>,
    );
  };
}
