import type { Command } from 'commander';
import { loadConfig, readSourcesFile } from '../../config/index.ts';
import { SourceAliases, extractArticle } from '../../extract/index.ts';
import { forEachInput, printResults, readInput } from '../read-input.ts';

async function extract(inputs: string[], flags: { url?: string; jsonl?: boolean; allowPrivate?: boolean }): Promise<void> {
  if (flags.url && !URL.canParse(flags.url)) throw new Error(`--url ${flags.url}: not a valid URL`);
  const aliases = new SourceAliases(readSourcesFile(loadConfig().sourcesFile));
  const results = await forEachInput(inputs, async (input) => {
    const { text, url } = await readInput(input, flags);
    // A page fetched now dates «۳ ساعت پیش» from now; a saved file's fetch time is not known.
    const fetchedAt = url ? new Date() : undefined;
    const { raw: _raw, rule: _rule, engine: _engine, warnings, ...fields } = extractArticle(text, { url: flags.url ?? url, aliases, fetchedAt });
    // A site rule that stopped matching is reported, not silently bypassed.
    for (const w of warnings) process.stderr.write(`${input}: ${w}\n`);
    return fields;
  });
  printResults(results, flags.jsonl ?? false);
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract the article from HTML files or URLs')
    .argument('<inputs...>', 'files or URLs')
    .option('--url <url>', 'the address the page was fetched from (resolves links, picks the site rule)')
    .option('--json', 'one JSON document (an array for several inputs); the default')
    .option('--jsonl', 'one line per input')
    .option('--allow-private', 'allow URLs on private or loopback addresses')
    .action(extract);
}
