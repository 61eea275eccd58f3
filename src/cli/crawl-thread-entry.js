// The crawl thread's entry: a worker does not inherit the main thread's TypeScript loader, so it registers its own.
import { register } from 'tsx/esm/api';

register();
await import('./crawl-thread-worker.ts');
