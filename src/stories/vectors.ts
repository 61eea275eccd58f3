import { kthSmallest, sortShort } from './select.ts';
import { float32s, int32s } from './slab.ts';
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

/** Document frequencies whose `idf` is remembered (per number of documents). */
const IDF_MEMO = 4096;

/** Document frequencies of every term seen (all time, so rare names stay rare), and term ids. */
export class Vocabulary {
  // Accumulates one bag at a time, indexed by term id: no map per document.
  private acc = new Float64Array(4096);
  private order = new Int32Array(1024);
  private tf = new Float64Array(1024);
  private readonly ids = new Map<string, number>();
  private readonly terms: string[] = [];
  /** Folded word → its term's id (-1: a stopword): most words of a stream were seen before. */
  private readonly words = new WordIds(18);
  private dfs: Int32Array = new Int32Array(1024);
  docs = 0;
  /** `idf` of each document frequency below IDF_MEMO, valid where `idfAt` holds `docs + 1`. */
  private readonly idfMemo = new Float64Array(IDF_MEMO);
  private readonly idfAt = new Float64Array(IDF_MEMO);
  /**
   * Each term's factor beside its idf (`factorOf`, asked once, when the term gets its id), as an index into
   * `factorValues` (0: a factor of 1, most terms): a byte a term, so the table read for every term of every
   * article stays small enough for the cache.
   */
  private factorIndex = new Uint8Array(1024);
  private readonly factorValues = [1];

