import type { Command } from 'commander';
import { search } from '../../search/index.ts';
import { DATABASE_OPTION, type StoreFlags, configFrom } from '../runtime.ts';
import { openRepository } from '../../store/index.ts';

interface SearchFlags extends StoreFlags {
  json?: boolean;
  limit?: string;
  offset?: string;
}

function plain(html: string): string {
  return html.replace(/<mark>/g, '«').replace(/<\/mark>/g, '»').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

async function runSearch(query: string, flags: SearchFlags): Promise<void> {
  const limit = flags.limit === undefined ? 20 : Number(flags.limit);
  const offset = flags.offset === undefined ? 0 : Number(flags.offset);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new Error(`--limit ${flags.limit}: a whole number from 1 to 100`);
  if (!Number.isInteger(offset) || offset < 0) throw new Error(`--offset ${flags.offset}: a whole number, 0 or more`);
  const config = configFrom(flags);
  const store = await openRepository({ database: config.database, dataDir: config.dataDir });
  try {
    const r = await search(store, query, { limit, offset });
    if (flags.json) {
      const results = r.results.map(({ url, title, source, published, story, snippet }) => ({ url, title, source, published, story, snippet }));
      process.stdout.write(`${JSON.stringify({ query: r.query, total: r.total, results, warnings: r.warnings })}\n`);
      return;
    }
    for (const w of r.warnings) process.stderr.write(`khabar: ${w}\n`);
    process.stdout.write(`${r.totalExact ? '' : 'about '}${r.total} articles\n`);
    for (const x of r.results) {
      const more = x.storyMatches > 1 ? ` (+${x.storyMatches - 1} in the same story)` : '';
      process.stdout.write(`\n${x.title}\n  ${x.sourceName} · ${x.published ?? 'undated'}${more}\n  ${x.url}\n  ${plain(x.snippet)}\n`);
    }
  } finally {
    await store.close();
  }
}

export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('search the stored articles: words, "phrases", -exclusions, source:isna, since:/until: (Jalali or Gregorian)')
    .argument('<query>', 'the query, e.g. \'"پیش نویس" بودجه -مجلس source:isna since:1405/09/01\'')
    .option('--json', 'print {query, total, results:[{url, title, source, published, story, snippet}], warnings}')
    .option('--limit <n>', 'results per page (default 20)')
    .option('--offset <n>', 'results to skip (default 0)')
    .option('--data <dir>', 'data folder (default ./data)')
    .option(...DATABASE_OPTION)
    .option('--config <file>', 'JSON configuration file')
    .action(runSearch);
}
