import { SlotVectors } from './slot-vectors.ts';
import type { Doc } from './story-state.ts';

/** One term's list: slots and weights, oldest first. */
class Posting {
  slots = new Int32Array(4);
  weights = new Float32Array(4);
  length = 0;

  push(slot: number, weight: number): void {
    if (this.length === this.slots.length) {
      const slots = new Int32Array(this.length * 2);
      slots.set(this.slots);
      this.slots = slots;
      const weights = new Float32Array(this.length * 2);
      weights.set(this.weights);
      this.weights = weights;
    }
    this.slots[this.length] = slot;
    this.weights[this.length++] = weight;
  }
}

/**
 * The inverted index over the window's article vectors. Lists hold slot numbers, not objects, so a query
 * walks typed arrays. An article that leaves the window leaves its entries behind, stale, until the lists
 * are compacted (once they hold as many stale entries as live ones); its slot is given to another article
 * only after that, so an entry is live exactly when its slot is. A query reads the newest entries of two
 * dozen lists, each at a random slot: that the check of an entry is one bit of a map small enough to stay
 * in the fastest cache (a 20,000-article window: 2.5 KiB), and a list entry 8 bytes, is most of its speed.
 */
export class TermIndex {
  // Term ids are dense: lists are found by index, no hashing.
  private postings: (Posting | undefined)[] = [];
  private docs: (Doc | undefined)[] = [];
  /** A bit a slot: it holds an article now. */
  private alive = new Int32Array(64);
  /** The score the current query has summed for each slot (0 between queries). */
  private scores = new Float64Array(2048);
  /** Slots free for a new article, and slots freed since the last compaction (their entries are still in the lists). */
  private readonly freeSlots: number[] = [];
  private readonly freedSlots: number[] = [];
  private stale = 0;
  private live = 0;
  // Scratch of one query, kept between queries: a query allocates nothing but its result.
  private touched = new Int32Array(4096);
  private order = new Int32Array(64);
  private heap = new Int32Array(64);
  /** Each slot's vector, time and epoch, packed: candidates are scored from here (see `SlotVectors`). */
  readonly vectors: SlotVectors;

  constructor(stride = 64) {
    this.vectors = new SlotVectors(stride);
  }

  /** The article in `slot` (undefined once it has left). */
  docAt(slot: number): Doc | undefined {
    return this.docs[slot];
  }

