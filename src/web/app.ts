import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { type Repository, SqliteStore, repositoryOf } from '../store/index.ts';
import { apiRoutes } from './api/routes.ts';
import { responseCache } from './cache.ts';
import type { WebDeps } from './deps.ts';
import { feedRoutes } from './feeds/routes.ts';
import { HttpMetrics } from './metrics.ts';
import { opsRoutes } from './ops.ts';
import { aboutPage } from './pages/about.tsx';
import { articlePage } from './pages/article.tsx';
import { categoryPage } from './pages/category.tsx';
import { homePage } from './pages/home.tsx';
import { mostCoveredPage } from './pages/most-covered.tsx';
import { notFound } from './pages/not-found.tsx';
import { searchPage } from './pages/search.tsx';
import { searchApi } from './api/search.ts';
import { sourcePage } from './pages/source.tsx';
import { sourcesPage } from './pages/sources.tsx';
import { storyPage } from './pages/story.tsx';
import { type RateLimitConfig, rateLimit } from './rate-limit.ts';
import { loadStaticFiles } from './static.ts';

export interface AppOptions {
  /** The store, or a function giving the current one (start switches to the offline demo's store). */
  store: Repository | SqliteStore | (() => Repository);
  offlineDemo?: () => boolean;
  now?: () => Date;
  /** How long a rendered page is reused while nothing stored changes; relative times («۵ دقیقه پیش») age meanwhile. */
  pageTtlMs?: number;
  /** Per-client-address limits (the config's `rateLimit`); absent: no limit, as for in-process use. */
  rateLimit?: RateLimitConfig;
}

const PAGE_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300';

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
  // A SqliteStore handed over as it is (tests, tools) is lifted to the async repository every page reads.
  const given = opts.store instanceof SqliteStore ? repositoryOf(opts.store) : opts.store;
  const currentStore = typeof given === 'function' ? given : () => given;
  const now = opts.now ?? (() => new Date());
  // Which store is shown is part of the token: start switches to the offline demo's store.
  const storeIds = new WeakMap<Repository, number>();
  let storesSeen = 0;
  const token = async () => {
    const store = currentStore();
    let id = storeIds.get(store);
    if (id === undefined) storeIds.set(store, (id = ++storesSeen));
    return `${id}:${await store.changeToken()}:${site.offlineDemo ? 1 : 0}`;
  };
  const memos = new Map<string, { token: string; value: unknown }>();
  const deps: WebDeps = {
    get store() {
      return currentStore();
    },
    site,
    now,
    token,
    async memo<T>(name: string, compute: () => T | Promise<T>): Promise<T> {
      const t = await token();
      const m = memos.get(name);
      if (m && m.token === t) return m.value as T;
      const value = await compute();
      memos.set(name, { token: t, value });
      return value;
    },
  };
  const http = new HttpMetrics();
  const cache = responseCache({
    token,
    now: () => now().getTime(),
    ttlMs: opts.pageTtlMs ?? 60_000,
    maxEntries: 2000,
    maxBytes: 64 * 1024 * 1024,
  });
  const app = new Hono();

  app.use('*', http.middleware());
  app.use('*', rateLimit(opts.rateLimit, () => now().getTime()));
  // The cache sits outside the header middleware: a stored page carries its headers and is written out as it is.
  app.use('*', cache.middleware);
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
      // Self-hosted over plain HTTP too: HSTS is the TLS terminator's decision, not the app's.
      strictTransportSecurity: false,
      permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
    }),
  );
  app.use('*', async (c, next) => {
    await next();
    if (!c.res.headers.has('cache-control')) c.res.headers.set('cache-control', PAGE_CACHE_CONTROL);
  });

  app.get('/static/*', (c) => {
    const f = files.get(c.req.path.slice('/static/'.length));
    if (!f) return notFound(deps, c);
    return c.body(f.body as Uint8Array<ArrayBuffer>, 200, {
      'content-type': f.type,
      etag: f.etag,
      'cache-control': 'public, max-age=31536000, immutable',
    });
  });
  // Browsers ask for /favicon.ico whatever the page says.
  app.get('/favicon.ico', (c) => c.redirect('/static/favicon.svg', 301));
  app.get('/', homePage(deps));
  app.get('/article/:id', articlePage(deps));
  app.get('/story/:id', storyPage(deps));
  app.get('/source/:slug', sourcePage(deps));
  app.get('/sources', sourcesPage(deps));
  app.get('/category/:slug', categoryPage(deps));
  app.get('/most-covered', mostCoveredPage(deps));
  app.get('/about', aboutPage(deps));
  app.get('/search', searchPage(deps));
  feedRoutes(app, deps);
  app.route('/api/v1', apiRoutes(deps));
  app.route('/api/v1/search', searchApi(deps));
  app.all('/api/v1/*', (c) => c.json({ error: `${c.req.path}: no such API route; see /api/v1/openapi.json` }, 404));
  opsRoutes(app, deps, http, cache.stats);
  app.notFound((c) => notFound(deps, c));
  return app;
}
