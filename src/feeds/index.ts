export { parseFeed } from './parse.ts';
export { parseFeedDate } from './dates.ts';
