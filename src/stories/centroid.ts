import { kthSmallest } from './select.ts';
import { float32s, int32s } from './slab.ts';
import type { SparseVector } from './vectors.ts';

// The copy a centroid's cut-off is selected in, kept from one call to the next.
let sortScratch = new Float32Array(1024);

/** A running sum of unit vectors (a story's centroid), normalized on read. */
export class Centroid {
  // A story of one article is most stories: its centroid is that article's vector, nothing copied.
  // Larger stories keep a running sum as two sorted typed arrays (8 bytes a term, not a map entry's 40+).
  private ids: Int32Array | null = null;
  private sums: Float32Array | null = null;
  private only: SparseVector | null = null;
  private cached: SparseVector | null = null;

  constructor(private readonly limit = 256) {}

  add(v: SparseVector): void {
    this.cached = null;
    if (!this.only && !this.ids) {
      this.only = v;
      return;
    }
    const base = this.only ?? { ids: this.ids ?? new Int32Array(0), weights: this.sums ?? new Float32Array(0) };
    this.only = null;
    const merged = mergeSorted(base, v);
    if (merged.ids.length > this.limit * 2) {
      // A story of hundreds of articles keeps its heaviest terms only; the tail decides nothing.
      const keep = Array.from(merged.ids.keys()).sort((a, b) => (merged.weights[b] ?? 0) - (merged.weights[a] ?? 0)).slice(0, this.limit).sort((a, b) => a - b);
      this.ids = Int32Array.from(keep, (i) => merged.ids[i] ?? 0);
      this.sums = Float32Array.from(keep, (i) => merged.weights[i] ?? 0);
    } else {
      this.ids = merged.ids;
      this.sums = merged.weights;
    }
  }

  clear(): void {
    this.only = null;
    this.ids = null;
    this.sums = null;
    this.cached = null;
  }

  vector(keep: number): SparseVector {
    if (this.only) return this.only;
    if (!this.cached) {
      const ids = this.ids ?? new Int32Array(0);
      const sums = this.sums ?? new Float32Array(0);
      // The sum is kept in id order: keep the `keep` heaviest (a selection over a copy gives the cut-off).
      let cut = Number.NEGATIVE_INFINITY;
      if (sums.length > keep) {
        if (sortScratch.length < sums.length) sortScratch = new Float32Array(sums.length * 2);
        sortScratch.set(sums);
        cut = kthSmallest(sortScratch, sums.length, sums.length - keep);
      }
      let n = 0;
      let norm = 0;
      for (let i = 0; i < sums.length; i++) {
        const w = sums[i] ?? 0;
        if (w >= cut && n < keep) {
          n++;
          norm += w * w;
        }
      }
      norm = Math.sqrt(norm) || 1;
      const out = { ids: int32s(n), weights: float32s(n) };
      for (let i = 0, k = 0; i < sums.length && k < n; i++) {
        const w = sums[i] ?? 0;
        if (w >= cut) {
          out.ids[k] = ids[i] ?? 0;
          out.weights[k++] = w / norm;
        }
      }
      this.cached = out;
    }
    return this.cached;
  }

  /** The heaviest terms, for display («top terms»). */
  top(n: number): number[] {
    const v = this.only ?? { ids: this.ids ?? new Int32Array(0), weights: this.sums ?? new Float32Array(0) };
    return Array.from(v.ids.keys())
      .sort((a, b) => (v.weights[b] ?? 0) - (v.weights[a] ?? 0))
      .slice(0, n)
      .map((i) => v.ids[i] ?? 0);
  }
}

/** The sum of two sparse vectors with ascending ids (the union counted first: two arrays, no copies). */
function mergeSorted(a: SparseVector, b: SparseVector): SparseVector {
  const an = a.ids.length;
  const bn = b.ids.length;
  let common = 0;
  for (let i = 0, j = 0; i < an && j < bn; ) {
    const x = a.ids[i] as number;
    const y = b.ids[j] as number;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  const ids = int32s(an + bn - common);
  const weights = float32s(ids.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < an || j < bn) {
    const x = i < an ? (a.ids[i] as number) : Number.MAX_SAFE_INTEGER;
    const y = j < bn ? (b.ids[j] as number) : Number.MAX_SAFE_INTEGER;
    if (x === y) {
      ids[n] = x;
      weights[n++] = (a.weights[i++] as number) + (b.weights[j++] as number);
    } else if (x < y) {
      ids[n] = x;
      weights[n++] = a.weights[i++] as number;
    } else {
      ids[n] = y;
      weights[n++] = b.weights[j++] as number;
    }
  }
  return { ids, weights };
}
