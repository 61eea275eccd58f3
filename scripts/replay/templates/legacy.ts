// A legacy site from the 2000s (سپهر خبر): table layout, <font> tags, paragraphs split by <br><br>, the charset
// only in <meta http-equiv>, and the date only as visible text. The whole page is written in the damaged
// spelling such a site stores (see legacySpelling) and encoded as windows-1256 when written to disk.
import { esc } from '../escape.ts';
import { renderBody } from '../html-body.ts';
import { copyrightLine, link } from '../html-blocks.ts';
import { clock, jalaliNumeric, tehranTime } from '../jalali.ts';
import type { Outlet, SiteArticle } from '../model.ts';
import { pageTitle } from '../outlet-style.ts';
import { faDigits, legacySpelling } from '../persian.ts';
import { SECTIONS, sectionKey } from '../sections.ts';
import { absUrl } from '../urls.ts';
import type { FamilyTemplate, ListPage } from './types.ts';

const sectionPath = (o: Outlet, key: string) => `/${o.slug}/archive/${key}.htm`;
const CHARSET_META = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">';

function frame(outlet: Outlet, title: string, main: string[]): string {
  const menu = [
    link(outlet.homepage, 'صفحه اول'),
    ...SECTIONS.map((s) => link(sectionPath(outlet, s.key), s.fa)),
    link(outlet.feed.path, 'RSS'),
  ].join(' | ');
  const html = [
    '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">',
    '<html dir="rtl">',
    '<head>',
    CHARSET_META,
    `<title>${esc(title)}</title>`,
    `<link rel="alternate" type="application/rss+xml" title="RSS" href="${esc(absUrl(outlet.feed.path))}">`,
    '</head>',
    '<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0">',
    '<table width="780" border="0" cellspacing="0" cellpadding="0" align="center">',
    `<tr><td class="header" bgcolor="#003366" height="80"><font color="#FFFFFF" size="5"><b>${esc(outlet.nameFa)}</b></font></td></tr>`,
    `<tr><td class="menu" bgcolor="#DDDDDD"><font size="2">${menu}</font></td></tr>`,
    '<tr><td>',
    ...main,
    '</td></tr>',
    `<tr><td class="footer" align="center"><font size="1">${esc(copyrightLine(outlet))}</font></td></tr>`,
    '</table>',
    '</body>',
    '</html>',
    '',
  ].join('\r\n');
  return legacySpelling(html);
}

function articleTable(a: SiteArticle): string[] {
  const { authored: x, outlet } = a;
  const t = tehranTime(a.published);
  const body = renderBody(a, legacy.readMoreLabel, {
    paragraph: (h) => `${h}<br><br>`,
    heading: (h) => `<h3>${h}</h3>`,
    readMore: (label, anchor) => `<b>${label}</b> ${anchor}<br><br>`,
  });
  const tags = (x.tags ?? []).map((tag) => esc(tag)).join('، ');
  const comments = a.comments.map((c) => `<tr><td class="comment"><b>${esc(c.name)}:</b> ${esc(c.text)}</td></tr>`);
  return [
    '<table width="100%" border="0" cellpadding="6" class="news">',
    `<tr><td class="path"><font size="1">${link(outlet.homepage, 'صفحه اول')} &gt; ${link(sectionPath(outlet, sectionKey(x.section)), x.section)}</font></td></tr>`,
    `<tr><td class="date"><font size="1" color="#666666">تاریخ: ${jalaliNumeric(t)} - ساعت ${clock(t)} &nbsp; کد خبر: ${faDigits(a.code)}</font></td></tr>`,
    x.kicker ? `<tr><td class="rutitr"><font size="2" color="#990000">${esc(x.kicker)}</font></td></tr>` : '',
    `<tr><td class="titr"><font size="4"><b>${esc(x.title)}</b></font></td></tr>`,
    `<tr><td class="lead"><font size="2" color="#333333"><b>${esc(x.lead)}</b></font></td></tr>`,
    `<tr><td class="body"><font size="2">${body.join('\r\n')}</font></td></tr>`,
    tags ? `<tr><td class="keywords"><font size="1">کلمات کلیدی: ${tags}</font></td></tr>` : '',
    '</table>',
    '<table width="100%" border="0" class="comments"><tr><td><b>نظرات بینندگان</b></td></tr>',
    ...comments,
    '</table>',
    '<table width="100%" border="0" class="related"><tr><td><b>آخرین اخبار</b></td></tr>',
    ...a.latest.map((l) => `<tr><td>&raquo; ${link(l.path, l.authored.title)}</td></tr>`),
    '</table>',
  ].filter(Boolean);
}

function listTable(page: ListPage): string[] {
  const rows = page.articles.map((a) => {
    const t = tehranTime(a.published);
    return `<tr><td><font size="1">${jalaliNumeric(t)}</font> ${link(a.path, a.authored.title)}<br><font size="2">${esc(a.authored.lead)}</font></td></tr>`;
  });
  return ['<table width="100%" border="0" cellpadding="4" class="list">', ...rows, '</table>'];
}

export const legacy: FamilyTemplate = {
  articlePath: ({ outlet, code }) => `/${outlet.slug}/news/${code}.htm`,
  sectionPath,
  hasShortLink: false,
  showsKicker: true,
  showsNewsCode: true,
  hasComments: true,
  readMoreLabel: 'بیشتر بخوانید:',
  articlePage: (a) => frame(a.outlet, pageTitle(a.outlet, a.authored.title), articleTable(a)),
  listPage: (page) => frame(page.outlet, page.section ?? page.outlet.nameFa, listTable(page)),
};
