// BBC Persian (Simorgh): generated `bbc-*` class names, `h1#content`, the lead as the first bold paragraph,
// a date-only `<time datetime>` shown as Jalali, JSON-LD with the full UTC time; no kicker, code or comments.
import { esc } from '../escape.ts';
import { canonical, docStart, feedLink, newsArticleJsonLd, socialMeta } from '../html-head.ts';
import { renderBody } from '../html-body.ts';
import { copyrightLine, link, navMenu, shareLinks, teaserList, tagPath } from '../html-blocks.ts';
import { listPageHtml } from '../html-list.ts';
import { jalaliDayMonth, tehranTime } from '../jalali.ts';
import type { Outlet, SiteArticle } from '../model.ts';
import { pageTitle } from '../outlet-style.ts';
import type { FamilyTemplate } from './types.ts';

const sectionPath = (o: Outlet, key: string) => `/${o.slug}/topics/${key}`;
const block = (inner: string) => `<div dir="rtl" class="bbc-19j92fr ebmt73l0">${inner}</div>`;

function article(a: SiteArticle): string[] {
  const { authored: x, outlet } = a;
  const body = renderBody(a, bbc.readMoreLabel, {
    paragraph: (h) => block(`<p dir="rtl" class="bbc-1gjryo4 e17g058b0">${h}</p>`),
    heading: (h) => block(`<h2 dir="rtl" class="bbc-1n4fy6z e17g058b0">${h}</h2>`),
    readMore: (label, anchor) =>
      block(
        `<p dir="rtl" class="bbc-1gjryo4 e17g058b0"><b>${label}</b></p><ul class="bbc-1ld1ahq"><li>${anchor}</li></ul>`,
      ),
  });
  const topics = (x.tags ?? []).map((t) => `<li>${link(tagPath(outlet, t), t, 'bbc-1hy5lb1')}</li>`);
  return [
    '<main role="main" class="bbc-fa0wmp"><div class="bbc-1151pbn ebmt73l0">',
    `<h1 id="content" tabindex="-1" class="bbc-14gqcmb e1p3vdyi0">${esc(x.title)}</h1>`,
    '<div class="bbc-1a3w4ok ejgcsb0">',
    `<time datetime="${a.published.toISOString().slice(0, 10)}" class="bbc-xvuncs e1mklfmt0">${jalaliDayMonth(tehranTime(a.published))}</time>`,
    '</div>',
    block(`<p dir="rtl" class="bbc-1gjryo4 e17g058b0"><b dir="rtl">${esc(x.lead)}</b></p>`),
    ...body,
    '</div>',
    topics.length
      ? `<section aria-labelledby="related-topics" class="bbc-1c3fo6e"><h2 id="related-topics">موضوعات مرتبط</h2><ul>${topics.join('')}</ul></section>`
      : '',
    shareLinks(a, 'bbc-share'),
    '</main>',
  ];
}

export const bbc: FamilyTemplate = {
  articlePath: ({ outlet, code }) => `/${outlet.slug}/articles/${code}`,
  sectionPath,
  hasShortLink: false,
  showsKicker: false,
  showsNewsCode: false,
  hasComments: false,
  readMoreLabel: 'بیشتر بخوانید:',
  articlePage(a) {
    const { outlet } = a;
    return [
      ...docStart(),
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      `<title>${esc(pageTitle(outlet, a.authored.title))}</title>`,
      ...socialMeta(a),
      canonical(a.path),
      feedLink(outlet),
      newsArticleJsonLd(a),
      '</head>',
      '<body><div id="root">',
      `<header role="banner" class="bbc-1gy6r5t">${link(outlet.homepage, 'بی‌بی‌سی نیوز فارسی', 'bbc-1c5aiu2')}`,
      navMenu(outlet, sectionPath, 'bbc-1a0v0ek'),
      '</header>',
      ...article(a),
      teaserList('پربیننده‌ترین‌ها', a.mostViewed, 'bbc-most-read'),
      teaserList('مطالب تازه', a.latest, 'bbc-latest'),
      `<footer role="contentinfo" class="bbc-1fx5tay"><p>${esc(copyrightLine(outlet))}</p>`,
      '</footer>',
      '</div></body>',
      '</html>',
    ]
      .filter(Boolean)
      .join('\n')
      .concat('\n');
  },
  listPage: (page) =>
    listPageHtml(page, {
      sectionPath,
      bodyClass: 'bbc-home',
      listClass: 'bbc-promo-list',
      itemClass: 'bbc-promo',
      navClass: 'bbc-1a0v0ek',
      showKicker: false,
    }),
};
