/**
 * Every term's list of (slot, weight) entries, oldest first, in one arena: a list is a block of the arena
 * found by its term id (dense ids: three typed arrays, no object a term). A list was an object with a typed
 * array of its own: a new term cost three allocations (the vocabulary gains one or two terms an article),
 * and a query followed three pointers to each list before reading it. An entry is two numbers side by side,
 * the slot and the weight's bits, so reading a list is one stream of memory.
 *
 * Blocks have a power-of-two size; a list that fills moves to a block twice the size, and the block it left
 * is kept on a free list of its size for the next list that needs one.
 */
export class TermLists {
  /** The arena: entries' slots at even places, and (through `weights`) their weights at odd ones. */
  data = new Int32Array(1 << 16);
  weights = new Float32Array(this.data.buffer);
  /** Per term id: where its block starts in `data`, its capacity in entries (0: no list), entries held. */
  starts = new Int32Array(1024);
  capacities = new Int32Array(1024);
  lengths = new Int32Array(1024);
  private top = 0;
  /** Free blocks by size class (class c holds blocks of 4 << c entries). */
  private readonly free: number[][] = [];

  /** Appends an entry to the term's list. */
  push(term: number, slot: number, weight: number): void {
    if (term >= this.lengths.length) this.growTerms(term + 1);
    const length = this.lengths[term] as number;
    if (length === this.capacities[term]) this.move(term, length ? length * 2 : 4);
    const at = (this.starts[term] as number) + length * 2;
    this.data[at] = slot;
    this.weights[at + 1] = weight;
    this.lengths[term] = length + 1;
  }

  /** Keeps only the entries `keep` accepts (by slot), in order; a list left empty gives its block back. */
  filter(keep: (slot: number) => boolean): void {
    const { data, starts, lengths } = this;
    for (let term = 0; term < lengths.length; term++) {
      const length = lengths[term] as number;
      if (!length) continue;
      const start = starts[term] as number;
      let n = start;
      for (let k = start; k < start + length * 2; k += 2) {
        const slot = data[k] as number;
        if (!keep(slot)) continue;
        // The weight's bits move with it, as a number.
        data[n++] = slot;
        data[n++] = data[k + 1] as number;
      }
      lengths[term] = (n - start) / 2;
      if (n === start) this.release(term);
    }
  }

  private move(term: number, capacity: number): void {
    const at = this.allocate(capacity);
    const from = this.starts[term] as number;
    const length = this.lengths[term] as number;
    // `allocate` may have grown the arena: read `data` after it.
    if (length) this.data.copyWithin(at, from, from + length * 2);
    if (this.capacities[term]) this.release(term);
    this.starts[term] = at;
    this.capacities[term] = capacity;
  }

  private release(term: number): void {
    const capacity = this.capacities[term] as number;
    const sizeClass = 29 - Math.clz32(capacity);
    (this.free[sizeClass] ??= []).push(this.starts[term] as number);
    this.capacities[term] = 0;
  }

  /** A block of `capacity` entries (a power of two, at least 4): a freed one of that size, or new room. */
  private allocate(capacity: number): number {
    const reused = this.free[29 - Math.clz32(capacity)]?.pop();
    if (reused !== undefined) return reused;
    const size = capacity * 2;
    if (this.top + size > this.data.length) {
      let length = this.data.length * 2;
      while (this.top + size > length) length *= 2;
      const data = new Int32Array(length);
      data.set(this.data.subarray(0, this.top));
      this.data = data;
      this.weights = new Float32Array(data.buffer);
    }
    const at = this.top;
    this.top += size;
    return at;
  }

  private growTerms(terms: number): void {
    let n = this.lengths.length * 2;
    while (n < terms) n *= 2;
    const grow = (a: Int32Array) => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    this.starts = grow(this.starts);
    this.capacities = grow(this.capacities);
    this.lengths = grow(this.lengths);
  }
}
