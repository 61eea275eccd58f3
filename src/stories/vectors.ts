import { WordIds } from './text/word-ids.ts';

// Sparse TF-IDF vectors over term ids, and the document frequencies they are weighted by.

/** A unit vector: term ids ascending, with their weights. */
export interface SparseVector {
  ids: Int32Array;
  weights: Float32Array;
}

/** A document's weighted term frequencies: parallel lists of term ids (each once) and weights. */
export interface Bag {
  ids: Int32Array;
  tf: Float64Array;
}

/** Document frequencies of every term seen (all time, so rare names stay rare), and term ids. */
export class Vocabulary {
  // Accumulates one bag at a time, indexed by term id: no map per document.
  private acc = new Float64Array(4096);
  private order = new Int32Array(1024);
  private readonly ids = new Map<string, number>();
  private readonly terms: string[] = [];
  /** Folded word → its term's id (-1: a stopword): most words of a stream were seen before. */
  private readonly words = new WordIds(18);
  private dfs: Int32Array = new Int32Array(1024);
  docs = 0;

  term(id: number): string {
    return this.terms[id] ?? '';
  }

  has(term: string): boolean {
    return this.ids.has(term);
  }

  /** The term's id, or -1 for a term never seen. */
  find(term: string): number {
    return this.ids.get(term) ?? -1;
  }

  id(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(term, id);
      this.terms.push(term);
      if (id >= this.dfs.length) {
        const grown = new Int32Array(this.dfs.length * 2);
        grown.set(this.dfs);
        this.dfs = grown;
      }
    }
    return id;
  }

  /** The id of the term a folded word counts as (`termOf` decides it the first time), or -1. */
  wordTerm(word: string, termOf: (w: string) => string | null): number {
    let id = this.words.get(word);
    if (id === undefined) {
      const t = termOf(word);
      id = t === null ? -1 : this.id(t);
      // The cache is bounded; the ids it forgets are kept by the vocabulary itself.
      this.words.set(word, id);
    }
    return id;
  }

  /**
   * The bag of the first `n` (term id, weight) pairs: weights of a term summed, terms in order of first
   * appearance; an id below 0 (a stopword) is passed over. Every id must exist already.
   */
  tally(ids: Int32Array, weights: Float64Array, n: number): Bag {
    if (this.acc.length < this.terms.length + 1024) {
      const grown = new Float64Array((this.terms.length + 1024) * 2);
      grown.set(this.acc);
      this.acc = grown;
    }
    const acc = this.acc;
    if (this.order.length < n) this.order = new Int32Array(n * 2);
    const order = this.order;
    let m = 0;
    for (let i = 0; i < n; i++) {
      const id = ids[i] as number;
      if (id < 0) continue;
      if (acc[id] === 0) order[m++] = id;
      acc[id] = (acc[id] as number) + (weights[i] as number);
    }
    const bag = { ids: order.slice(0, m), tf: new Float64Array(m) };
    for (let k = 0; k < m; k++) {
      const id = order[k] as number;
      bag.tf[k] = acc[id] as number;
      acc[id] = 0;
    }
    return bag;
  }

  /** Counts one document's distinct terms. */
  count(termIds: Iterable<number>): void {
    this.docs++;
    for (const id of termIds) this.dfs[id] = (this.dfs[id] ?? 0) + 1;
  }

  /** How many documents had the term. */
  df(id: number): number {
    return this.dfs[id] ?? 0;
  }

  /** Moves on each time the number of documents doubles: vectors weighted in an older epoch are weighed again. */
  get epoch(): number {
    return 31 - Math.clz32(this.docs);
  }

  idf(id: number): number {
    return Math.log(1 + (this.docs + 1) / ((this.dfs[id] ?? 0) + 1));
  }

  get size(): number {
    return this.ids.size;
  }
}

/** A vector with the term frequencies it was weighted from, so it can be weighted again later. */
export interface WeightedVector extends SparseVector {
  tf: Float32Array;
}

/**
 * The TF-IDF vector of a weighted bag (sublinear term frequency), normalized, keeping the `keep`
 * heaviest terms: the tail of a long article adds little to similarity and a lot to the cost.
 */
export function vectorize(bag: Bag, vocab: Vocabulary, keep: number): WeightedVector {
  const n = bag.ids.length;
  const w = new Float64Array(n);
  for (let i = 0; i < n; i++) w[i] = (1 + Math.log(bag.tf[i] ?? 1)) * vocab.idf(bag.ids[i] ?? 0);
  // The `keep` heaviest: a native sort of the weights gives the cut-off, then one pass picks them.
  if (sortScratch.length < n) sortScratch = new Float64Array(n * 2);
  let cut = Number.NEGATIVE_INFINITY;
  if (n > keep) {
    sortScratch.set(w);
    cut = sortScratch.subarray(0, n).sort()[n - keep] ?? 0;
  }
  // Picked entries are sorted by id through one packed number: id × 1024 + index (index < 1024).
  let m = 0;
  for (let i = 0; i < n && m < keep * 2; i++) if ((w[i] ?? 0) >= cut) sortScratch[m++] = (bag.ids[i] ?? 0) * 1024 + i;
  const picked = sortScratch.subarray(0, m).sort().subarray(0, keep);
  const out = { ids: new Int32Array(picked.length), weights: new Float32Array(picked.length), tf: new Float32Array(picked.length) };
  let norm = 0;
  for (let k = 0; k < picked.length; k++) {
    const p = picked[k] as number;
    const i = p % 1024;
    out.ids[k] = Math.floor(p / 1024);
    norm += (w[i] ?? 0) ** 2;
    out.tf[k] = bag.tf[i] ?? 0;
  }
  norm = Math.sqrt(norm) || 1;
  for (let k = 0; k < picked.length; k++) out.weights[k] = (w[(picked[k] as number) % 1024] ?? 0) / norm;
  return out;
}

// The sorts of `vectorize`, in one buffer kept from one article to the next.
let sortScratch = new Float64Array(1024);

/** The same terms weighted with today's document frequencies (a term common now was rare when first seen). */
export function reweigh(v: WeightedVector, vocab: Vocabulary): SparseVector {
  const weights = new Float32Array(v.ids.length);
  let norm = 0;
  for (let i = 0; i < v.ids.length; i++) {
    const w = (1 + Math.log(v.tf[i] ?? 1)) * vocab.idf(v.ids[i] ?? 0);
    weights[i] = w;
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < weights.length; i++) weights[i] = (weights[i] ?? 0) / norm;
  return { ids: v.ids, weights };
}

/** Cosine of two unit vectors (a merge over sorted ids). */
export function dot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i] ?? 0;
    const y = b.ids[j] ?? 0;
    if (x === y) sum += (a.weights[i++] ?? 0) * (b.weights[j++] ?? 0);
    else if (x < y) i++;
    else j++;
  }
  return sum;
}
