import type { Store } from '../store/index.ts';
import type { SiteState } from './views/layout.tsx';

export interface WebDeps {
  store: Store;
  site: SiteState;
  now: () => Date;
}
