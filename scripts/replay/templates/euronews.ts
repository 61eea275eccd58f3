// Euronews Persian: `article.o-article-newsy`, `h1.c-article-title`, `p.c-article-summary`,
// `.c-article-content` holding related widgets and a Telegram promo, `time[datetime]` and
// article:published_time in Central European Time; the visible date is Gregorian, as the site shows it.
import { esc } from '../escape.ts';
import { canonical, docStart, feedLink, metaProp, socialMeta } from '../html-head.ts';
import { renderBody } from '../html-body.ts';
import { copyrightLine, link, navMenu, shareLinks, teaserList, tagPath } from '../html-blocks.ts';
import { listPageHtml } from '../html-list.ts';
import type { Outlet, SiteArticle } from '../model.ts';
import { pageTitle } from '../outlet-style.ts';
import { faDigits, titleSlug } from '../persian.ts';
import type { FamilyTemplate } from './types.ts';

const sectionPath = (o: Outlet, key: string) => `/${o.slug}/${key}`;
const pad = (n: number) => String(n).padStart(2, '0');

/** Brussels and Lyon are on UTC+1 in late November. */
function cet(d: Date): { iso: string; visible: string } {
  const l = new Date(d.getTime() + 60 * 60_000);
  const iso = `${l.toISOString().slice(0, 19)}+01:00`;
  const date = `${pad(l.getUTCDate())}/${pad(l.getUTCMonth() + 1)}/${l.getUTCFullYear()}`;
  return { iso, visible: faDigits(`${date} - ${pad(l.getUTCHours())}:${pad(l.getUTCMinutes())}`) };
}

function article(a: SiteArticle): string[] {
  const { authored: x, outlet } = a;
  const when = cet(a.published);
  const body = renderBody(a, euronews.readMoreLabel, {
    paragraph: (h) => `<p>${h}</p>`,
    heading: (h) => `<h2>${h}</h2>`,
    readMore: (label, anchor) =>
      `<div class="widget widget--type-related"><span class="widget__title">${label}</span><div class="widget__item">${anchor}</div></div>`,
  });
  const tags = (x.tags ?? []).map((t) => `<div>${link(tagPath(outlet, t), t, 'c-tags__link')}</div>`);
  return [
    '<article class="o-article-newsy">',
    `<h1 class="c-article-title">${esc(x.title)}</h1>`,
    `<div class="c-article-date">به‌روز شده: <time datetime="${when.iso}">${when.visible}</time> به وقت اروپای مرکزی</div>`,
    `<p class="c-article-summary">${esc(x.lead)}</p>`,
    '<div class="c-article-content js-article-content">',
    ...body,
    '<p class="c-article-promo"><strong>برای دنبال کردن تازه‌ترین خبرها به کانال تلگرام یورونیوز فارسی بپیوندید.</strong></p>',
    '</div>',
    tags.length ? `<div id="adb-article-tags" class="c-article-tags">${tags.join('')}</div>` : '',
    shareLinks(a, 'c-share-buttons'),
    '</article>',
  ];
}

export const euronews: FamilyTemplate = {
  articlePath: ({ outlet, title, published }) => {
    const d = new Date(published.getTime() + 60 * 60_000);
    return `/${outlet.slug}/${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${titleSlug(title, 10)}`;
  },
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
      metaProp('article:published_time', cet(a.published).iso),
      metaProp('article:section', a.authored.section),
      ...socialMeta(a),
      canonical(a.path),
      feedLink(outlet),
      '</head>',
      '<body class="t-euronews">',
      `<header class="c-header">${link(outlet.homepage, outlet.nameFa, 'c-header__logo')}`,
      navMenu(outlet, sectionPath, 'c-header__nav'),
      '</header>',
      '<main class="o-page">',
      ...article(a),
      teaserList('آخرین خبرها', a.latest, 'c-latest-news', true),
      teaserList('پربیننده‌ترین‌ها', a.mostViewed, 'c-most-viewed'),
      '</main>',
      `<footer class="c-footer"><p>${esc(copyrightLine(outlet))}</p></footer>`,
      '</body>',
      '</html>',
    ]
      .filter(Boolean)
      .join('\n')
      .concat('\n');
  },
  listPage: (page) =>
    listPageHtml(page, {
      sectionPath,
      bodyClass: 't-euronews home',
      listClass: 'o-block-listing',
      itemClass: 'o-block-listing__item',
      navClass: 'c-header__nav',
      showKicker: false,
    }),
};
