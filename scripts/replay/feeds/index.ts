// Each outlet's feed in its format, with its media type.
import type { SiteArticlesByOutlet } from '../model.ts';
import { atom } from './atom.ts';
import { jsonFeed } from './jsonfeed.ts';
import { rss092 } from './rss092.ts';
import { rss2 } from './rss2.ts';

export interface FeedOutput {
  text: string;
  type: string;
}

export function feedFor(site: SiteArticlesByOutlet, updated: Date): FeedOutput {
  const { outlet } = site;
  switch (outlet.feed.format) {
    case 'rss2': {
      const dates = outlet.slug === 'fars' ? 'iso8601' : outlet.family === 'bbc' ? 'rfc822-gmt' : 'rfc822-tehran';
      // IranSamaneh sites serve their feeds as text/xml.
      const type = outlet.family === 'iransamaneh' ? 'text/xml' : 'application/rss+xml';
      return { text: rss2(site, dates, updated), type };
    }
    case 'rss092':
      return { text: rss092(site, updated), type: 'text/xml' };
    case 'atom':
      return { text: atom(site, updated), type: 'application/atom+xml' };
    case 'jsonfeed':
      return { text: jsonFeed(site), type: 'application/feed+json' };
  }
}
