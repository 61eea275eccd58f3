import type { Command } from 'commander';
import { Crawler } from '../../crawl/index.ts';
import { CrawlQueue } from '../../store/postgres/crawl-queue.ts';
import { createLogger } from '../log.ts';
import { DATABASE_OPTION, type StoreFlags, configFrom, httpClientFor, openSeededRepository } from '../runtime.ts';

interface WorkerFlags extends StoreFlags {
  jobs?: string;
  jobTimeout?: string;
}

function positive(flag: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} ${raw}: a whole number, 1 or more`);
  return n;
}

/**
 * A crawl worker on PostgreSQL: it enqueues the sources that are due (every worker does; the queue keeps one job
 * per source) and crawls the jobs it takes. Run as many as wanted, on any machines, against one database.
 */
async function runWorker(flags: WorkerFlags): Promise<void> {
  const config = configFrom(flags);
  if (!config.database || !/^postgres(ql)?:/.test(config.database)) {
    throw new Error('worker: needs PostgreSQL (--database postgres://user:password@host:5432/db); on SQLite use `khabar crawl`');
  }
  const jobs = positive('--jobs', flags.jobs, config.crawl.sourceConcurrency);
  const jobTimeoutSeconds = positive('--job-timeout', flags.jobTimeout, 600);
  const log = createLogger(config.logLevel);
  const store = await openSeededRepository(config);
  const queue = await CrawlQueue.open(config.database, { jobTimeoutSeconds, maintenanceSeconds: Math.min(60, Math.max(1, Math.floor(jobTimeoutSeconds / 4))) });
  const http = httpClientFor(config);
  const crawler = new Crawler({ http, store, config, log });
  await queue.work(jobs, async (slug) => {
    const source = await store.getSource(slug);
    // Gone, or crawled by another job since this one was queued: nothing to do until it is due again.
    if (!source || (source.health.nextDue && Date.parse(source.health.nextDue) > Date.now())) return;
    await crawler.crawlOne(source);
  });
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  const schedule = async () => {
    try {
      const due = await store.dueSources(new Date());
      const added = await queue.enqueue(due.map((s) => s.slug));
      if (added) log.debug({ added }, 'sources enqueued');
    } catch (err) {
      log.error({ err }, 'enqueueing due sources failed');
    }
    if (!stopped) timer = setTimeout(schedule, config.crawl.tickSeconds * 1000);
  };
  await schedule();
  log.info(`worker ${process.pid} is crawling (${jobs} jobs at a time)`);
  const stop = async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    await queue.stop();
    await http.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('crawl from the PostgreSQL job queue; run as many workers as wanted, on any machines')
    .option(...DATABASE_OPTION)
    .option('--jobs <n>', 'sources crawled at once by this worker (default crawl.sourceConcurrency)')
    .option('--job-timeout <seconds>', 'a job held longer is given to another worker (default 600)')
    .option('--config <file>', 'JSON configuration file')
    .action(runWorker);
}
