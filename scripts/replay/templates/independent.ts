// Independent Persian (Drupal): `/node/<nid>/<section>/<title>` URLs, `h1.page-header`, the lead in
// `.field--name-field-summary`, the text in `.field--name-body`; the only date is `<time datetime>` in UTC.
import { esc } from '../escape.ts';
import { canonical, docStart, feedLink, socialMeta } from '../html-head.ts';
import { renderBody } from '../html-body.ts';
import { copyrightLine, link, navMenu, shareLinks, teaserList, tagPath } from '../html-blocks.ts';
import { listPageHtml } from '../html-list.ts';
import { clock, isoUtc, jalaliDayMonth, tehranTime } from '../jalali.ts';
import type { Outlet, SiteArticle } from '../model.ts';
import { pageTitle } from '../outlet-style.ts';
import { titleSlug } from '../persian.ts';
import { SECTIONS } from '../sections.ts';
import type { FamilyTemplate } from './types.ts';

/** Drupal taxonomy paths use the Persian term name. */
const sectionPath = (o: Outlet, key: string) =>
  `/${o.slug}/${titleSlug(SECTIONS.find((s) => s.key === key)?.fa ?? key)}`;

function article(a: SiteArticle): string[] {
  const { authored: x, outlet } = a;
  const t = tehranTime(a.published);
  const body = renderBody(a, independent.readMoreLabel, {
    paragraph: (h) => `<p>${h}</p>`,
    heading: (h) => `<h2>${h}</h2>`,
    readMore: (label, anchor) =>
      `<blockquote class="embedded-entity related-article"><p>${label} ${anchor}</p></blockquote>`,
  });
  const tags = (x.tags ?? []).map((tag) => `<div class="field--item">${link(tagPath(outlet, tag), tag)}</div>`);
  const sectionKeyOf = SECTIONS.find((s) => s.fa === x.section)?.key ?? 'other';
  return [
    '<article role="article" class="node node--type-article node--view-mode-full">',
    `<div class="field field--name-field-section">${link(sectionPath(outlet, sectionKeyOf), x.section)}</div>`,
    `<h1 class="page-header"><span class="field field--name-title">${esc(x.title)}</span></h1>`,
    `<div class="article-date"><time datetime="${isoUtc(a.published)}">${t.weekday} ${jalaliDayMonth(t)} - ${clock(t)}</time></div>`,
    `<div class="field field--name-field-summary"><p>${esc(x.lead)}</p></div>`,
    '<div class="field field--name-body field--type-text-with-summary">',
    ...body,
    '</div>',
    tags.length ? `<div class="field field--name-field-tags field--items">${tags.join('')}</div>` : '',
    shareLinks(a, 'social-share'),
    '</article>',
  ];
}

export const independent: FamilyTemplate = {
  articlePath: ({ outlet, code, title, section }) =>
    `/${outlet.slug}/node/${code}/${titleSlug(section)}/${titleSlug(title, 10)}`,
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
      '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">',
      `<title>${esc(pageTitle(outlet, a.authored.title))}</title>`,
      ...socialMeta(a),
      canonical(a.path),
      feedLink(outlet),
      '</head>',
      '<body class="path-node page-node-type-article">',
      `<header class="navbar">${link(outlet.homepage, outlet.nameFa, 'navbar-brand')}`,
      navMenu(outlet, sectionPath, 'menu--main'),
      '</header>',
      '<div class="main-container container"><section class="col-sm-9">',
      ...article(a),
      '</section><aside class="col-sm-3">',
      teaserList('آخرین مطالب', a.latest, 'block-latest', true),
      teaserList('پربازدیدترین‌ها', a.mostViewed, 'block-most-read'),
      '</aside></div>',
      `<footer class="footer"><p>${esc(copyrightLine(outlet))}</p></footer>`,
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
      bodyClass: 'path-frontpage',
      listClass: 'view-content',
      itemClass: 'views-row',
      navClass: 'menu--main',
      showKicker: false,
    }),
};
