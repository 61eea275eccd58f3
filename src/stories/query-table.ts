import type { SparseVector } from './vectors.ts';

const BITS = 8;
const SIZE = 1 << BITS;
const MASK = SIZE - 1;

/**
 * One query vector held in a small open-addressed table (256 slots, a few KiB: it stays in the fastest
 * cache), so its cosine with each of the many candidates it is compared with is one probe per candidate
 * term — no merge of two sorted lists, whose branches a processor cannot predict. The candidate's terms are
 * read in id order and products added in that order, so the sum is exactly the one `dot` gives.
 */
export class QueryTable {
  private readonly keys = new Int32Array(SIZE).fill(-1);
  private readonly values = new Float32Array(SIZE);
  private readonly filled = new Int32Array(SIZE);
  private count = 0;

  /** Holds `v` (at most 128 terms; `dot` falls back to the merge past that). */
  load(v: SparseVector): boolean {
    const { keys, values, filled } = this;
    for (let i = 0; i < this.count; i++) keys[filled[i] as number] = -1;
    this.count = 0;
    if (v.ids.length > SIZE / 2) return false;
    for (let i = 0; i < v.ids.length; i++) {
      const id = v.ids[i] as number;
      let s = slotOf(id);
      while (keys[s] !== -1 && keys[s] !== id) s = (s + 1) & MASK;
      keys[s] = id;
      values[s] = v.weights[i] as number;
      filled[this.count++] = s;
    }
    return true;
  }

  /** The dot product of the held vector with `b`. */
  dot(b: SparseVector): number {
    const { keys, values } = this;
    const ids = b.ids;
    const weights = b.weights;
    let sum = 0;
    for (let j = 0; j < ids.length; j++) {
      const id = ids[j] as number;
      for (let s = slotOf(id); ; s = (s + 1) & MASK) {
        const k = keys[s] as number;
        if (k === id) {
          sum += (values[s] as number) * (weights[j] as number);
          break;
        }
        if (k === -1) break;
      }
    }
    return sum;
  }
}

function slotOf(id: number): number {
  return Math.imul(id, 0x9e3779b1) >>> (32 - BITS);
}
