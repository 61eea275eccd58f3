import { kthSmallest } from './select.ts';
import { float32s, int32s } from './slab.ts';
import type { SparseVector } from './vectors.ts';

// The copy a centroid's cut-off is selected in, kept from one call to the next.
let sortScratch = new Float32Array(1024);

const NO_IDS = new Int32Array(0);
const NO_SUMS = new Float32Array(0);

/**
 * A running sum of unit vectors (a story's centroid), normalized on read. The sum and the vector read
 * from it live in buffers of the centroid's own, written over in place: a new pair of arrays at every
 * article added was most of what the stream allocated outside the heap, and each kept a slab block alive.
 */
export class Centroid {
  // A story of one article is most stories: its centroid is that article's vector, nothing copied.
  // Larger stories keep a running sum as two sorted typed arrays (8 bytes a term, not a map entry's 40+).
  private only: SparseVector | null = null;
  /** The sum: its first `size` ids ascending, with their sums; room to grow after them. */
  private ids: Int32Array = NO_IDS;
  private sums: Float32Array = NO_SUMS;
  private size = 0;
  /** The normalized vector last read, in buffers reused by the next read after a change. */
  private cached: SparseVector | null = null;
  private topIds: Int32Array = NO_IDS;
  private topWeights: Float32Array = NO_SUMS;

  constructor(private readonly limit = 256) {}

  add(v: SparseVector): void {
    this.cached = null;
    if (!this.only && !this.size) {
      this.only = v;
      return;
    }
    const base = this.only;
    this.only = null;
    if (base) this.merge(base.ids, base.weights, base.ids.length, v);
    else this.merge(this.ids, this.sums, this.size, v);
    if (this.size > this.limit * 2) this.trim();
  }

  /**
   * Sets the sum to the first `an` entries of `aIds`/`aSums` (ascending ids) plus `v`. Those may be the
   * centroid's own buffers: the merge runs from the last id down, and never writes where it has still to read.
   */
  private merge(aIds: Int32Array, aSums: Float32Array, an: number, v: SparseVector): void {
    const bIds = v.ids;
    const bWeights = v.weights;
    const bn = bIds.length;
    const size = an + bn - commonIds(aIds, an, bIds);
    if (this.ids.length < size) {
      const room = Math.max(size, this.ids.length * 2);
      this.ids = int32s(room);
      this.sums = float32s(room);
    }
    const { ids, sums } = this;
    let i = an - 1;
    let j = bn - 1;
    for (let k = size - 1; k >= 0; k--) {
      const x = i >= 0 ? (aIds[i] as number) : -1;
      const y = j >= 0 ? (bIds[j] as number) : -1;
      if (x === y) {
        ids[k] = x;
        sums[k] = (aSums[i--] as number) + (bWeights[j--] as number);
      } else if (x > y) {
        ids[k] = x;
        sums[k] = aSums[i--] as number;
      } else {
        ids[k] = y;
        sums[k] = bWeights[j--] as number;
      }
    }
    this.size = size;
  }

  /** Keeps the `limit` heaviest terms only (ties: the earlier id): a story of hundreds of articles, whose tail decides nothing. */
  private trim(): void {
    const { ids, sums } = this;
    const keep = Array.from({ length: this.size }, (_, i) => i)
      .sort((a, b) => (sums[b] ?? 0) - (sums[a] ?? 0))
      .slice(0, this.limit)
      .sort((a, b) => a - b);
    // Kept indices ascend, each at or after its new place: moving them forward overwrites only what is read.
    for (let k = 0; k < keep.length; k++) {
      const i = keep[k] as number;
      ids[k] = ids[i] as number;
      sums[k] = sums[i] as number;
    }
    this.size = keep.length;
  }

  clear(): void {
    this.only = null;
    this.size = 0;
    this.cached = null;
  }

  /** The `keep` heaviest terms of the sum, normalized: valid until the next `add` or `clear`. */
  vector(keep: number): SparseVector {
    if (this.only) return this.only;
    if (!this.cached) {
      const ids = this.ids;
      const sums = this.sums;
      const size = this.size;
      // The sum is kept in id order: keep the `keep` heaviest (a selection over a copy gives the cut-off).
      let cut = Number.NEGATIVE_INFINITY;
      if (size > keep) {
        if (sortScratch.length < size) sortScratch = new Float32Array(size * 2);
        sortScratch.set(sums.subarray(0, size));
        cut = kthSmallest(sortScratch, size, size - keep);
      }
      let n = 0;
      let norm = 0;
      for (let i = 0; i < size; i++) {
        const w = sums[i] as number;
        if (w >= cut && n < keep) {
          n++;
          norm += w * w;
        }
      }
      norm = Math.sqrt(norm) || 1;
      if (this.topIds.length < n) {
        this.topIds = int32s(keep);
        this.topWeights = float32s(keep);
      }
      const out = { ids: this.topIds.subarray(0, n), weights: this.topWeights.subarray(0, n) };
      for (let i = 0, k = 0; i < size && k < n; i++) {
        const w = sums[i] as number;
        if (w >= cut) {
          out.ids[k] = ids[i] as number;
          out.weights[k++] = w / norm;
        }
      }
      this.cached = out;
    }
    return this.cached;
  }

  /** The heaviest terms, for display («top terms»). */
  top(n: number): number[] {
    const v = this.only ?? { ids: this.ids.subarray(0, this.size), weights: this.sums.subarray(0, this.size) };
    return Array.from(v.ids.keys())
      .sort((a, b) => (v.weights[b] ?? 0) - (v.weights[a] ?? 0))
      .slice(0, n)
      .map((i) => v.ids[i] ?? 0);
  }
}

/** How many of the first `an` of `a` are in `b` (both ascending). */
function commonIds(a: Int32Array, an: number, b: Int32Array): number {
  const bn = b.length;
  let common = 0;
  for (let i = 0, j = 0; i < an && j < bn;) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return common;
}
