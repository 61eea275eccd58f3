export { parseFeed, readFeedDocument, type FeedFormat, type ParseOptions } from './parse.ts';
export { parseFeedDate } from './dates.ts';
export { FeedError } from './errors.ts';
export { discoverFeeds, type DiscoveredFeed } from './discover.ts';
export { readOpml, writeOpml, type OpmlFeed } from './opml.ts';
