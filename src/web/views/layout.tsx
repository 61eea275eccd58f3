import type { Child } from 'hono/jsx';
import { CATEGORIES } from '../categories.ts';

export interface SiteState {
  /** Set while Khabar shows the bundled replay corpus because no configured source could be reached. */
  offlineDemo: boolean;
  cssHref: string;
}

/** Where a page's own feeds are: `base` is the page's address, to which `?format=rss|atom|json` is added. */
export interface PageFeeds {
  title: string;
  rss: string;
  atom: string;
  json: string;
}

export const HOME_FEEDS: PageFeeds = { title: 'تازه‌ترین خبرها', rss: '/rss.xml', atom: '/atom.xml', json: '/feed.json' };

/** The feeds of a page at `path` (which may carry a query already): the same address with `format=`. */
export function feedsAt(path: string, title: string): PageFeeds {
  const at = `${path}${path.includes('?') ? '&' : '?'}format=`;
  return { title, rss: `${at}rss`, atom: `${at}atom`, json: `${at}json` };
}

interface LayoutProps {
  title: string;
  site: SiteState;
  children: Child;
  description?: string;
  /** Alternate feeds announced in the head; the home page's when a page has none of its own. */
  feeds?: PageFeeds;
  /** The path of the nav entry to mark as current. */
  current?: string;
}

const NAV: [string, string][] = [
  ['/', 'تازه‌ها'],
  ['/most-covered', 'پربازتاب‌ترین'],
  ['/sources', 'منابع'],
  ['/about', 'درباره'],
];

export function Layout(props: LayoutProps) {
  const title = props.title ? `${props.title} | خبر` : 'خبر: همهٔ خبرهای فارسی در یک جا';
  const feeds = props.feeds ?? HOME_FEEDS;
  const here = (href: string) => (href === props.current ? { 'aria-current': 'page' as const } : {});
  return (
    <html dir="rtl" lang="fa">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        {props.description ? <meta name="description" content={props.description} /> : null}
        <meta name="color-scheme" content="light dark" />
        <link rel="stylesheet" href={props.site.cssHref} />
        <link rel="icon" href="/static/favicon.svg" type="image/svg+xml" />
        <link rel="preload" href="/static/fonts/vazirmatn-regular.woff2" as="font" type="font/woff2" crossorigin="anonymous" />
        <link rel="alternate" type="application/rss+xml" title={`${feeds.title} (RSS)`} href={feeds.rss} />
        <link rel="alternate" type="application/atom+xml" title={`${feeds.title} (Atom)`} href={feeds.atom} />
        <link rel="alternate" type="application/feed+json" title={`${feeds.title} (JSON Feed)`} href={feeds.json} />
      </head>
      <body>
        <a class="skip" href="#main">
          پرش به محتوا
        </a>
        {props.site.offlineDemo ? (
          <p class="banner" role="status">
            اینترنت در دسترس نیست؛ «خبر» نسخهٔ نمایشی آفلاین را از مجموعهٔ بازپخش همراه برنامه نشان می‌دهد.
          </p>
        ) : null}
        <header class="site-header">
          <a class="brand" href="/">
            خبر
          </a>
          <nav aria-label="پیوندهای اصلی">
            {NAV.map(([href, label]) => (
              <a href={href} {...here(href)}>
                {label}
              </a>
            ))}
          </nav>
          {props.current === '/search' ? null : (
            <form class="site-search" role="search" aria-label="جست‌وجو در خبرها" method="get" action="/search">
              <input name="q" type="search" aria-label="جست‌وجو در خبرها" placeholder="جست‌وجو…" dir="auto" />
            </form>
          )}
          <nav class="categories" aria-label="دسته‌ها">
            {CATEGORIES.map((c) => (
              <a href={`/category/${c.slug}`} {...here(`/category/${c.slug}`)}>
                {c.nameFa}
              </a>
            ))}
          </nav>
        </header>
        <main id="main" tabindex={-1}>
          {props.children}
        </main>
        <footer class="site-footer">
          <p>«خبر» گردآورندهٔ متن‌باز خبرهای فارسی است. هر خبر با نام و پیوند منبع اصلی‌اش آمده است.</p>
          <p class="feeds">
            <a href={feeds.rss}>RSS</a> <a href={feeds.atom}>Atom</a> <a href={feeds.json}>JSON Feed</a>{' '}
            <a href="/sources.opml">منابع (OPML)</a> <a href="/api/v1/openapi.json">API</a>
          </p>
        </footer>
      </body>
    </html>
  );
}
