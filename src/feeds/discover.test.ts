import { describe, expect, it } from 'vitest';
import { discoverFeeds } from './discover.ts';

describe('discoverFeeds', () => {
  it('finds the feeds a homepage announces, resolved, in order, once each', () => {
    const html = `<!doctype html><html lang="fa" dir="rtl"><head><base href="https://www.tasnimnews.com/fa/">
      <link rel="stylesheet" href="/style.css">
      <link rel="alternate" type="application/rss+xml" title="تسنیم - همه اخبار" href="rss/feed/0/7/0/all">
      <link rel="alternate" type="application/atom+xml" href="https://www.tasnimnews.com/fa/atom">
      <link rel="alternate" hreflang="en" href="https://www.tasnimnews.com/en">
      <link rel="alternate" type="application/json" href="/oembed?url=x">
      <LINK REL="Alternate Feed" TYPE="application/feed+json" HREF="/feed.json">
      <link rel="alternate" type="application/rss+xml" href="rss/feed/0/7/0/all">
      <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
      </head><body></body></html>`;
    expect(discoverFeeds(html, 'https://www.tasnimnews.com/')).toEqual([
      { url: 'https://www.tasnimnews.com/fa/rss/feed/0/7/0/all', title: 'تسنیم - همه اخبار', type: 'application/rss+xml' },
      { url: 'https://www.tasnimnews.com/fa/atom', title: '', type: 'application/atom+xml' },
      { url: 'https://www.tasnimnews.com/feed.json', title: '', type: 'application/feed+json' },
    ]);
  });

  it('finds nothing on a page without feed links', () => {
    expect(discoverFeeds('<html><head><title>x</title></head></html>', 'https://example.ir/')).toEqual([]);
  });
});
