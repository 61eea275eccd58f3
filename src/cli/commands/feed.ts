import type { Command } from 'commander';
import { FeedError, discoverFeeds, parseFeed } from '../../feeds/index.ts';
import { FetchError } from '../../fetch/index.ts';
import type { ParsedFeed } from '../../model/types.ts';
import { forEachInput, printResults, readInput } from '../read-input.ts';

/** The command's output: exactly the documented keys, in order. */
function toOutput(feed: ParsedFeed) {
  return {
    title: feed.title,
    link: feed.link,
    items: feed.items.map((i) => ({
      id: i.id,
      title: i.title,
      link: i.link,
      published: i.published,
      updated: i.updated,
      summary: i.summary,
      contentHtml: i.contentHtml,
      author: i.author,
      categories: i.categories,
      enclosures: i.enclosures,
    })),
  };
}

async function readFeedInput(input: string, allowPrivate: boolean): Promise<ReturnType<typeof toOutput>> {
  let text: string;
  let url: string;
  try {
    ({ text, url } = await readInput(input, { allowPrivate }));
  } catch (err) {
    if (err instanceof FetchError && err.kind === 'private') throw new Error(`${err.message}; Khabar reads it only with --allow-private`);
    throw err;
  }
  try {
    return toOutput(parseFeed(text, url));
  } catch (err) {
    // A homepage given instead of its feed: say which feeds it announces.
    const found = err instanceof FeedError && /HTML page/.test(err.message) ? discoverFeeds(text, url) : [];
    const hint = found.length ? `; it announces ${found.map((f) => f.url).join(', ')}` : '';
    throw new Error(`${input}: ${(err as Error).message}${hint}`);
  }
}

async function feed(inputs: string[], flags: { jsonl?: boolean; allowPrivate?: boolean }): Promise<void> {
  const results = await forEachInput(inputs, (input) => readFeedInput(input, flags.allowPrivate ?? false));
  printResults(results, flags.jsonl ?? false);
}

export function registerFeed(program: Command): void {
  program
    .command('feed')
    .description('parse RSS, Atom or JSON Feed files or URLs into {title, link, items:[…]}')
    .argument('<inputs...>', 'files or URLs')
    .option('--json', 'one JSON document (an array for several inputs); the default')
    .option('--jsonl', 'one line per input, in order; {"input", "error"} for one that cannot be read')
    .option('--allow-private', 'allow URLs on private or loopback addresses')
    .action(feed);
}
