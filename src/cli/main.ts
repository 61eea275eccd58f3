import { Command, CommanderError } from 'commander';

type Register = (program: Command) => void;

// Each command's module is imported only when that command runs, so `khabar normalize` does not load the
// web server, the DOM and the database drivers. Help and unknown commands load them all.
const COMMANDS: Record<string, () => Promise<Register>> = {
  start: async () => (await import('./commands/start.ts')).registerStart,
  serve: async () => (await import('./commands/serve.ts')).registerServe,
  crawl: async () => (await import('./commands/crawl.ts')).registerCrawl,
  sources: async () => (await import('./commands/sources.ts')).registerSources,
  replay: async () => (await import('./commands/replay.ts')).registerReplay,
  import: async () => (await import('./commands/import-export.ts')).registerImportExport,
  normalize: async () => (await import('./commands/normalize.ts')).registerNormalize,
  feed: async () => (await import('./commands/feed.ts')).registerFeed,
  extract: async () => (await import('./commands/extract.ts')).registerExtract,
  opml: async () => (await import('./commands/opml.ts')).registerOpml,
  search: async () => (await import('./commands/search.ts')).registerSearch,
  worker: async () => (await import('./commands/worker.ts')).registerWorker,
  cluster: async () => (await import('./commands/cluster.ts')).registerCluster,
  reindex: async () => (await import('./commands/reindex.ts')).registerReindex,
};
COMMANDS.export = COMMANDS.import!;

const program = new Command('khabar')
  .description('Khabar (خبر): a Persian news aggregator')
  .version('0.1.0')
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s.replace(/^error: /, 'khabar: ')) });

const wanted = process.argv[2] ?? '';
const loaders = COMMANDS[wanted] ? [COMMANDS[wanted]] : [...new Set(Object.values(COMMANDS))];
for (const load of loaders) (await load())(program);
for (const cmd of program.commands) cmd.exitOverride();

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) process.exit(err.exitCode === 0 ? 0 : 2);
  process.stderr.write(`khabar: ${(err as Error).message}\n`);
  process.exit(1);
}
