// Nastooh (IRNA, Mehr, Khabaronline, Hamshahri): `nastooh:*` meta, article:published_time in UTC, JSON-LD,
// `.item-title h4.kicker`, `h1.title`, `.item-summary p.introtext`, `.item-body .item-text`, `section.tags`.
import { esc } from '../escape.ts';
import { canonical, docStart, feedLink, metaName, metaProp, newsArticleJsonLd, socialMeta } from '../html-head.ts';
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
import { MEHR_COPYRIGHT, endMarker, pageTitle } from '../outlet-style.ts';
import { faDigits, titleSlug } from '../persian.ts';
import { sectionKey } from '../sections.ts';
import type { FamilyTemplate } from './types.ts';

const sectionPath = (o: Outlet, key: string) => `/${o.slug}/service/${key}`;

/** «۳ آذر ۱۴۰۵ - ۱۱:۴۵»; IRNA separates the time with «،» instead. */
function visibleDate(a: SiteArticle): string {
  const t = tehranTime(a.published);
  const sep = a.outlet.slug === 'irna' ? '، ' : ' - ';
  return `${jalaliDayMonth(t)}${sep}${clock(t)}`;
}

function head(a: SiteArticle): string[] {
  const { authored: x, outlet } = a;
  return [
    ...docStart(),
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(pageTitle(outlet, x.title))}</title>`,
    metaName('generator', 'www.nastooh.ir'),
    ...(outlet.slug === 'mehr' ? [metaName('copyright', MEHR_COPYRIGHT)] : []),
    metaProp('nastooh:code', a.code),
    metaProp('nastooh:nid', a.code),
    metaProp('nastooh:topic', sectionKey(x.section)),
    metaProp('nastooh:newsType', 'news'),
    metaProp('nastooh:publishDate', a.published.toISOString().slice(0, 10)),
    metaProp('article:published_time', isoUtc(a.published)),
    metaProp('article:section', x.section),
    ...(x.tags ?? []).map((t) => metaProp('article:tag', t)),
    ...socialMeta(a),
    canonical(a.path),
    feedLink(outlet),
    newsArticleJsonLd(a),
    '</head>',
  ];
}

function article(a: SiteArticle): string[] {
  const { authored: x, outlet } = a;
  const body = renderBody(a, nastooh.readMoreLabel, {
    paragraph: (h) => `<p>${h}</p>`,
    heading: (h) => `<h3>${h}</h3>`,
    readMore: (label, anchor) => `<p class="read-more"><strong>${label}</strong> ${anchor}</p>`,
  });
  const end = endMarker(a);
  return [
    '<article id="item" class="item news" itemscope itemtype="http://schema.org/NewsArticle">',
    '<div class="item-nav">',
    `<ol class="breadcrumb"><li>${link(outlet.homepage, outlet.nameFa)}</li>`,
    `<li>${link(sectionPath(outlet, sectionKey(x.section)), x.section)}</li></ol>`,
    `<div class="item-date"><span>${visibleDate(a)}</span></div>`,
    `<div class="item-code"><span>کد خبر: ${faDigits(a.code)}</span></div>`,
    shortLinkBox(a),
    '</div>',
    '<header class="item-header"><div class="item-title">',
    x.kicker ? `<h4 class="subtitle kicker">${esc(x.kicker)}</h4>` : '',
    `<h1 class="title" itemprop="headline">${link(a.path, x.title)}</h1>`,
    '</div>',
    `<div class="item-summary"><p class="summary introtext" itemprop="description">${esc(x.lead)}</p></div>`,
    '</header>',
    '<div class="item-body"><div class="item-text" itemprop="articleBody">',
    ...body,
    end ? `<p class="end-message">${end}</p>` : '',
    '</div></div>',
    tagLinks(a, 'tags'),
    shareLinks(a, 'item-share'),
    '</article>',
  ];
}

export const nastooh: FamilyTemplate = {
  articlePath: ({ outlet, code, title }) => `/${outlet.slug}/news/${code}/${titleSlug(title)}`,
  sectionPath,
  hasShortLink: true,
  showsKicker: true,
  showsNewsCode: true,
  hasComments: true,
  readMoreLabel: 'بیشتر بخوانید:',
  articlePage(a) {
    const { outlet } = a;
    const t = tehranTime(a.published);
    return [
      ...head(a),
      '<body class="news-page">',
      '<header id="header"><div class="container">',
      `<div class="logo">${link(outlet.homepage, outlet.nameFa)}</div>`,
      `<div class="header-date">${t.weekday} ${jalaliDayMonth(t)}</div>`,
      navMenu(outlet, sectionPath, 'menu'),
      '</div></header>',
      '<main id="main"><div class="container"><div class="row"><div class="col-md-8 col-main">',
      ...article(a),
      commentsSection(a, 'comments item-comments'),
      '</div><aside class="col-md-4 col-side">',
      teaserList('آخرین اخبار', a.latest, 'box latest-news', true),
      teaserList('پربازدیدترین', a.mostViewed, 'box most-visited'),
      '</aside></div></div></main>',
      `<footer id="footer"><div class="container"><p class="copyright">${esc(copyrightLine(outlet))}</p>`,
      `<p class="powered">طراحی و تولید: نستوه</p></div></footer>`,
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
      listClass: 'news-list',
      itemClass: 'news',
      navClass: 'menu',
      showKicker: true,
      head: [metaName('generator', 'www.nastooh.ir')],
    }),
};
