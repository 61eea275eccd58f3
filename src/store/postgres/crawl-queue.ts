import PgBoss from 'pg-boss';
import { type PgTarget, parsePgUrl } from './connect.ts';

export const CRAWL_QUEUE = 'crawl-source';

export interface CrawlQueueOptions {
  /** A job a worker holds longer than this is taken back and given to another: a killed worker loses nothing. */
  jobTimeoutSeconds: number;
  /** How often expired jobs are looked for (pg-boss maintenance). */
  maintenanceSeconds: number;
  /** Tries of one source's crawl before the job is given up (the next due time enqueues it again). */
  retryLimit?: number;
}

/** pg-boss's schema next to Khabar's: `pgboss` beside `public`, `NAME_boss` beside `NAME`. */
export function queueSchema(target: PgTarget): string {
  return target.schema === 'public' ? 'pgboss' : `${target.schema}_boss`;
}

/** Deadlock, serialization failure, unique violation: what two processes creating the same queue at once may get. */
const RACE_CODES = new Set(['40P01', '40001', '23505']);

/**
 * Creates the crawl queue unless it exists. Workers started together each create it, and PostgreSQL may end one's
 * attempt as a deadlock (seen in the scale-out test: a worker exited at start); the loser waits a moment and finds
 * the queue made.
 */
async function ensureQueue(boss: PgBoss, options: PgBoss.Queue): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    if (await boss.getQueue(options.name)) return;
    try {
      await boss.createQueue(options.name, options);
      return;
    } catch (err) {
      if (attempt >= 5 || !RACE_CODES.has((err as { code?: string }).code ?? '')) throw err;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.random() * 100));
    }
  }
}

/**
 * The crawl work queue on PostgreSQL. One job per source, keyed by its slug under pg-boss's `stately` policy:
 * at most one waiting and one running per source, so no feed is fetched by two workers at once however many
 * workers enqueue it. Jobs are taken with SKIP LOCKED; a job whose worker died expires and runs again.
 */
export class CrawlQueue {
  private constructor(private readonly boss: PgBoss) {}

  static async open(url: string, opts: CrawlQueueOptions): Promise<CrawlQueue> {
    const target = parsePgUrl(url);
    const boss = new PgBoss({
      connectionString: target.connectionString,
      schema: queueSchema(target),
      application_name: 'khabar-queue',
      max: 4,
      maintenanceIntervalSeconds: opts.maintenanceSeconds,
      monitorStateIntervalSeconds: Math.max(opts.maintenanceSeconds, 10),
    });
    boss.on('error', () => undefined); // connection hiccups are retried by pg-boss itself
    await boss.start();
    await ensureQueue(boss, {
      name: CRAWL_QUEUE,
      policy: 'stately',
      retryLimit: opts.retryLimit ?? 3,
      retryDelay: 5,
      expireInSeconds: opts.jobTimeoutSeconds,
    });
    return new CrawlQueue(boss);
  }

  /** Enqueues each source not already waiting; returns how many were new. */
  async enqueue(slugs: string[]): Promise<number> {
    let added = 0;
    for (const slug of slugs) if ((await this.boss.send(CRAWL_QUEUE, { slug }, { singletonKey: slug })) !== null) added++;
    return added;
  }

  /** Runs `handle` for jobs as they come, `concurrency` at a time. A throw fails the job, to be retried. */
  async work(concurrency: number, handle: (slug: string) => Promise<void>): Promise<void> {
    for (let i = 0; i < concurrency; i++) {
      await this.boss.work<{ slug: string }>(CRAWL_QUEUE, { batchSize: 1, pollingIntervalSeconds: 0.5 }, async ([job]) => {
        if (job) await handle(job.data.slug);
      });
    }
  }

  /** Jobs waiting or running. */
  async pending(): Promise<number> {
    return this.boss.getQueueSize(CRAWL_QUEUE);
  }

  /** Stops taking jobs and waits (up to `timeoutSeconds`) for the running ones. */
  async stop(timeoutSeconds = 30): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: timeoutSeconds * 1000 });
  }
}
