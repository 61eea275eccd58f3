// How PostgreSQL finds the newest matches of a query, one id window at a time. GIN cannot return matches in id
// order, so "the newest 300" is either a walk down article_terms' primary key testing each row's hashes (cheap when
// matches are dense) or GIN's matches in the id blocks a window covers, sorted (cheap when they are sparse: the index
// keys each term by its block of 65,536 ids, so a window reads only its own blocks' matches). Which is cheaper follows
// from the density of matches; the costs below were measured at 1,000,000 articles (bench/search.ts, EXPLAIN
// ANALYZE) and only their ratios matter.

export const COST_MS = {
  /** Looking a term up in one block of the GIN index over article_terms (search_block_keys, migration 005). */
  probe: 0.02,
  /** One match GIN hands over from the blocks it looked in. */
  posting: 0.0002,
  /**
   * Testing one row on the walk down article_terms: a binary search of its inline hashes per term (0.01 when the walk
   * read each article's tsvector from TOAST).
   */
  scannedRow: 0.0008,
  /**
   * Visiting one row GIN found in a bitmap's blocks (its narrow row read, the other terms tested): the rows are
   * scattered, and at a million articles most come from the operating system's cache, not PostgreSQL's.
   */
  bitmapMatch: 0.008,
};

/**
 * Which terms GIN looks up, given each term's density: the rarest, then each next rarest while reading its matches
 * costs less than visiting the rows it would rule out (under independence, a fraction 1 − density of those found).
 */
export function ginTerms(densities: number[]): number[] {
  const order = densities.map((_, i) => i).sort((a, b) => densities[a]! - densities[b]!);
  const chosen: number[] = [];
  let finds = 1;
  for (const i of order) {
    const d = densities[i]!;
    if (chosen.length && d * COST_MS.posting >= finds * (1 - d) * COST_MS.bitmapMatch) break;
    chosen.push(i);
    finds *= d;
  }
  return chosen;
}

/** Ids per block of the GIN index: search_block_keys() (migration 005) tags each term with `id >> 16`. */
export const BLOCK_IDS = 65_536;

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
  /** Terms GIN looks up in each block. */
  ginTerms: number;
  /** Matches per id GIN hands over, summed over the terms it looks up (each term's density). */
  postings: number;
  /** Estimated fraction of ids GIN finds (all its terms together): the rows a bitmap read visits. */
  ginFinds: number;
}

/** The next window down from `hi`, and the cheaper way to read it. */
export function nextWindow(w: WindowInput): WindowPlan {
  const span = w.hi - w.lo + 1;
  const density = Math.min(1, Math.max(w.density, 1e-7));
  const expected = w.need / density;
  const walk = Math.min(span, expected) * COST_MS.scannedRow;
  // A fifth more than the expected span, so an estimate a little high still fills the page in one window.
  const bitmapSpan = Math.min(span, Math.ceil(expected * 1.2));
  // GIN hands over every match of its terms, and the heap is visited for every row holding them all, in each block
  // the window touches.
  const blocks = Math.ceil(bitmapSpan / BLOCK_IDS) + 1;
  const covered = Math.min(span, blocks * BLOCK_IDS);
  const found = Math.max(density, w.ginFinds);
  const bitmap = blocks * w.ginTerms * COST_MS.probe + covered * (w.postings * COST_MS.posting + found * COST_MS.bitmapMatch);
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
