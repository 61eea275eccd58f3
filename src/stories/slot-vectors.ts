import type { SparseVector } from './vectors.ts';

/**
 * The vectors of the articles in the term index, packed by slot into a few large typed arrays (a fixed
 * stride of `stride` terms a slot), with each one's publication time and the vocabulary epoch it was
 * weighted in. A candidate is scored from here without touching its article: an article's own vector is
 * three typed arrays somewhere in a heap of a hundred megabytes, and scoring 32 candidates by following
 * their pointers cost a chain of cache misses each — more than the arithmetic. Most candidates fall
 * below the floor and their article is never read at all.
 */
export class SlotVectors {
  ids = new Int32Array(0);
  weights = new Float32Array(0);
  /** Terms held in each slot; -1 when the vector was longer than the stride (the article's own is used). */
  lengths = new Int32Array(0);
  epochs = new Int32Array(0);
  times = new Float64Array(0);

  constructor(readonly stride: number) {}

  /** Keeps `vec` in `slot` (growing the arrays to hold it). */
  set(slot: number, vec: SparseVector, epoch: number, time: number): void {
    if (slot >= this.lengths.length) this.grow(Math.max(1024, slot * 2));
    this.epochs[slot] = epoch;
    this.times[slot] = time;
    const n = vec.ids.length;
    if (n > this.stride) {
      this.lengths[slot] = -1;
      return;
    }
    this.lengths[slot] = n;
    const at = slot * this.stride;
    this.ids.set(vec.ids, at);
    this.weights.set(vec.weights, at);
  }

  private grow(slots: number): void {
    const grow = <T extends Int32Array | Float32Array | Float64Array>(a: T, b: T): T => (b.set(a), b);
    this.ids = grow(this.ids, new Int32Array(slots * this.stride));
    this.weights = grow(this.weights, new Float32Array(slots * this.stride));
    this.lengths = grow(this.lengths, new Int32Array(slots));
    this.epochs = grow(this.epochs, new Int32Array(slots));
    this.times = grow(this.times, new Float64Array(slots));
  }
}
