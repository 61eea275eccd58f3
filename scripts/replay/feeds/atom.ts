// Atom 1.0 (Euronews): RFC 3339 dates in Central European Time, the lead as summary, the section as category.
import { xmlEsc } from '../escape.ts';
import type { SiteArticlesByOutlet } from '../model.ts';
import { absUrlEncoded } from '../urls.ts';

const cet = (d: Date) => `${new Date(d.getTime() + 60 * 60_000).toISOString().slice(0, 19)}+01:00`;

export function atom(site: SiteArticlesByOutlet, updated: Date): string {
  const { outlet, articles } = site;
  const entries = articles.map((a) => {
    const url = absUrlEncoded(a.path);
    return [
      '<entry>',
      `<title type="text">${xmlEsc(a.authored.title)}</title>`,
      `<link rel="alternate" type="text/html" href="${xmlEsc(url)}"/>`,
      `<id>${xmlEsc(url)}</id>`,
      `<published>${cet(a.published)}</published>`,
      `<updated>${cet(a.published)}</updated>`,
      `<summary type="text">${xmlEsc(a.authored.lead)}</summary>`,
      `<category term="${xmlEsc(a.authored.section)}"/>`,
      `<author><name>${xmlEsc(outlet.nameFa)}</name></author>`,
      '</entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fa">',
    `<title>${xmlEsc(outlet.nameFa)}</title>`,
    `<id>${xmlEsc(absUrlEncoded(outlet.homepage))}</id>`,
    `<updated>${cet(updated)}</updated>`,
    `<link rel="self" type="application/atom+xml" href="${xmlEsc(absUrlEncoded(outlet.feed.path))}"/>`,
    `<link rel="alternate" type="text/html" href="${xmlEsc(absUrlEncoded(outlet.homepage))}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
