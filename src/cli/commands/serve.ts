import type { Command } from 'commander';
import { createApp } from '../../web/app.ts';
import { createLogger } from '../log.ts';
import { DATABASE_OPTION, type StoreFlags, configFrom, openSeededRepository } from '../runtime.ts';
import { ensurePortFree, listen } from '../serve-http.ts';

async function serveSite(flags: StoreFlags & { port?: string; host?: string }): Promise<void> {
  const config = configFrom(flags);
  await ensurePortFree(config.port, config.host);
  const log = createLogger(config.logLevel);
  const store = await openSeededRepository(config);
  const server = await listen(createApp({ store, rateLimit: config.rateLimit }), config.port, config.host);
  log.info(`Khabar is serving http://${config.host}:${server.port} (no crawling in this process)`);
  const stop = async () => {
    await server.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the website from the store, without crawling')
    .option('--port <n>', 'port (default 3000)')
    .option('--host <addr>', 'address to listen on (default 127.0.0.1)')
    .option('--data <dir>', 'data folder (default ./data)')
    .option(...DATABASE_OPTION)
    .option('--config <file>', 'JSON configuration file')
    .action(serveSite);
}
