import type { Command } from 'commander';
import { parseFeed } from '../../feeds/index.ts';
import { forEachInput, printResults, readInput } from '../read-input.ts';

async function feed(inputs: string[], flags: { jsonl?: boolean; allowPrivate?: boolean }): Promise<void> {
  const results = await forEachInput(inputs, async (input) => {
    const { text, url } = await readInput(input, flags);
    try {
      return parseFeed(text, url);
    } catch (err) {
      throw new Error(`${input}: ${(err as Error).message}`);
    }
  });
  printResults(results, flags.jsonl ?? false);
}

export function registerFeed(program: Command): void {
  program
    .command('feed')
    .description('parse RSS, Atom or JSON Feed files or URLs into {title, link, items:[…]}')
    .argument('<inputs...>', 'files or URLs')
    .option('--json', 'one JSON document (an array for several inputs); the default')
    .option('--jsonl', 'one line per input, {"input", "error"} for one that cannot be parsed')
    .option('--allow-private', 'allow URLs on private or loopback addresses')
    .action(feed);
}
