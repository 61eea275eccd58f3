// RSS 2.0 as Iranian CMSs write it: RFC 822 dates in Tehran time (+0330) by default; Fars writes ISO 8601,
// the BBC GMT. Items carry title, link, guid, date, the lead as description, and the section as category.
import { xmlEsc } from '../escape.ts';
import { isoTehran, rfc822Gmt, rfc822Tehran } from '../jalali.ts';
import type { SiteArticlesByOutlet } from '../model.ts';
import { absUrlEncoded } from '../urls.ts';

export type Rss2Dates = 'rfc822-tehran' | 'rfc822-gmt' | 'iso8601';

const DATE_WRITERS: Record<Rss2Dates, (d: Date) => string> = {
  'rfc822-tehran': rfc822Tehran,
  'rfc822-gmt': rfc822Gmt,
  iso8601: isoTehran,
};

export function rss2(site: SiteArticlesByOutlet, dates: Rss2Dates, updated: Date): string {
  const { outlet, articles } = site;
  const date = DATE_WRITERS[dates];
  const items = articles.map((a) => {
    const url = absUrlEncoded(a.path);
    // Fars's guid is its numeric code; the others use the permalink.
    const guid =
      outlet.slug === 'fars'
        ? `<guid isPermaLink="false">${a.code}</guid>`
        : `<guid isPermaLink="true">${xmlEsc(url)}</guid>`;
    return [
      '<item>',
      `<title>${xmlEsc(a.authored.title)}</title>`,
      `<link>${xmlEsc(url)}</link>`,
      guid,
      `<pubDate>${date(a.published)}</pubDate>`,
      `<description>${xmlEsc(a.authored.lead)}</description>`,
      `<category>${xmlEsc(a.authored.section)}</category>`,
      '</item>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    `<title>${xmlEsc(outlet.nameFa)}</title>`,
    `<link>${xmlEsc(absUrlEncoded(outlet.homepage))}</link>`,
    `<description>${xmlEsc(`آخرین اخبار ${outlet.nameFa}`)}</description>`,
    '<language>fa</language>',
    `<lastBuildDate>${date(updated)}</lastBuildDate>`,
    `<atom:link href="${xmlEsc(absUrlEncoded(outlet.feed.path))}" rel="self" type="application/rss+xml"/>`,
    ...items,
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}
