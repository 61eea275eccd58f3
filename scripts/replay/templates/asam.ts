// Asam (Tasnim): `.uptitle`, `h1.title`, `.lead`, `.article_body #echo_detail`; the only machine-readable
// date is `<time datetime>` with Tehran's offset; URLs carry the Jalali date.
import { esc } from '../escape.ts';
import { canonical, docStart, feedLink, socialMeta } from '../html-head.ts';
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
import { isoTehran, tehranTime } from '../jalali.ts';
import type { Outlet, SiteArticle } from '../model.ts';
import { endMarker, pageTitle } from '../outlet-style.ts';
import { faDigits, titleSlug } from '../persian.ts';
import { sectionKey } from '../sections.ts';
import type { FamilyTemplate } from './types.ts';

const sectionPath = (o: Outlet, key: string) => `/${o.slug}/fa/service/${key}`;
const pad = (n: number) => String(n).padStart(2, '0');

/** Tasnim's «۰۳/۰۹/۱۴۰۵ ۱۱:۴۵:۰۰ ق.ظ»: day/month/year and a 12-hour clock with ق.ظ / ب.ظ. */
function visibleDate(a: SiteArticle): string {
  const t = tehranTime(a.published);
  const h12 = t.hour % 12 === 0 ? 12 : t.hour % 12;
  const half = t.hour < 12 ? 'ق.ظ' : 'ب.ظ';
  return faDigits(`${pad(t.jd)}/${pad(t.jm)}/${t.jy} ${pad(h12)}:${pad(t.minute)}:${pad(t.second)}`) + ` ${half}`;
}

function article(a: SiteArticle): string[] {
  const { authored: x, outlet } = a;
  const body = renderBody(a, asam.readMoreLabel, {
    paragraph: (h) => `<p>${h}</p>`,
    heading: (h) => `<h3>${h}</h3>`,
    readMore: (label, anchor) => `<p class="related-inline"><b>${label}</b><br>${anchor}</p>`,
  });
  const end = endMarker(a);
  return [
    '<article class="single-news news_content">',
    '<div class="breadcrumb_list"><ul>',
    `<li>${link(outlet.homepage, 'صفحه اصلی')}</li>`,
    `<li class="service">${link(sectionPath(outlet, sectionKey(x.section)), x.section)}</li>`,
    '</ul></div>',
    '<div class="news_header">',
    x.kicker ? `<h2 class="uptitle kicker">${esc(x.kicker)}</h2>` : '',
    `<h1 class="title">${esc(x.title)}</h1>`,
    `<div class="news_meta"><time datetime="${isoTehran(a.published)}">${visibleDate(a)}</time>`,
    `<span class="news_id">کد خبر: ${faDigits(a.code)}</span></div>`,
    `<p class="lead">${esc(x.lead)}</p>`,
    '</div>',
    '<div class="article_body"><div id="echo_detail" class="story">',
    ...body,
    end ? `<p class="end-line">${end}</p>` : '',
    '</div></div>',
    tagLinks(a, 'article_tags'),
    shortLinkBox(a, 'short_link'),
    shareLinks(a, 'share_box'),
    '</article>',
  ];
}

export const asam: FamilyTemplate = {
  articlePath: ({ outlet, code, title, published }) => {
    const t = tehranTime(published);
    return `/${outlet.slug}/fa/news/${t.jy}/${pad(t.jm)}/${pad(t.jd)}/${code}/${titleSlug(title)}`;
  },
  sectionPath,
  hasShortLink: true,
  showsKicker: true,
  showsNewsCode: true,
  hasComments: true,
  readMoreLabel: 'در این رابطه بخوانید:',
  articlePage(a) {
    const { outlet } = a;
    return [
      ...docStart(),
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      `<title>${esc(pageTitle(outlet, a.authored.title))}</title>`,
      ...socialMeta(a),
      canonical(a.path),
      feedLink(outlet),
      '</head>',
      '<body class="rtl">',
      `<header class="main-header">${link(outlet.homepage, outlet.nameFa, 'brand')}`,
      navMenu(outlet, sectionPath, 'main-menu'),
      '</header>',
      '<main class="container"><div class="row"><div class="col-lg-8">',
      ...article(a),
      commentsSection(a, 'news_comments'),
      '</div><aside class="col-lg-4">',
      teaserList('آخرین اخبار', a.latest, 'latest_news', true),
      teaserList('پربازدیدها', a.mostViewed, 'most_visited'),
      '</aside></div></main>',
      `<footer class="main-footer"><p>${esc(copyrightLine(outlet))}</p><p>طراحی و توسعه: آسام</p></footer>`,
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
      bodyClass: 'rtl home',
      listClass: 'list_news',
      itemClass: 'news_item',
      navClass: 'main-menu',
      showKicker: true,
    }),
};
