import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { startReplayServer } from '../../replay/server.ts';

async function replay(dir: string, flags: { port?: string; host?: string }): Promise<void> {
  const port = Number(flags.port ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port ${flags.port}: not a port number (0–65535)`);
  if (!existsSync(join(dir, 'serve.json'))) throw new Error(`${dir}: not a replay corpus (no serve.json; run npm run replay:build)`);
  const server = await startReplayServer({ dir, port, host: flags.host ?? '127.0.0.1' });
  process.stdout.write(`${server.url}\n`);
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

export function registerReplay(program: Command): void {
  program
    .command('replay')
    .description('serve an offline corpus of outlets (feeds and pages) over HTTP on loopback')
    .argument('<dir>', 'the corpus folder, e.g. fixtures/replay')
    .option('--port <n>', 'port (default: any free port)')
    .option('--host <addr>', 'address (default 127.0.0.1)')
    .action(replay);
}
