import type { Repository } from '../store/index.ts';
import type { SiteState } from './views/layout.tsx';

export interface WebDeps {
  store: Repository;
  site: SiteState;
  now: () => Date;
  /** The result of `compute`, kept until the store changes: for reads that scan (counts per source, sections). */
  memo<T>(name: string, compute: () => T | Promise<T>): Promise<T>;
  /** Changes whenever the store (or which store is shown) changes. */
  token(): Promise<string>;
}
