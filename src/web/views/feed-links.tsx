import type { PageFeeds } from './layout.tsx';

/** The line at the foot of a list naming its feeds (and its API address, when it has one). */
export function FeedLinks({ feeds, api }: { feeds: PageFeeds; api?: string }) {
  return (
    <p class="meta feed-links">
      <span>خوراک این فهرست:</span>
      <a href={feeds.rss}>RSS</a>
      <a href={feeds.atom}>Atom</a>
      <a href={feeds.json}>JSON Feed</a>
      {api ? <a href={api}>API</a> : null}
    </p>
  );
}
