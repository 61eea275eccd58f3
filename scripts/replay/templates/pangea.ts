// Pangea (Radio Farda): `h1.title.pg-title`, `time[datetime]` in UTC with +00:00 inside `.published`,
// the lead as `.intro`, the text in `#article-content .wsw`, related embeds inside the text; JSON-LD.
import { esc } from '../escape.ts';
import { canonical, docStart, feedLink, newsArticleJsonLd, socialMeta } from '../html-head.ts';
import { renderBody } from '../html-body.ts';
import { copyrightLine, link, navMenu, shareLinks, tagLinks, teaserList } from '../html-blocks.ts';
import { listPageHtml } from '../html-list.ts';
import { clock, jalaliDayMonth, tehranTime } from '../jalali.ts';
import type { Outlet, SiteArticle } from '../model.ts';
import { pageTitle } from '../outlet-style.ts';
import { titleSlug } from '../persian.ts';
import { sectionKey } from '../sections.ts';
import type { FamilyTemplate } from './types.ts';

const sectionPath = (o: Outlet, key: string) => `/${o.slug}/z/${key}`;
const plusZero = (d: Date) => `${d.toISOString().slice(0, 19)}+00:00`;

function article(a: SiteArticle): string[] {
  const { authored: x, outlet } = a;
  const t = tehranTime(a.published);
  const body = renderBody(a, pangea.readMoreLabel, {
    paragraph: (h) => `<p>${h}</p>`,
    heading: (h) => `<h3 class="wsw__h3">${h}</h3>`,
    readMore: (label, anchor) =>
      `<div class="wsw__embed"><div class="media-block-wrap"><h2 class="section-head">${label}</h2><ul><li class="media-block">${anchor}</li></ul></div></div>`,
  });
  return [
    '<div class="container"><div class="row">',
    `<div class="category js-category">${link(sectionPath(outlet, sectionKey(x.section)), x.section)}</div>`,
    `<div class="col-title col-xs-12 col-md-10 pull-right"><h1 class="title pg-title">${esc(x.title)}</h1></div>`,
    '<div class="col-publishing-details"><div class="publishing-details"><div class="published">',
    `<span class="date"><time pubdate="pubdate" datetime="${plusZero(a.published)}">${t.weekday} ${jalaliDayMonth(t)} - ${clock(t)}</time></span>`,
    '</div></div></div>',
    `<div class="intro m-t-md"><p>${esc(x.lead)}</p></div>`,
    '<div id="article-content" class="content-floated-wrap fb-quotable"><div class="wsw">',
    ...body,
    '</div></div>',
    tagLinks(a, 'tags-list'),
    shareLinks(a, 'links-share'),
    '</div></div>',
  ];
}

export const pangea: FamilyTemplate = {
  articlePath: ({ outlet, code, title }) => `/${outlet.slug}/a/${titleSlug(title, 8)}/${code}.html`,
  sectionPath,
  hasShortLink: false,
  showsKicker: false,
  showsNewsCode: false,
  hasComments: false,
  readMoreLabel: 'مطلب مرتبط:',
  articlePage(a) {
    const { outlet } = a;
    return [
      ...docStart(),
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      `<title>${esc(pageTitle(outlet, a.authored.title))}</title>`,
      ...socialMeta(a),
      canonical(a.path),
      feedLink(outlet),
      newsArticleJsonLd(a, { date: plusZero }),
      '</head>',
      '<body class="pg-article">',
      `<header class="hdr">${link(outlet.homepage, outlet.nameFa, 'header__logo')}`,
      navMenu(outlet, sectionPath, 'main-nav'),
      '</header>',
      '<div id="content">',
      ...article(a),
      teaserList('تازه‌ترین‌ها', a.latest, 'media-block-wrap latest', true),
      teaserList('پربیننده‌ترین', a.mostViewed, 'media-block-wrap most-popular'),
      '</div>',
      `<footer class="ftr"><p>${esc(copyrightLine(outlet))}</p></footer>`,
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
      bodyClass: 'pg-home',
      listClass: 'media-block-list',
      itemClass: 'media-block',
      navClass: 'main-nav',
      showKicker: false,
    }),
};
