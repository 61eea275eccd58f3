export { Crawler, type CrawlerDeps } from './crawler.ts';
export { crawlSource, type SourceCrawl } from './pipeline.ts';
