import { SlotVectors } from './slot-vectors.ts';
import type { Doc } from './story-state.ts';
import { TermLists } from './term-lists.ts';

/**
 * The inverted index over the window's article vectors. Lists hold slot numbers, not objects, so a query
 * walks typed arrays. An article that leaves the window leaves its entries behind, stale, until the lists
 * are compacted (once they hold as many stale entries as live ones); its slot is given to another article
 * only after that, so an entry is live exactly when its slot is. A query reads the newest entries of
 * sixteen lists, each at a random slot: that the check of an entry is one bit of a map small enough to stay
 * in the fastest cache (a 20,000-article window: 2.5 KiB), and a list entry 8 bytes, is most of its speed.
 */
export class TermIndex {
  private readonly lists = new TermLists();
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
  /** Per list a query reads: the part read (from, end in the arena) and the query's weight of its term. */
  private readonly listFrom: Int32Array;
  private readonly listEnd: Int32Array;
  private readonly listWeight: Float64Array;
  /** What the read-ahead of the lists' first entries gave (kept only so that the reads are not dropped). */
  private readAhead = 0;
  /** Each slot's vector, time and epoch, packed: candidates are scored from here (see `SlotVectors`). */
  readonly vectors: SlotVectors;

  /**
   * @param stride the most terms an article vector has (`keepTerms`)
   * @param indexed how many of an article's heaviest terms it is listed under, and how many of a query's
   *   are looked up: two articles of one story share their rarest, heaviest words (names, places), and a
   *   common word among an article's lighter terms only made its list longer.
   */
  constructor(
    stride = 64,
    private readonly indexed = 16,
  ) {
    this.vectors = new SlotVectors(stride);
    this.listFrom = new Int32Array(indexed);
    this.listEnd = new Int32Array(indexed);
    this.listWeight = new Float64Array(indexed);
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
    const listed = heaviest(weights, this.indexed, this.order);
    for (let o = 0; o < listed.length; o++) {
      const i = listed[o] as number;
      this.lists.push(ids[i] as number, slot, weights[i] as number);
    }
    this.live += listed.length;
  }

  /** The article leaves the index (its entries go stale). */
  remove(doc: Doc): void {
    const slot = doc.slot;
    if (slot < 0 || this.docs[slot] !== doc) return;
    this.docs[slot] = undefined;
    this.alive[slot >> 5] = (this.alive[slot >> 5] as number) & ~(1 << (slot & 31));
    this.freedSlots.push(slot);
    // Its vector is the one it was listed from: the same terms are listed.
    const listed = Math.min(this.indexed, doc.vec.ids.length);
    this.stale += listed;
    this.live -= listed;
    if (this.stale > this.live && this.stale > 50_000) this.compact();
  }

  /**
   * The live articles most like `doc`, at most `limit`, with their cosine. Only the query's `indexed`
   * heaviest terms are looked up, and a common term's list only from its newest end (`perTerm` entries:
   * the old end is what time decay discounts anyway), so a query's cost stays bounded as the window
   * fills. The caller scores the candidates exactly. Returns their slots (the article's own left in: it is
   * not in the index when it is placed), valid until the next query.
   */
  matches(doc: Doc, limit = 32, perTerm = 128): Int32Array {
    const { ids, weights } = doc.vec;
    const order = heaviest(weights, this.indexed, this.order);
    const scores = this.scores;
    const alive = this.alive;
    const { data, weights: listWeights, starts, lengths } = this.lists;
    const { listFrom, listEnd, listWeight } = this;
    // Each list's part to read, then its first entry, are found for every list before any list is walked:
    // the reads of one round do not wait on each other, so their cache misses overlap (a term's length, its
    // start and its block are three places somewhere in megabytes). An empty list reads as from = end.
    const n = order.length;
    for (let o = 0; o < n; o++) {
      const i = order[o] as number;
      const id = ids[i] as number;
      const length = id < lengths.length ? (lengths[id] as number) : 0;
      const end = (starts[id] ?? 0) + length * 2;
      listFrom[o] = end - Math.min(length, perTerm) * 2;
      listEnd[o] = end;
      listWeight[o] = weights[i] as number;
    }
    let lists = 0;
    let total = 0;
    let first = 0;
    for (let o = 0; o < n; o++) {
      const from = listFrom[o] as number;
      const end = listEnd[o] as number;
      if (from === end) continue;
      listFrom[lists] = from;
      listEnd[lists] = end;
      listWeight[lists++] = listWeight[o] as number;
      total += (end - from) / 2;
      first |= data[from] as number;
    }
    // Kept, so that the reads above are not dropped as unused.
    this.readAhead = first;
    let touched = this.touched;
    // Room for every entry of every list: the loop below writes without a check.
    if (total > touched.length) touched = this.touched = new Int32Array(total * 2);
    let count = 0;
    for (let l = 0; l < lists; l++) {
      const qw = listWeight[l] as number;
      const end = listEnd[l] as number;
      for (let k = listFrom[l] as number; k < end; k += 2) {
        const slot = data[k] as number;
        if (((alive[slot >> 5] as number) & (1 << (slot & 31))) === 0) continue;
        const score = scores[slot] as number;
        // A slot is listed the first time it scores (a weight is never 0); written always, kept when new.
        touched[count] = slot;
        count += score === 0 ? 1 : 0;
        scores[slot] = score + qw * (listWeights[k + 1] as number);
      }
    }
    const best = topSlots(touched, count, scores, limit, this.heap);
    for (let t = 0; t < count; t++) scores[touched[t] as number] = 0;
    return best;
  }

  private compact(): void {
    const alive = this.alive;
    this.lists.filter((slot) => ((alive[slot >> 5] as number) & (1 << (slot & 31))) !== 0);
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
  for (let s = 0; s < count; s++) {
    const slot = slots[s] as number;
    const score = scores[slot] as number;
    if (size < k) {
      // Sift up.
      let i = size++;
      while (i > 0) {
        const up = (i - 1) >> 1;
        const parent = heap[up] as number;
        if (!(score < (scores[parent] as number))) break;
        heap[i] = parent;
        i = up;
      }
      heap[i] = slot;
    } else if (score > (scores[heap[0] as number] as number)) {
      // Sift down from the root.
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= k) break;
        const r = l + 1;
        let m = l;
        if (r < k && (scores[heap[r] as number] as number) < (scores[heap[l] as number] as number)) m = r;
        if (!((scores[heap[m] as number] as number) < score)) break;
        heap[i] = heap[m] as number;
        i = m;
      }
      heap[i] = slot;
    }
  }
  return heap.subarray(0, size);
}
