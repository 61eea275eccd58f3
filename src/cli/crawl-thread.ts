import { Worker } from 'node:worker_threads';
import type { Config } from '../config/index.ts';

/** What the first pass says of each source: enough for `start` to tell whether any source answered. */
export interface FirstPassResult {
  slug: string;
  error: string | null;
}

export interface CrawlThreadOptions {
  config: Config;
  /** Crawl this SQLite file (the offline demo's) instead of the configured store. */
  sqlitePath?: string;
  httpOverrides?: Partial<Config['http']>;
  /** Crawl every source once and report before polling (the first pass decides whether to go offline). */
  firstPass: boolean;
}

type FromWorker = { type: 'first-pass'; results: FirstPassResult[] } | { type: 'stopped' } | { type: 'failed'; message: string };

/**
 * The crawler of `khabar start`, on a thread of its own. Parsing, extraction, normalization and story placement
 * are CPU work: on the web server's thread, each article stored would hold every reader's request back. The two
 * threads share only the store (SQLite in WAL mode, or PostgreSQL): the worker writes, the web reads.
 */
export class CrawlThread {
  private readonly worker: Worker;
  private readonly firstPassDone: Promise<FirstPassResult[]>;
  private stopped: Promise<void> | null = null;

  constructor(opts: CrawlThreadOptions, onError: (message: string) => void) {
    this.worker = new Worker(new URL('./crawl-thread-entry.js', import.meta.url), { workerData: opts });
    this.firstPassDone = new Promise((resolve, reject) => {
      this.worker.on('message', (m: FromWorker) => {
        if (m.type === 'first-pass') resolve(m.results);
        if (m.type === 'failed') {
          onError(m.message);
          reject(new Error(m.message));
        }
      });
      this.worker.once('error', (err) => {
        onError(`the crawler stopped: ${err.message}`);
        reject(err);
      });
      this.worker.once('exit', (code) => reject(new Error(`the crawler thread exited (${code})`)));
    });
    this.firstPassDone.catch(() => undefined);
  }

  /** The first pass's results, once it has run. */
  firstPass(): Promise<FirstPassResult[]> {
    return this.firstPassDone;
  }

  /** Starts polling on the crawler's schedule. */
  go(): void {
    this.worker.postMessage({ type: 'go' });
  }

  /** Lets the pass under way finish, closes the worker's store and ends the thread. */
  stop(): Promise<void> {
    this.stopped ??= new Promise<void>((resolve) => {
      const timer = setTimeout(() => void this.worker.terminate().then(() => resolve()), 30_000);
      this.worker.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      this.worker.postMessage({ type: 'stop' });
    });
    return this.stopped;
  }
}
