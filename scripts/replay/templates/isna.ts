// ISNA's own layout: `.kicker`, `h1.first-title`, `p.summary`, `.item-text[itemprop=articleBody]` ending in
// «انتهای پیام», `.meta-news` list for date and section, `footer.tags`; `nastooh:code` and
// article:published_time in the head, as the agency's pages carry them.
import { esc } from '../escape.ts';
import { canonical, docStart, feedLink, metaProp, newsArticleJsonLd, socialMeta } from '../html-head.ts';
import { renderBody } from '../html-body.ts';
import {
  commentsSection,
  copyrightLine,
  link,
  navMenu,
  shareLinks,
  shortLinkBox,
  tagLinks,
  teaserList,
} from '../html-blocks.ts';
import { listPageHtml } from '../html-list.ts';
import { clock, isoUtc, jalaliDayMonth, tehranTime } from '../jalali.ts';
import type { Outlet, SiteArticle } from '../model.ts';
import { endMarker, pageTitle } from '../outlet-style.ts';
import { faDigits, titleSlug } from '../persian.ts';
import type { FamilyTemplate } from './types.ts';

const sectionPath = (o: Outlet, key: string) => `/${o.slug}/service/${key}`;

function metaNews(a: SiteArticle): string {
  const t = tehranTime(a.published);
  const row = (icon: string, title: string, text: string, prop = '') =>
    `<li><i class="fa ${icon}"></i><span class="title-meta">${title}</span><span class="text-meta"${prop}>${text}</span></li>`;
  return [
    '<div class="meta-news"><ul>',
    row('fa-calendar-o', 'تاریخ انتشار:', `${t.weekday} / ${jalaliDayMonth(t)} / ${clock(t)}`),
    row('fa-folder-o', 'دسته‌بندی:', esc(a.authored.section), ' itemprop="articleSection"'),
    row('fa-hashtag', 'کد خبر:', faDigits(a.code)),
    '</ul></div>',
  ].join('\n');
}

function article(a: SiteArticle): string[] {
  const { authored: x } = a;
  const body = renderBody(a, isna.readMoreLabel, {
    paragraph: (h) => `<p>${h}</p>`,
    heading: (h) => `<h2>${h}</h2>`,
    readMore: (label, anchor) => `<p><strong>${label}</strong></p>\n<p>${anchor}</p>`,
  });
  return [
    '<article id="item" class="item" itemscope itemtype="http://schema.org/NewsArticle">',
    '<header class="item-header">',
    x.kicker ? `<h2 class="kicker">${esc(x.kicker)}</h2>` : '',
    `<h1 class="first-title" itemprop="headline">${esc(x.title)}</h1>`,
    '</header>',
    metaNews(a),
    '<div class="item-body">',
    `<p class="summary" itemprop="description">${esc(x.lead)}</p>`,
    '<div class="item-text" itemprop="articleBody">',
    ...body,
    `<p>${endMarker(a) ?? 'انتهای پیام'}</p>`,
    '</div>',
    '</div>',
    shortLinkBox(a),
    tagLinks(a, 'tags', 'footer'),
    shareLinks(a, 'item-share'),
    '</article>',
  ];
}

export const isna: FamilyTemplate = {
  articlePath: ({ outlet, code, title }) => `/${outlet.slug}/news/${code}/${titleSlug(title)}`,
  sectionPath,
  hasShortLink: true,
  showsKicker: true,
  showsNewsCode: true,
  hasComments: true,
  readMoreLabel: 'بیشتر بخوانید:',
  articlePage(a) {
    const { outlet } = a;
    return [
      ...docStart(),
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      `<title>${esc(pageTitle(outlet, a.authored.title))}</title>`,
      metaProp('nastooh:code', a.code),
      metaProp('article:published_time', isoUtc(a.published)),
      metaProp('article:section', a.authored.section),
      ...socialMeta(a),
      canonical(a.path),
      feedLink(outlet),
      newsArticleJsonLd(a),
      '</head>',
      '<body>',
      `<header id="header"><div class="logo">${link(outlet.homepage, 'خبرگزاری دانشجویان ایران')}</div>`,
      navMenu(outlet, sectionPath, 'navbar-nav'),
      '</header>',
      '<main id="main"><div class="container"><div class="row"><div class="col-md-8">',
      ...article(a),
      commentsSection(a, 'comments'),
      '</div><aside class="col-md-4">',
      teaserList('تازه‌ها', a.latest, 'box latest', true),
      teaserList('پربازدیدها', a.mostViewed, 'box most-visited'),
      '</aside></div></div></main>',
      `<footer id="footer"><p>${esc(copyrightLine(outlet))}</p></footer>`,
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
      bodyClass: 'home',
      listClass: 'items',
      itemClass: 'item',
      navClass: 'navbar-nav',
      showKicker: true,
    }),
};
