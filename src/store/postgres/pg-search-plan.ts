// How PostgreSQL finds the newest matches of a query, one id window at a time. GIN cannot return matches in id
// order, so "the newest 300" is either a walk down the primary key testing each row (cheap when matches are dense)
// or GIN's matches intersected with an id window and sorted (cheap when they are sparse, as long as the window
// holds not many more matches than wanted). Which is cheaper follows from the density of matches; the costs below
// were measured at 1,000,000 articles (bench/search.ts, EXPLAIN ANALYZE) and only their ratios matter.

export const COST_MS = {
  /** One match GIN hands over (the TID bitmap is built from every one, whatever the window). */
  posting: 0.0008,
  /** Testing one row on the walk down the primary key (its tsvector is read from TOAST and matched). */
  scannedRow: 0.01,
  /** Visiting one match of a bitmap in the window (its row read, a long phrase rechecked). */
  bitmapMatch: 0.015,
};

export type WindowMode = 'walk' | 'bitmap';

export interface WindowPlan {
  /** The window is [from, hi]. */
  from: number;
  mode: WindowMode;
}

export interface WindowInput {
  lo: number;
  hi: number;
  /** Matches still wanted. */
  need: number;
  /** Estimated fraction of ids in [lo, hi] that match (0 < density ≤ 1). */
  density: number;
  /** Postings GIN reads for the query, whatever the window. */
  postings: number;
}

/** The next window down from `hi`, and the cheaper way to read it. */
export function nextWindow(w: WindowInput): WindowPlan {
  const span = w.hi - w.lo + 1;
  const density = Math.min(1, Math.max(w.density, 1e-7));
  const expected = w.need / density;
  const walk = Math.min(span, expected) * COST_MS.scannedRow;
  // A fifth more than the expected span, so an estimate a little high still fills the page in one window.
  const bitmapSpan = Math.min(span, Math.ceil(expected * 1.2));
  const bitmap = w.postings * COST_MS.posting + bitmapSpan * density * COST_MS.bitmapMatch;
  if (walk <= bitmap) {
    // The walk stops at `need` matches; the window bounds it if the density was overestimated.
    return { from: Math.max(w.lo, w.hi - Math.ceil(expected * 4) + 1), mode: 'walk' };
  }
  return { from: Math.max(w.lo, w.hi - bitmapSpan + 1), mode: 'bitmap' };
}

/**
 * The density to plan the next window with, from what the last one found: what it saw when it found any, else a
 * sixteenth of the estimate it was planned with (and no more than half a match over the ids it covered).
 */
export function measuredDensity(found: number, covered: number, planned: number): number {
  if (found > 0) return found / Math.max(1, covered);
  return Math.min(planned / 16, 0.5 / Math.max(1, covered));
}
