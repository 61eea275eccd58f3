import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { importLineToArticle } from '../../crawl/import-record.ts';
import { type StoreFlags, configFrom, openSeededStore } from '../runtime.ts';

async function importFile(file: string, flags: StoreFlags): Promise<void> {
  if (!existsSync(file)) throw new Error(`${file}: no such file`);
  const store = openSeededStore(configFrom(flags));
  const bar = process.stderr.isTTY ? new SingleBar({ format: 'importing {value} lines | {created} new | {errors} bad', stream: process.stderr }) : null;
  bar?.start(0, 0, { created: 0, errors: 0 });
  let n = 0;
  let created = 0;
  let errors = 0;
  const now = new Date();
  for await (const line of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
    n++;
    if (!line.trim()) continue;
    try {
      const article = importLineToArticle(line, now);
      if (!store.getSource(article.source)) {
        store.upsertSource({ slug: article.source, nameFa: article.source, nameEn: '', homepage: '', feeds: [], affiliation: 'unknown' });
      }
      if (store.saveArticle(article).created) created++;
    } catch (err) {
      errors++;
      process.stderr.write(`${file}:${n}: ${(err as Error).message}\n`);
    }
    bar?.setTotal(n);
    bar?.update(n, { created, errors });
  }
  bar?.stop();
  store.close();
  process.stdout.write(`${file}: ${n} lines, ${created} new articles, ${errors} bad lines\n`);
  if (errors) process.exitCode = 1;
}

function exportAll(flags: StoreFlags): void {
  const store = openSeededStore(configFrom(flags));
  for (const a of store.allArticles()) {
    const { id: _id, contentHash: _hash, duplicateOf: _dup, ...rest } = a;
    process.stdout.write(`${JSON.stringify(rest)}\n`);
  }
  store.close();
}

export function registerImportExport(program: Command): void {
  program
    .command('import')
    .description('import articles from JSON lines ({url, title, lead?, text?, html?, source, published, …})')
    .argument('<file>', 'a .jsonl file')
    .option('--data <dir>', 'data folder (default ./data)')
    .option('--config <file>', 'JSON configuration file')
    .action(importFile);
  program
    .command('export')
    .description('write every article as JSON lines to stdout (the format import reads)')
    .option('--data <dir>', 'data folder (default ./data)')
    .option('--config <file>', 'JSON configuration file')
    .action(exportAll);
}
