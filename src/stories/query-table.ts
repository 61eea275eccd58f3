import type { SlotVectors } from './slot-vectors.ts';
import type { SparseVector } from './vectors.ts';

/**
 * One query vector spread over an array indexed by term id, so its cosine with each of the many
 * candidates it is compared with is one load and one multiply per candidate term: no probe, no branch
 * (a probe of a hashed table mispredicted on most candidate terms, which the query does not have). An
 * absent term reads 0 and adds +0, which leaves the sum exactly as it was: the candidate's terms are read
 * in id order and products added in that order, so the sum is the one `dot` gives, bit for bit. The array
 * has a slot for every term of the vocabulary (4 bytes a term); only the query's own slots are written
 * and wiped, so loading costs the query's length, not the vocabulary's.
 */
export class QueryTable {
  private weights = new Float32Array(1024);
  private held: Int32Array = new Int32Array(0);

  /** Holds `v`; every term id met later (in `v` or in a candidate) must be below `terms`. */
  load(v: SparseVector, terms: number): void {
    let weights = this.weights;
    for (let i = 0; i < this.held.length; i++) weights[this.held[i] as number] = 0;
    if (weights.length < terms) {
      weights = this.weights = new Float32Array(Math.max(terms, weights.length) * 2);
    }
    for (let i = 0; i < v.ids.length; i++) weights[v.ids[i] as number] = v.weights[i] as number;
    this.held = v.ids;
  }

  /** The dot product of the held vector with `b`. */
  dot(b: SparseVector): number {
    const held = this.weights;
    const ids = b.ids;
    const weights = b.weights;
    let sum = 0;
    for (let j = 0; j < ids.length; j++) sum += (held[ids[j] as number] as number) * (weights[j] as number);
    return sum;
  }

  /** The dot product of the held vector with the vector kept in `slot` (which must hold one). */
  dotSlot(vectors: SlotVectors, slot: number): number {
    const held = this.weights;
    const { ids, weights, stride } = vectors;
    const from = slot * stride;
    const to = from + (vectors.lengths[slot] as number);
    let sum = 0;
    for (let j = from; j < to; j++) sum += (held[ids[j] as number] as number) * (weights[j] as number);
    return sum;
  }
}
