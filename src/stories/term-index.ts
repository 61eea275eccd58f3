import type { Doc } from './story-state.ts';

/** One term's list: slots and their generations (a slot is reused once its article leaves), weights. */
class Posting {
  slots = new Int32Array(4);
  gens = new Int32Array(4);
  weights = new Float32Array(4);
  length = 0;

  push(slot: number, gen: number, weight: number): void {
    if (this.length === this.slots.length) {
      const grow = <T extends Int32Array | Float32Array>(a: T, b: T): T => (b.set(a), b);
      const n = this.length * 2;
      this.slots = grow(this.slots, new Int32Array(n));
      this.gens = grow(this.gens, new Int32Array(n));
      this.weights = grow(this.weights, new Float32Array(n));
    }
    this.slots[this.length] = slot;
    this.gens[this.length] = gen;
    this.weights[this.length++] = weight;
  }
}

/**
 * The inverted index over the window's article vectors. Lists hold slot numbers, not objects, so a query
 * walks typed arrays; an entry whose slot has been given to another article since (its generation moved
 * on) is skipped, and lists are compacted once they hold as many stale entries as live ones.
 */
export class TermIndex {
  // Term ids are dense: lists are found by index, no hashing.
  private postings: (Posting | undefined)[] = [];
  private docs: (Doc | undefined)[] = [];
  private gens = new Int32Array(1024);
  private scores = new Float64Array(1024);
  private readonly freeSlots: number[] = [];
  private stale = 0;
  private live = 0;
  // Scratch of one query, kept between queries: a query allocates nothing but its result.
  private touched = new Int32Array(4096);
  private order = new Int32Array(64);
  private heap = new Int32Array(64);

  add(doc: Doc): void {
    const slot = this.freeSlots.pop() ?? this.docs.length;
    doc.slot = slot;
    this.docs[slot] = doc;
    if (slot >= this.gens.length) {
      const gens = new Int32Array(this.gens.length * 2);
      gens.set(this.gens);
      this.gens = gens;
      this.scores = new Float64Array(this.gens.length);
    }
    const gen = (this.gens[slot] = (this.gens[slot] ?? 0) + 1);
    const { ids, weights } = doc.vec;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] ?? 0;
      while (this.postings.length <= id) this.postings.push(undefined);
      let p = this.postings[id];
      if (!p) this.postings[id] = p = new Posting();
      p.push(slot, gen, weights[i] ?? 0);
    }
    this.live += ids.length;
  }

  /** The article leaves the index (its entries go stale). */
  remove(doc: Doc): void {
    if (doc.slot < 0 || this.docs[doc.slot] !== doc) return;
    this.docs[doc.slot] = undefined;
    this.gens[doc.slot] = (this.gens[doc.slot] ?? 0) + 1;
    this.freeSlots.push(doc.slot);
    this.stale += doc.vec.ids.length;
    this.live -= doc.vec.ids.length;
    if (this.stale > this.live && this.stale > 50_000) this.compact();
  }

  /**
   * The live articles most like `doc`, at most `limit`, with their cosine. Only the query's `terms`
   * heaviest terms are looked up, and a common term's list only from its newest end (`perTerm` entries:
   * the old end is what time decay discounts anyway), so a query's cost stays bounded as the window
   * fills. The caller scores the candidates exactly.
   */
  matches(doc: Doc, opts: { terms?: number; perTerm?: number; limit?: number } = {}): Doc[] {
    const { terms = 24, perTerm = 128, limit = 32 } = opts;
    const { ids, weights } = doc.vec;
    const order = heaviest(weights, terms, this.order);
    const scores = this.scores;
    const gens = this.gens;
    let touched = this.touched;
    let count = 0;
    for (let o = 0; o < order.length; o++) {
      const i = order[o] as number;
      const p = this.postings[ids[i] ?? -1];
      if (!p) continue;
      const qw = weights[i] ?? 0;
      const { slots, gens: pgens, weights: pw } = p;
      for (let k = Math.max(0, p.length - perTerm); k < p.length; k++) {
        const slot = slots[k] as number;
        if (pgens[k] !== gens[slot]) continue;
        if (scores[slot] === 0) {
          if (count === touched.length) {
            const grown = new Int32Array(touched.length * 2);
            grown.set(touched);
            this.touched = touched = grown;
          }
          touched[count++] = slot;
        }
        scores[slot] = (scores[slot] as number) + qw * (pw[k] as number);
      }
    }
    const best = topSlots(touched, count, scores, limit, this.heap);
    for (let t = 0; t < count; t++) scores[touched[t] as number] = 0;
    const found: Doc[] = [];
    for (let b = 0; b < best.length; b++) {
      const d = this.docs[best[b] as number];
      if (d && d !== doc) found.push(d);
    }
    return found;
  }

  private compact(): void {
    this.postings.forEach((p, id) => {
      if (!p) return;
      let n = 0;
      for (let k = 0; k < p.length; k++) {
        const slot = p.slots[k] as number;
        if (p.gens[k] !== this.gens[slot]) continue;
        p.slots[n] = slot;
        p.gens[n] = p.gens[k] as number;
        p.weights[n++] = p.weights[k] as number;
      }
      if (n) p.length = n;
      else this.postings[id] = undefined;
    });
    this.stale = 0;
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
