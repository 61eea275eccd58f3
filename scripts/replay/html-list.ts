// Home and section pages: a list of teasers (kicker, title, lead, time) with the site's menu and feed link.
// Families differ in class names and wrapping, passed in as options.
import { esc } from './escape.ts';
import { canonical, docStart, feedLink, metaName, metaProp } from './html-head.ts';
import { copyrightLine, link, navMenu } from './html-blocks.ts';
import { clock, jalaliDayMonth, tehranTime } from './jalali.ts';
import type { Outlet } from './model.ts';
import type { ListPage } from './templates/types.ts';

export interface ListMarkup {
  sectionPath: (o: Outlet, key: string) => string;
  bodyClass: string;
  listClass: string;
  itemClass: string;
  navClass: string;
  showKicker: boolean;
  /** extra <head> lines (generator meta and the like) */
  head?: string[];
}

export function listPageHtml(page: ListPage, m: ListMarkup): string {
  const { outlet } = page;
  const heading = page.section ?? `${outlet.nameFa} - آخرین اخبار`;
  const items = page.articles.map((a) => {
    const t = tehranTime(a.published);
    const kicker = m.showKicker && a.authored.kicker ? `<span class="kicker">${esc(a.authored.kicker)}</span>\n` : '';
    return [
      `<li class="${m.itemClass}">`,
      kicker + `<h3>${link(a.path, a.authored.title)}</h3>`,
      `<p class="lead">${esc(a.authored.lead)}</p>`,
      `<time datetime="${a.published.toISOString()}">${jalaliDayMonth(t)} - ${clock(t)}</time>`,
      '</li>',
    ].join('\n');
  });
  const empty = items.length === 0 ? '<p class="empty">خبری در این بخش منتشر نشده است.</p>' : '';
  return [
    ...docStart(),
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(heading)}</title>`,
    ...(m.head ?? []),
    metaName('description', `${outlet.nameFa}: آخرین اخبار ایران و جهان`),
    metaProp('og:site_name', outlet.nameFa),
    canonical(page.path),
    feedLink(outlet),
    '</head>',
    `<body class="${m.bodyClass}">`,
    `<header class="site-header"><div class="logo">${link(outlet.homepage, outlet.nameFa)}</div>`,
    navMenu(outlet, m.sectionPath, m.navClass),
    '</header>',
    '<main>',
    `<h1 class="page-title">${esc(heading)}</h1>`,
    empty,
    items.length ? `<ul class="${m.listClass}">\n${items.join('\n')}\n</ul>` : '',
    '</main>',
    `<footer class="site-footer"><p>${esc(copyrightLine(outlet))}</p></footer>`,
    '</body>',
    '</html>',
  ]
    .filter((l) => l !== '')
    .join('\n')
    .concat('\n');
}
