// Fars's own layout (2023): `.header time[datetime]` in UTC with milliseconds, `h2.category-name`, `h1.title`
// followed by `p.lead`, `.nt-body[itemprop=articleBody]`, `.publish-time`, `div.short-url`, `div.tags a`.
import { esc } from '../escape.ts';
import { canonical, docStart, feedLink, socialMeta } from '../html-head.ts';
import { renderBody } from '../html-body.ts';
import { commentsSection, copyrightLine, link, navMenu, shareLinks, teaserList, tagPath } from '../html-blocks.ts';
import { listPageHtml } from '../html-list.ts';
import { clock, jalaliDayMonth, tehranTime } from '../jalali.ts';
import type { Outlet, SiteArticle } from '../model.ts';
import { endMarker, pageTitle } from '../outlet-style.ts';
import { faDigits, titleSlug } from '../persian.ts';
import { sectionKey } from '../sections.ts';
import { absUrl } from '../urls.ts';
import type { FamilyTemplate } from './types.ts';

const sectionPath = (o: Outlet, key: string) => `/${o.slug}/${key}`;

function article(a: SiteArticle): string[] {
  const { authored: x, outlet } = a;
  const t = tehranTime(a.published);
  const body = renderBody(a, fars.readMoreLabel, {
    paragraph: (h) => `<p>${h}</p>`,
    heading: (h) => `<h2>${h}</h2>`,
    readMore: (label, anchor) => `<div class="read-more-box"><span>${label}</span> ${anchor}</div>`,
  });
  const end = endMarker(a);
  const tags = (x.tags ?? []).map((tag) => link(tagPath(outlet, tag), tag, 'radius'));
  return [
    '<div class="news-box">',
    '<div class="header">',
    `<h2 class="category-name">${link(sectionPath(outlet, sectionKey(x.section)), x.section)}</h2>`,
    `<time datetime="${a.published.toISOString()}" class="publish-time">${jalaliDayMonth(t)} - ${clock(t)}</time>`,
    `<span class="news-code">کد خبر: ${faDigits(a.code)}</span>`,
    '</div>',
    x.kicker ? `<h3 class="subtitle kicker">${esc(x.kicker)}</h3>` : '',
    `<h1 class="title">${esc(x.title)}</h1>`,
    `<p class="lead">${esc(x.lead)}</p>`,
    '<div class="nt-body text-body" itemprop="articleBody">',
    ...body,
    end ? `<p class="end-message">${end}</p>` : '',
    '</div>',
    tags.length ? `<div class="tags">${tags.join('\n')}</div>` : '',
    a.shortPath
      ? `<div class="short-url"><span>لینک کوتاه:</span> <span dir="ltr">${esc(absUrl(a.shortPath))}</span></div>`
      : '',
    shareLinks(a, 'share-box'),
    '</div>',
  ];
}

export const fars: FamilyTemplate = {
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
      ...socialMeta(a),
      canonical(a.path),
      feedLink(outlet),
      '</head>',
      '<body>',
      '<div id="app">',
      `<header class="top-header">${link(outlet.homepage, 'خبرگزاری فارس', 'logo')}`,
      navMenu(outlet, sectionPath, 'top-menu'),
      '</header>',
      '<div class="container"><div class="row"><div class="col-lg-8">',
      ...article(a),
      commentsSection(a, 'comments-box'),
      '</div><div class="col-lg-4 sidebar">',
      teaserList('آخرین اخبار', a.latest, 'last-news', true),
      teaserList('پربازدیدترین‌ها', a.mostViewed, 'most-visited'),
      '</div></div></div>',
      `<footer class="footer"><p>${esc(copyrightLine(outlet))}</p></footer>`,
      '</div>',
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
      listClass: 'showcase-list',
      itemClass: 'news-item',
      navClass: 'top-menu',
      showKicker: true,
    }),
};
