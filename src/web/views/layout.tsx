import type { Child } from 'hono/jsx';

export interface SiteState {
  /** Set while Khabar shows the bundled replay corpus because no configured source could be reached. */
  offlineDemo: boolean;
  cssHref: string;
}

export function Layout(props: { title: string; site: SiteState; children: Child; description?: string }) {
  const title = props.title ? `${props.title} | خبر` : 'خبر: همهٔ خبرهای فارسی در یک جا';
  return (
    <html dir="rtl" lang="fa">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        {props.description ? <meta name="description" content={props.description} /> : null}
        <link rel="stylesheet" href={props.site.cssHref} />
        <link rel="preload" href="/static/fonts/vazirmatn-regular.woff2" as="font" type="font/woff2" crossorigin="anonymous" />
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
            <a href="/">تازه‌ها</a>
            <a href="/sources">منابع</a>
          </nav>
        </header>
        <main id="main">{props.children}</main>
        <footer class="site-footer">
          «خبر» گردآورندهٔ متن‌باز خبرهای فارسی است. هر خبر با نام و پیوند منبع اصلی‌اش آمده است.
        </footer>
      </body>
    </html>
  );
}