  add(doc: Doc): void {
    const slot = this.freeSlots.pop() ?? this.docs.length;
    doc.slot = slot;
    this.docs[slot] = doc;
    if (slot >= this.scores.length) this.scores = new Float64Array(this.scores.length * 2);
    if (slot >> 5 >= this.alive.length) {
      const alive = new Int32Array(this.alive.length * 2);
      alive.set(this.alive);
      this.alive = alive;
    }
    this.alive[slot >> 5] = (this.alive[slot >> 5] as number) | (1 << (slot & 31));
    this.vectors.set(slot, doc.vec, doc.epoch, doc.time);
    const { ids, weights } = doc.vec;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] ?? 0;
      while (this.postings.length <= id) this.postings.push(undefined);
      let p = this.postings[id];
      if (!p) this.postings[id] = p = new Posting();
      p.push(slot, weights[i] ?? 0);
    }
    this.live += ids.length;
  }

  /** The article leaves the index (its entries go stale). */
  remove(doc: Doc): void {
    const slot = doc.slot;
    if (slot < 0 || this.docs[slot] !== doc) return;
    this.docs[slot] = undefined;
    this.alive[slot >> 5] = (this.alive[slot >> 5] as number) & ~(1 << (slot & 31));
    this.freedSlots.push(slot);
    this.stale += doc.vec.ids.length;
    this.live -= doc.vec.ids.length;
    if (this.stale > this.live && this.stale > 50_000) this.compact();
  }

  /**
   * The live articles most like `doc`, at most `limit`, with their cosine. Only the query's `terms`
   * heaviest terms are looked up, and a common term's list only from its newest end (`perTerm` entries:
   * the old end is what time decay discounts anyway), so a query's cost stays bounded as the window
   * fills. The caller scores the candidates exactly. Returns their slots (the article's own left in: it is
   * not in the index when it is placed), valid until the next query.
   */
  matches(doc: Doc, opts: { terms?: number; perTerm?: number; limit?: number } = {}): Int32Array {
    const { terms = 24, perTerm = 128, limit = 32 } = opts;
    const { ids, weights } = doc.vec;
    const order = heaviest(weights, terms, this.order);
    const scores = this.scores;
    const alive = this.alive;
    let touched = this.touched;
    let count = 0;
    for (let o = 0; o < order.length; o++) {
      const i = order[o] as number;
      const p = this.postings[ids[i] ?? -1];
      if (!p) continue;
      const qw = weights[i] ?? 0;
      const { slots, weights: pw } = p;
      for (let k = Math.max(0, p.length - perTerm); k < p.length; k++) {
        const slot = slots[k] as number;
        if (((alive[slot >> 5] as number) & (1 << (slot & 31))) === 0) continue;
        const score = scores[slot] as number;
        if (score === 0) {
          if (count === touched.length) {
            const grown = new Int32Array(touched.length * 2);
            grown.set(touched);
            this.touched = touched = grown;
          }
          touched[count++] = slot;
        }
        scores[slot] = score + qw * (pw[k] as number);
      }
    }
    const best = topSlots(touched, count, scores, limit, this.heap);
    for (let t = 0; t < count; t++) scores[touched[t] as number] = 0;
    return best;
  }

  private compact(): void {
    const alive = this.alive;
    this.postings.forEach((p, id) => {
      if (!p) return;
      let n = 0;
      const { slots, weights } = p;
      for (let k = 0; k < p.length; k++) {
        const slot = slots[k] as number;
        if (((alive[slot >> 5] as number) & (1 << (slot & 31))) === 0) continue;
        slots[n] = slot;
        weights[n++] = weights[k] as number;
      }
      if (n) p.length = n;
      else this.postings[id] = undefined;
    });
    this.stale = 0;
    // No list holds a freed slot any more: it may be given to a new article.
    for (const slot of this.freedSlots) this.freeSlots.push(slot);
    this.freedSlots.length = 0;
  }
}

/**
 * Indices of the `n` heaviest weights, heaviest first, equal weights in index order (what a stable sort of
 * the indices by weight gives), in `into` (grown if need be); returns the filled part.
 */
function heaviest(weights: Float32Array, n: number, into: Int32Array): Int32Array {
  const m = Math.min(n, weights.length);
  const out = into.length >= m ? into : new Int32Array(m);
  let len = 0;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i] as number;
    if (len === m && !(w > (weights[out[m - 1] as number] as number))) continue;
    // Insertion after every entry at least as heavy: ties keep index order.
    let at = len < m ? len : m - 1;
    while (at > 0 && (weights[out[at - 1] as number] as number) < w) {
      out[at] = out[at - 1] as number;
      at--;
    }
    out[at] = i;
    if (len < m) len++;
  }
  return out.subarray(0, len);
}

/** The `k` slots with the highest scores among the first `count` of `slots` (a bounded min-heap: one pass, no full sort). */
function topSlots(slots: Int32Array, count: number, scores: Float64Array, k: number, scratch: Int32Array): Int32Array {
  if (count <= k) return slots.subarray(0, count);
  const heap = scratch.length >= k ? scratch : new Int32Array(k);
  let size = 0;
  const score = (i: number) => scores[heap[i] as number] as number;
  const swap = (i: number, j: number) => {
    const t = heap[i] as number;
    heap[i] = heap[j] as number;
    heap[j] = t;
  };
  for (let s = 0; s < count; s++) {
    const slot = slots[s] as number;
    if (size < k) {
      heap[size++] = slot;
      for (let i = size - 1; i > 0 && score(i) < score((i - 1) >> 1); i = (i - 1) >> 1) swap(i, (i - 1) >> 1);
    } else if ((scores[slot] as number) > score(0)) {
      heap[0] = slot;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < k && score(l) < score(m)) m = l;
        if (r < k && score(r) < score(m)) m = r;
        if (m === i) break;
        swap(i, m);
        i = m;
      }
    }
  }
  return heap.subarray(0, size);
}
