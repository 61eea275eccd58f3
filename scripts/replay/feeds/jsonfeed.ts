// JSON Feed 1.1 (Independent Persian): the lead as summary, the section first among tags.
import { isoUtc } from '../jalali.ts';
import type { SiteArticlesByOutlet } from '../model.ts';
import { absUrlEncoded } from '../urls.ts';

export function jsonFeed(site: SiteArticlesByOutlet): string {
  const { outlet, articles } = site;
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: outlet.nameFa,
    home_page_url: absUrlEncoded(outlet.homepage),
    feed_url: absUrlEncoded(outlet.feed.path),
    language: 'fa',
    items: articles.map((a) => ({
      id: a.code,
      url: absUrlEncoded(a.path),
      title: a.authored.title,
      summary: a.authored.lead,
      date_published: isoUtc(a.published),
      tags: [a.authored.section, ...(a.authored.tags ?? [])],
    })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}
