import { Command, CommanderError } from 'commander';
import { registerCrawl } from './commands/crawl.ts';
import { registerExtract } from './commands/extract.ts';
import { registerFeed } from './commands/feed.ts';
import { registerImportExport } from './commands/import-export.ts';
import { registerNormalize } from './commands/normalize.ts';
import { registerReplay } from './commands/replay.ts';
import { registerServe } from './commands/serve.ts';
import { registerSources } from './commands/sources.ts';
import { registerStart } from './commands/start.ts';

const program = new Command('khabar')
  .description('Khabar (خبر): a Persian news aggregator')
  .version('0.1.0')
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s.replace(/^error: /, 'khabar: ')) });

for (const register of [registerStart, registerServe, registerCrawl, registerSources, registerReplay, registerImportExport, registerNormalize, registerFeed, registerExtract]) {
  register(program);
}
for (const cmd of program.commands) cmd.exitOverride();

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    process.exit(err.exitCode === 0 ? 0 : 2);
  }
  process.stderr.write(`khabar: ${(err as Error).message}\n`);
  process.exit(1);
}
