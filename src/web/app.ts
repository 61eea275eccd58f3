import { Hono } from 'hono';
import { etag } from 'hono/etag';
import { secureHeaders } from 'hono/secure-headers';
import type { Store } from '../store/index.ts';
import type { WebDeps } from './deps.ts';
import { articlePage } from './pages/article.tsx';
import { homePage } from './pages/home.tsx';
import { notFound } from './pages/not-found.tsx';
import { sourcePage } from './pages/source.tsx';
import { sourcesPage } from './pages/sources.tsx';
import { loadStaticFiles } from './static.ts';

export interface AppOptions {
  /** The store, or a function giving the current one (start switches to the offline demo's store). */
  store: Store | (() => Store);
  offlineDemo?: () => boolean;
  now?: () => Date;
}

/** The web application; the middleware list is here and nowhere else. */
export function createApp(opts: AppOptions): Hono {
  const files = loadStaticFiles();
  const css = files.get('style.css');
  const site = {
    get offlineDemo() {
      return opts.offlineDemo?.() ?? false;
    },
    cssHref: `/static/style.css?v=${css?.etag.replace(/"/g, '')}`,
  };
  const currentStore = typeof opts.store === 'function' ? opts.store : () => opts.store as Store;
  const deps: WebDeps = {
    get store() {
      return currentStore();
    },
    site,
    now: opts.now ?? (() => new Date()),
  };
  const app = new Hono();

  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'none'"],
        styleSrc: ["'self'"],
        fontSrc: ["'self'"],
        imgSrc: ["'self'"],
        formAction: ["'self'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
      },
      referrerPolicy: 'strict-origin-when-cross-origin',
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use('*', etag());
  app.use('*', async (c, next) => {
    await next();
    if (!c.res.headers.has('cache-control')) c.res.headers.set('cache-control', 'public, max-age=60');
  });

  app.get('/static/*', (c) => {
    const f = files.get(c.req.path.slice('/static/'.length));
    if (!f) return notFound(deps, c);
    return c.body(f.body as Uint8Array<ArrayBuffer>, 200, {
      'content-type': f.type,
      'cache-control': 'public, max-age=31536000, immutable',
    });
  });
  app.get('/', homePage(deps));
  app.get('/article/:id', articlePage(deps));
  app.get('/source/:slug', sourcePage(deps));
  app.get('/sources', sourcesPage(deps));
  app.get('/healthz', (c) => c.json({ ok: true, articles: deps.store.countArticles() }, 200, { 'cache-control': 'no-store' }));
  app.notFound((c) => notFound(deps, c));
  return app;
}
