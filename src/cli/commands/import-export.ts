import { createReadStream, existsSync } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { importLineToArticle } from '../../crawl/import-record.ts';
import type { NewArticle, Repository, StoredSource } from '../../store/index.ts';
import { StoryKeeper } from '../../stories/keeper.ts';
import { DATABASE_OPTION, type StoreFlags, configFrom, openSeededRepository } from '../runtime.ts';

const BATCH = 500;

// Export writes the sources first, one line each with `"kind":"source"`, then every article in the format
// import reads (import also takes article lines alone, as before): moving a store is export, then import.
type SourceLine = Omit<StoredSource, 'health'> & { kind: 'source' };

function sourceLine(s: StoredSource): SourceLine {
  const { health: _health, ...rest } = s;
  return { kind: 'source', ...rest };
}

async function importFile(file: string, flags: StoreFlags): Promise<void> {
  if (!existsSync(file)) throw new Error(`${file}: no such file`);
  const store = await openSeededRepository(configFrom(flags));
  const bar = process.stderr.isTTY ? new SingleBar({ format: 'importing {value} lines | {created} new | {errors} bad', stream: process.stderr }) : null;
  bar?.start(0, 0, { created: 0, errors: 0 });
  const known = new Set((await store.listSources()).map((s) => s.slug));
  let n = 0;
  let created = 0;
  let errors = 0;
  let batch: NewArticle[] = [];
  const flush = async () => {
    if (!batch.length) return;
    for (const r of await store.saveArticles(batch)) if (r.created) created++;
    batch = [];
  };
  const now = new Date();
  try {
    for await (const line of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
      n++;
      if (!line.trim()) continue;
      try {
        if (line.includes('"kind":"source"')) {
          await importSource(store, line);
          known.add((JSON.parse(line) as SourceLine).slug);
        } else {
          const article = importLineToArticle(line, now);
          if (!known.has(article.source)) {
            await store.upsertSource({ slug: article.source, nameFa: article.source, nameEn: '', homepage: '', feeds: [], affiliation: 'unknown' });
            known.add(article.source);
          }
          batch.push(article);
          if (batch.length >= BATCH) await flush();
        }
      } catch (err) {
        errors++;
        process.stderr.write(`${file}:${n}: ${(err as Error).message}\n`);
      }
      if (n % 100 === 0) {
        bar?.setTotal(n);
        bar?.update(n, { created, errors });
      }
    }
    await flush();
    // Search plans from the statistics on PostgreSQL; a bulk import changes them at once.
    await store.refreshStatistics();
    // The story stage: every article still without a story gets one, in publication order.
    if (store.stories) {
      process.stderr.write(process.stderr.isTTY ? 'assigning stories…\n' : '');
      await new StoryKeeper(store).prepare();
    }
  } finally {
    bar?.stop();
    await store.close();
  }
  process.stdout.write(`${file}: ${n} lines, ${created} new articles, ${errors} bad lines\n`);
  if (errors) process.exitCode = 1;
}

async function importSource(store: Repository, line: string): Promise<void> {
  const s = JSON.parse(line) as SourceLine;
  if (typeof s.slug !== 'string' || !s.slug || typeof s.nameFa !== 'string' || !Array.isArray(s.feeds)) {
    throw new Error('a source line needs slug, nameFa and feeds');
  }
  const { kind: _kind, ...source } = s;
  await store.upsertSource(source);
}

async function write(line: string): Promise<void> {
  if (!process.stdout.write(line)) await once(process.stdout, 'drain');
}

async function exportAll(flags: StoreFlags): Promise<void> {
  const store = await openSeededRepository(configFrom(flags));
  try {
    for (const s of await store.listSources()) await write(`${JSON.stringify(sourceLine(s))}\n`);
    for await (const a of store.allArticles()) {
      const { id: _id, contentHash: _hash, duplicateOf: _dup, ...rest } = a;
      await write(`${JSON.stringify(rest)}\n`);
    }
  } finally {
    await store.close();
  }
}

export function registerImportExport(program: Command): void {
  program
    .command('import')
    .description('import articles from JSON lines ({url, title, lead?, text?, html?, source, published, …}) and sources as export writes them')
    .argument('<file>', 'a .jsonl file')
    .option('--data <dir>', 'data folder (default ./data)')
    .option(...DATABASE_OPTION)
    .option('--config <file>', 'JSON configuration file')
    .action(importFile);
  program
    .command('export')
    .description('write every source and article as JSON lines to stdout (the format import reads)')
    .option('--data <dir>', 'data folder (default ./data)')
    .option(...DATABASE_OPTION)
    .option('--config <file>', 'JSON configuration file')
    .action(exportAll);
}
