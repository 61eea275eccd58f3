// IranSamaneh (Tabnak, YJC): `.rutitr`, `h1.title`, `.subtitle`, `.body`; the date only as visible Jalali text
// plus JSON-LD with Tehran's offset; breadcrumbs in `.news_path`, tags in `.tags_title`.
import { esc } from '../escape.ts';
import { canonical, docStart, feedLink, metaName, newsArticleJsonLd, socialMeta } from '../html-head.ts';
import { renderBody } from '../html-body.ts';
import {
  commentsSection,
  copyrightLine,
  link,
  navMenu,
  shareLinks,
  shortLinkBox,
  teaserList,
  tagPath,
} from '../html-blocks.ts';
import { listPageHtml } from '../html-list.ts';
import { clock, isoTehran, jalaliNumeric, tehranTime } from '../jalali.ts';
import type { Outlet, SiteArticle } from '../model.ts';
import { pageTitle } from '../outlet-style.ts';
import { faDigits, titleSlug } from '../persian.ts';
import { sectionKey } from '../sections.ts';
import type { FamilyTemplate } from './types.ts';

const sectionPath = (o: Outlet, key: string) => `/${o.slug}/fa/services/${key}`;

/** Tabnak: «تاریخ انتشار: ۱۱:۴۵ - ۰۳ آذر ۱۴۰۵»; YJC: «۱۴۰۵/۰۹/۰۳ - ۱۱:۴۵». */
function visibleDate(a: SiteArticle): string {
  const t = tehranTime(a.published);
  if (a.outlet.slug === 'yjc') return `<span class="date-color-news">${jalaliNumeric(t)} - ${clock(t)}</span>`;
  const day = faDigits(String(t.jd).padStart(2, '0'));
  return `<span class="fa_date">تاریخ انتشار: ${clock(t)} - ${day} ${t.monthName} ${faDigits(t.jy)}</span>`;
}

function tags(a: SiteArticle): string {
  const list = a.authored.tags ?? [];
  if (!list.length) return '';
  const anchors = list.map((t) => link(tagPath(a.outlet, t), t, 'tag_item'));
  return `<div class="tags_title">برچسب‌ها: ${anchors.join(' ، ')}</div>`;
}

function article(a: SiteArticle): string[] {
  const { authored: x, outlet } = a;
  const body = renderBody(a, iransamaneh.readMoreLabel, {
    paragraph: (h) => `<p style="text-align: justify;">${h}</p>`,
    heading: (h) => `<h2>${h}</h2>`,
    readMore: (label, anchor) => `<p><span style="color:#c0392b;"><strong>${label}</strong></span> ${anchor}</p>`,
  });
  const container = outlet.slug === 'yjc' ? 'news-box news_body_serv2' : 'gutter_news';
  return [
    `<div class="${container}">`,
    `<div class="news_path">${link(outlet.homepage, 'صفحه نخست')} » ${link(sectionPath(outlet, sectionKey(x.section)), x.section)}</div>`,
    `<div class="news_nav news_id_c">کد خبر: ${faDigits(a.code)}</div>`,
    `<div class="news_nav news_pdate_c">${visibleDate(a)}</div>`,
    x.kicker ? `<div class="rutitr">${esc(x.kicker)}</div>` : '',
    `<h1 class="title">${link(a.path, x.title)}</h1>`,
    `<div class="subtitle">${esc(x.lead)}</div>`,
    '<div class="body">',
    ...body,
    '</div>',
    tags(a),
    shortLinkBox(a, 'short-link news_short_link', 'short_link_' + a.code),
    shareLinks(a, 'news_share'),
    '</div>',
  ];
}

export const iransamaneh: FamilyTemplate = {
  articlePath: ({ outlet, code, title }) => `/${outlet.slug}/fa/news/${code}/${titleSlug(title)}`,
  sectionPath,
  hasShortLink: true,
  showsKicker: true,
  showsNewsCode: true,
  hasComments: true,
  readMoreLabel: 'حتما بخوانید:',
  articlePage(a) {
    const { outlet } = a;
    return [
      ...docStart(),
      `<title>${esc(pageTitle(outlet, a.authored.title))}</title>`,
      metaName('keywords', (a.authored.tags ?? []).join(',')),
      ...socialMeta(a),
      canonical(a.path),
      feedLink(outlet),
      newsArticleJsonLd(a, { date: isoTehran }),
      '</head>',
      '<body>',
      `<div class="header"><div class="logo_top">${link(outlet.homepage, outlet.nameFa)}</div>`,
      navMenu(outlet, sectionPath, 'main_menu'),
      '</div>',
      '<div class="main_body"><div class="col1 col1-news">',
      ...article(a),
      commentsSection(a, 'comments_box'),
      '</div><div class="col2">',
      teaserList('آخرین اخبار', a.latest, 'last_news', true),
      teaserList('پربیننده‌ترین', a.mostViewed, 'most_viewed'),
      '</div></div>',
      `<div class="footer"><p>${esc(copyrightLine(outlet))}</p>`,
      '<p>طراحی و اجرا: ایران سامانه</p></div>',
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
      listClass: 'news_list',
      itemClass: 'news_item',
      navClass: 'main_menu',
      showKicker: true,
    }),
};