  /** @param factorOf how much a term counts in a vector beside its idf (1: as its idf says) */
  constructor(private readonly factorOf: (term: string) => number = () => 1) {}

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
        const factorIndex = new Uint8Array(this.dfs.length);
        factorIndex.set(this.factorIndex);
        this.factorIndex = factorIndex;
      }
      this.factorIndex[id] = this.factorIndexOf(this.factorOf(term));
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
   * `wordTerm` for a word given as characters in a buffer (an article's folded body): one lookup by the
   * characters, and a string only for a word the table does not hold. `hash` is the word's `wordHash`,
   * when the reader of the buffer worked it out already.
   */
  wordTermAt(chars: Uint16Array, start: number, length: number, termOf: (w: string) => string | null, hash?: number): number {
    const id = this.words.getAt(chars, start, length, hash);
    if (id !== undefined) return id;
    return this.wordTerm(String.fromCharCode(...chars.subarray(start, start + length)), termOf);
  }

  /**
   * The id `wordTerm` would give the word in `chars[start, start + length)` (with its `wordHash`) if the word
   * table holds it (-1: a stopword), else undefined. Nothing is worked out or made: a caller that only asks
   * whether a word has a term, and may not give it an id yet, tries this before `termOf`.
   */
  knownWordTermAt(chars: Uint16Array, start: number, length: number, hash: number): number | undefined {
    return this.words.getAt(chars, start, length, hash);
  }

  /** Reads ahead the word table's slots of the words about to be looked up by the first `count` of `hashes`. */
  warmWords(hashes: Int32Array, count: number): void {
    this.words.warm(hashes, count);
  }

  /**
   * The bag of the first `n` (term id, weight) pairs: weights of a term summed, terms in order of first
   * appearance; an id below 0 (a stopword) is passed over. Every id must exist already. The bag is valid
   * until the next call.
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
    if (this.tf.length < m) this.tf = new Float64Array(m * 2);
    const tf = this.tf;
    for (let k = 0; k < m; k++) {
      const id = order[k] as number;
      tf[k] = acc[id] as number;
      acc[id] = 0;
    }
    // Views of kept buffers: a bag lives only while its article is read.
    return { ids: order.subarray(0, m), tf: tf.subarray(0, m) };
  }

  /** Counts one document's distinct terms. */
  count(termIds: Iterable<number>): void {
    this.docs++;
    const dfs = this.dfs;
    // A bag's ids (the usual caller) by index: a typed array's iterator is a call per id.
    if (termIds instanceof Int32Array) {
      for (let i = 0; i < termIds.length; i++) {
        const id = termIds[i] as number;
        dfs[id] = (dfs[id] ?? 0) + 1;
      }
      return;
    }
    for (const id of termIds) dfs[id] = (dfs[id] ?? 0) + 1;
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
    const df = this.dfs[id] ?? 0;
    if (df >= IDF_MEMO) return Math.log(1 + (this.docs + 1) / (df + 1));
    // Most terms are rare, and many share a document frequency: the logarithm of each small one is
    // worked out once per number of documents (it moves on with every article), not once per term.
    if (this.idfAt[df] === this.docs + 1) return this.idfMemo[df] as number;
    const idf = Math.log(1 + (this.docs + 1) / (df + 1));
    this.idfAt[df] = this.docs + 1;
    this.idfMemo[df] = idf;
    return idf;
  }

  /** The term's weight in a vector before its frequency in the document: its idf and its factor. */
  weight(id: number): number {
    const k = this.factorIndex[id] as number;
    return k === 0 ? this.idf(id) : this.idf(id) * (this.factorValues[k] as number);
  }

  /** The index of a factor in `factorValues`, added there when new (a vocabulary tells few factors apart). */
  private factorIndexOf(factor: number): number {
    let k = this.factorValues.indexOf(factor);
    if (k < 0) {
      if (this.factorValues.length > 255) throw new Error(`vocabulary: more than 256 distinct term factors (${factor})`);
      k = this.factorValues.push(factor) - 1;
    }
    return k;
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
  if (weightScratch.length < n) weightScratch = new Float64Array(n * 2);
  const w = weightScratch;
  for (let i = 0; i < n; i++) w[i] = sublinear(bag.tf[i] ?? 1) * vocab.weight(bag.ids[i] ?? 0);
  // The `keep` heaviest: a selection over a copy of the weights gives the cut-off (the value a sort would
  // put at n - keep), then one pass picks them.
  if (sortScratch.length < n) sortScratch = new Float64Array(n * 2);
  let cut = Number.NEGATIVE_INFINITY;
  if (n > keep) {
    sortScratch.set(w.subarray(0, n));
    cut = kthSmallest(sortScratch, n, n - keep);
  }
  // Picked entries are sorted by id through one packed number: id × 1024 + index (index < 1024; each
  // number once, so any sort gives the same order).
  let m = 0;
  for (let i = 0; i < n && m < keep * 2; i++) if ((w[i] ?? 0) >= cut) sortScratch[m++] = (bag.ids[i] ?? 0) * 1024 + i;
  sortShort(sortScratch, m);
  const picked = sortScratch.subarray(0, Math.min(m, keep));
  const out = { ids: int32s(picked.length), weights: float32s(picked.length), tf: float32s(picked.length) };
  let norm = 0;
  // The packed numbers are doubles: `p % 1024` on one is a call to the C library, a floor and a multiply are not.
  for (let k = 0; k < picked.length; k++) {
    const p = picked[k] as number;
    const id = Math.floor(p / 1024);
    const i = p - id * 1024;
    out.ids[k] = id;
    norm += (w[i] ?? 0) ** 2;
    out.tf[k] = bag.tf[i] ?? 0;
  }
  norm = Math.sqrt(norm) || 1;
  for (let k = 0; k < picked.length; k++) {
    const p = picked[k] as number;
    out.weights[k] = (w[p - Math.floor(p / 1024) * 1024] ?? 0) / norm;
  }
  return out;
}

// 1 + ln(tf) for the whole term frequencies a bag holds (field weights 3, 2 and 1 sum to whole numbers): the
// same numbers `Math.log` gives, worked out once instead of for every term of every article.
const SUBLINEAR = Float64Array.from({ length: 256 }, (_, tf) => 1 + Math.log(tf));

/** Sublinear term frequency, 1 + ln(tf). */
function sublinear(tf: number): number {
  return tf > 0 && tf < 256 && tf === Math.floor(tf) ? (SUBLINEAR[tf] as number) : 1 + Math.log(tf);
}

// The weights and sorts of `vectorize`, in buffers kept from one article to the next.
let sortScratch = new Float64Array(1024);
let weightScratch = new Float64Array(1024);

/** The same terms weighted with today's document frequencies (a term common now was rare when first seen). */
export function reweigh(v: WeightedVector, vocab: Vocabulary): SparseVector {
  const weights = float32s(v.ids.length);
  let norm = 0;
  for (let i = 0; i < v.ids.length; i++) {
    const w = sublinear(v.tf[i] ?? 1) * vocab.weight(v.ids[i] ?? 0);
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
