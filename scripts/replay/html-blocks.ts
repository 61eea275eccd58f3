// Page furniture shared by the templates: menus, share links, teaser lists, comments, footers.
// Class names are parameters so each family keeps its own markup vocabulary.
import { esc } from './escape.ts';
import { clock, jalaliDayMonth, tehranTime } from './jalali.ts';
import type { Outlet, SiteArticle } from './model.ts';
import { faDigits } from './persian.ts';
import { SECTIONS } from './sections.ts';
import { absUrl } from './urls.ts';

export const link = (path: string, text: string, cls?: string) =>
  `<a href="${esc(absUrl(path))}"${cls ? ` class="${cls}"` : ''}>${esc(text)}</a>`;

/** The site's section menu. */
export function navMenu(outlet: Outlet, sectionPath: (o: Outlet, key: string) => string, cls: string): string {
  const items = [
    `<li>${link(outlet.homepage, 'صفحه اصلی')}</li>`,
    ...SECTIONS.map((s) => `<li>${link(sectionPath(outlet, s.key), s.fa)}</li>`),
    `<li>${link(outlet.feed.path, 'آر اس اس')}</li>`,
  ];
  return `<nav class="${cls}"><ul>\n${items.join('\n')}\n</ul></nav>`;
}

/** Share buttons pointing at the social networks, with the article URL percent-encoded. */
export function shareLinks(a: SiteArticle, cls = 'share'): string {
  const url = encodeURIComponent(absUrl(a.path));
  const text = encodeURIComponent(a.authored.title);
  const targets: Array<[string, string]> = [
    ['تلگرام', `https://t.me/share/url?url=${url}&text=${text}`],
    ['واتس‌اپ', `https://wa.me/?text=${text}%20${url}`],
    ['ایکس', `https://x.com/intent/tweet?url=${url}&text=${text}`],
    ['فیسبوک', `https://www.facebook.com/sharer/sharer.php?u=${url}`],
  ];
  const items = targets.map(
    ([name, href]) => `<li><a href="${esc(href)}" rel="nofollow" target="_blank">${name}</a></li>`,
  );
  return `<div class="${cls}"><span>اشتراک‌گذاری:</span><ul>${items.join('')}</ul></div>`;
}

/** A titled teaser list (latest news, most viewed, section pages). */
export function teaserList(title: string, items: SiteArticle[], cls: string, withTime = false): string {
  const lis = items.map((t) => {
    const time = withTime ? ` <span class="time">${clock(tehranTime(t.published))}</span>` : '';
    return `<li>${link(t.path, t.authored.title)}${time}</li>`;
  });
  return `<section class="${cls}">\n<h2>${esc(title)}</h2>\n<ul>\n${lis.join('\n')}\n</ul>\n</section>`;
}

/** Reader comments plus the (non-working) form every such site shows. */
export function commentsSection(a: SiteArticle, cls = 'comments'): string {
  const items = a.comments.map((c) => {
    const t = tehranTime(new Date(a.published.getTime() + c.afterMinutes * 60_000));
    return [
      '<li class="comment">',
      `<div class="comment-header"><span class="comment-name">${esc(c.name)}</span>`,
      `<span class="comment-date">${jalaliDayMonth(t)} - ${clock(t)}</span></div>`,
      `<p class="comment-body">${esc(c.text)}</p>`,
      '</li>',
    ].join('\n');
  });
  const count = a.comments.length ? `${faDigits(a.comments.length)} نظر` : 'هنوز نظری ثبت نشده است';
  return [
    `<section class="${cls}" id="comments">`,
    `<h2>نظرات <span class="count">(${count})</span></h2>`,
    items.length ? `<ul>\n${items.join('\n')}\n</ul>` : '',
    '<form class="comment-form" method="post" action="#comments">',
    '<input type="text" name="name" placeholder="نام">',
    '<textarea name="body" placeholder="نظر شما پس از تأیید منتشر می‌شود"></textarea>',
    '<button type="submit">ارسال نظر</button>',
    '</form>',
    '</section>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** A tag's link: the site's tag search, with spaces written as "+" the way Persian sites' tag URLs are. */
export const tagPath = (outlet: Outlet, tag: string) => `/${outlet.slug}/search?tag=${tag.replace(/ /g, '+')}`;

/** Tags as a list of links to the (unserved) tag search, which robots.txt keeps crawlers out of. */
export function tagLinks(a: SiteArticle, cls: string, wrapper: 'section' | 'footer' | 'div' = 'section'): string {
  const tags = a.authored.tags ?? [];
  if (!tags.length) return '';
  const lis = tags.map((t) => `<li>${link(tagPath(a.outlet, t), t)}</li>`);
  return `<${wrapper} class="${cls}">\n<span class="label">برچسب‌ها:</span>\n<ul>\n${lis.join('\n')}\n</ul>\n</${wrapper}>`;
}

/** The copyright line; Mehr states its CC BY 4.0 licence in words as well as in its meta tag. */
export function copyrightLine(outlet: Outlet): string {
  if (outlet.family === 'bbc') return '© ۲۰۲۶ بی‌بی‌سی. بی‌بی‌سی مسئول محتوای سایت‌های دیگر نیست.';
  if (outlet.slug === 'mehr') {
    return 'تمامی محتوای این سایت تحت مجوز کریتیو کامنز نسبت دادن ۴٫۰ بین‌المللی منتشر می‌شود.';
  }
  return `کلیه حقوق مادی و معنوی این سایت متعلق به ${outlet.nameFa} است و استفاده از مطالب با ذکر منبع بلامانع است.`;
}

/** The short-link box (Nastooh's `.short-link-container input`). */
export function shortLinkBox(a: SiteArticle, cls = 'short-link-container', inputId = 'short-url'): string {
  if (!a.shortPath) return '';
  const url = absUrl(a.shortPath);
  return `<div class="${cls}"><label for="${inputId}">لینک کوتاه</label><input type="text" id="${inputId}" value="${esc(url)}" readonly></div>`;
}
