import type { CoveredSummary, Repository } from '../store/index.ts';

/** The windows «پربازتاب‌ترین» offers, in hours. */
export const WINDOWS = [2, 12, 24] as const;
export type WindowHours = (typeof WINDOWS)[number];

export function windowHours(raw: string | undefined): WindowHours | null {
  const n = Number(raw ?? 24);
  return (WINDOWS as readonly number[]).includes(n) ? (n as WindowHours) : null;
}

export interface Coverage {
  hours: WindowHours;
  since: string;
  until: string;
  /** True when nothing was published in the last hours (crawling stopped, or the offline demo's corpus is older), so the
   * window ends at the newest article stored instead of now; pages say so. */
  endsAtNewest: boolean;
  items: CoveredSummary[];
}

/** The most-covered stories of the last `hours`: by how many outlets told them, then how many articles, then newest. */
export async function mostCovered(store: Repository, now: Date, hours: WindowHours, limit = 30): Promise<Coverage> {
  const span = hours * 3600_000;
  const newest = await store.newestPublished();
  const endsAtNewest = newest !== null && Date.parse(newest) <= now.getTime() - span;
  const until = endsAtNewest ? new Date(newest) : now;
  const since = new Date(until.getTime() - span);
  return {
    hours,
    since: since.toISOString(),
    until: until.toISOString(),
    endsAtNewest,
    items: await store.mostCovered({ since: since.toISOString(), until: until.toISOString(), limit }),
  };
}
