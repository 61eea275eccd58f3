// RSS 0.92 as the legacy site writes it: windows-1256 declared in the XML prolog, RFC 822 dates in Tehran
// time, no guid, and the site's damaged spelling (the caller encodes the string to windows-1256).
import { xmlEsc } from '../escape.ts';
import { rfc822Tehran } from '../jalali.ts';
import type { SiteArticlesByOutlet } from '../model.ts';
import { legacySpelling } from '../persian.ts';
import { absUrlEncoded } from '../urls.ts';

export function rss092(site: SiteArticlesByOutlet, updated: Date): string {
  const { outlet, articles } = site;
  const items = articles.map((a) =>
    [
      '<item>',
      `<title>${xmlEsc(a.authored.title)}</title>`,
      `<link>${xmlEsc(absUrlEncoded(a.path))}</link>`,
      `<description>${xmlEsc(a.authored.lead)}</description>`,
      `<category>${xmlEsc(a.authored.section)}</category>`,
      `<pubDate>${rfc822Tehran(a.published)}</pubDate>`,
      '</item>',
    ].join('\r\n'),
  );
  const xml = [
    '<?xml version="1.0" encoding="windows-1256"?>',
    '<rss version="0.92">',
    '<channel>',
    `<title>${xmlEsc(outlet.nameFa)}</title>`,
    `<link>${xmlEsc(absUrlEncoded(outlet.homepage))}</link>`,
    `<description>${xmlEsc(`${outlet.nameFa} - آخرین اخبار`)}</description>`,
    '<language>fa</language>',
    `<lastBuildDate>${rfc822Tehran(updated)}</lastBuildDate>`,
    ...items,
    '</channel>',
    '</rss>',
    '',
  ].join('\r\n');
  return legacySpelling(xml);
}
