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
    const order = Array.from(ids.keys()).sort((a, b) => (weights[b] ?? 0) - (weights[a] ?? 0)).slice(0, terms);
    const touched: number[] = [];
    const scores = this.scores;
    const gens = this.gens;
    for (const i of order) {
      const p = this.postings[ids[i] ?? -1];
      if (!p) continue;
      const qw = weights[i] ?? 0;
      const { slots, gens: pgens, weights: pw } = p;
      for (let k = Math.max(0, p.length - perTerm); k < p.length; k++) {
        const slot = slots[k] as number;
        if (pgens[k] !== gens[slot]) continue;
        if (scores[slot] === 0) touched.push(slot);
        scores[slot] = (scores[slot] as number) + qw * (pw[k] as number);
      }
    }
    const best = topSlots(touched, scores, limit);
    for (const slot of touched) scores[slot] = 0;
    const found: Doc[] = [];
    for (const slot of best) {
      const d = this.docs[slot];
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

/** The `k` slots with the highest scores (a bounded min-heap: one pass, no full sort). */
function topSlots(slots: number[], scores: Float64Array, k: number): number[] {
  if (slots.length <= k) return slots;
  const heap: number[] = [];
  const score = (i: number) => scores[heap[i] ?? 0] ?? 0;
  const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j] as number, heap[i] as number]);
  for (const slot of slots) {
    if (heap.length < k) {
      heap.push(slot);
      for (let i = heap.length - 1; i > 0 && score(i) < score((i - 1) >> 1); i = (i - 1) >> 1) swap(i, (i - 1) >> 1);
    } else if ((scores[slot] ?? 0) > score(0)) {
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
  return heap;
}
