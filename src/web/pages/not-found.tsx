import type { Context } from 'hono';
import type { WebDeps } from '../deps.ts';
import { Layout } from '../views/layout.tsx';

export function notFound(deps: WebDeps, c: Context) {
  c.status(404);
  return c.html(
    <Layout title="پیدا نشد" site={deps.site}>
      <h1>این صفحه پیدا نشد</h1>
      <p>
        نشانی را دوباره بررسی کنید یا به <a href="/">صفحهٔ اول</a> بروید.
      </p>
    </Layout>,
  );
}
