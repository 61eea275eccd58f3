// Workers started together each make the crawl queue; PostgreSQL once ended one worker's attempt as a deadlock and
// the worker exited at start. Every one must come up.
import { afterAll, describe, expect, it } from 'vitest';
import { NO_POSTGRES, dropSchema, freshSchema, schemaUrl } from '../testing/drivers.ts';
import { CRAWL_QUEUE, CrawlQueue } from './crawl-queue.ts';

describe.skipIf(NO_POSTGRES !== null)(NO_POSTGRES ?? 'crawl queue', () => {
  const schema = freshSchema('cq');
  afterAll(async () => {
    await dropSchema(`${schema}_boss`);
    await dropSchema(schema);
  });

  it('comes up in every one of several workers started at once, with one queue between them', async () => {
    const opts = { jobTimeoutSeconds: 60, maintenanceSeconds: 30 };
    const queues = await Promise.all(Array.from({ length: 4 }, () => CrawlQueue.open(schemaUrl(schema), opts)));
    try {
      expect(await queues[0]!.enqueue(['isna', 'mehr'])).toBe(2);
      // The same sources from another worker are already waiting.
      expect(await queues[3]!.enqueue(['isna', 'mehr'])).toBe(0);
      expect(await queues[1]!.pending()).toBe(2);
      expect(CRAWL_QUEUE).toBe('crawl-source');
    } finally {
      await Promise.all(queues.map((q) => q.stop(1)));
    }
  });
});
