import { BINS, type Signature } from './minhash.ts';

// Banding: ROWS bins make one band; two documents become candidates when any band matches exactly.
// With 128 bins in bands of 3, a pair at Jaccard 0.5 meets in at least one band 99.6% of the time,
// a pair at 0.05 in 0.5% of cases, so candidates stay few and verification is cheap.
const ROWS = 3;
const BANDS = Math.floor(BINS / ROWS);

function bandKey(sig: Signature, band: number): number {
  let h = Math.imul(band + 1, 0x9e3779b1);
  for (let r = 0; r < ROWS; r++) {
    h = Math.imul(h ^ (sig.mins[band * ROWS + r] ?? 0), 0x01000193);
    h ^= h >>> 15;
  }
  // Signed, as the table holds it.
  return h | 0;
}

/**
 * Documents by band, in typed arrays: an open-addressed table from band key to the newest entry, and per
 * entry the item and the previous entry of the same key. Some 20 bytes a band instead of a map entry and
 * a list. Removal is lazy (a removed item is skipped); everything is rebuilt from the live items once half
 * of what is stored is dead.
 */
export class LshIndex<T extends { sig: Signature; alive: boolean }> {
  private items: (T | undefined)[] = [];
  /** Per slot, side by side (one cache line a probe): the band key, and its newest entry + 1 (0: empty). */
  private table = new Int32Array(2 << 12);
  private used = 0;
  private entryItem = new Int32Array(1 << 12);
  private entryNext = new Int32Array(1 << 12);
  private entries = 0;
  private stamps = new Int32Array(1 << 10);
  private query = 0;
  private dead = 0;

  add(item: T): void {
    if (!item.sig.size) return;
    const index = this.items.length;
    this.items.push(item);
    for (let b = 0; b < BANDS; b++) this.insert(bandKey(item.sig, b), index);
  }

  /** Live items sharing at least one band with `sig`, each once. */
  candidates(sig: Signature): T[] {
    if (!sig.size) return [];
    if (this.stamps.length < this.items.length) this.stamps = new Int32Array(this.items.length * 2);
    const stamp = ++this.query;
    const out: T[] = [];
    for (let b = 0; b < BANDS; b++) {
      const at = this.find(bandKey(sig, b));
      if (at < 0) continue;
      for (let e = (this.table[at + 1] as number) - 1; e >= 0; e = this.entryNext[e] ?? -1) {
        const i = this.entryItem[e] ?? 0;
        if (this.stamps[i] === stamp) continue;
        this.stamps[i] = stamp;
        const item = this.items[i];
        if (item?.alive) out.push(item);
      }
    }
    return out;
  }

  /** Call after marking an item dead; rebuilds once half of what is stored is dead. */
  removed(): void {
    this.dead++;
    if (this.dead * 2 < this.items.length || this.items.length < 1024) return;
    const live = this.items.filter((i): i is T => i !== undefined && i.alive);
    this.items = [];
    // Sized for what is put back and as much again (the next rebuild comes when the items have doubled),
    // at most half full: the table is not doubled, and copied, on the way.
    let slots = 1 << 12;
    while (slots < live.length * BANDS * 4) slots *= 2;
    this.table = new Int32Array(2 * slots);
    this.used = 0;
    this.entries = 0;
    this.dead = 0;
    for (const item of live) this.add(item);
  }

  /** Where the key's slot is in `table`, or -1. */
  private find(key: number): number {
    const table = this.table;
    const mask = (table.length >> 1) - 1;
    for (let s = Math.imul(key, 0x9e3779b1) >>> 0 & mask; ; s = (s + 1) & mask) {
      if (table[2 * s + 1] === 0) return -1;
      if (table[2 * s] === key) return 2 * s;
    }
  }

  private insert(key: number, item: number): void {
    if ((this.used + 1) * 4 > this.table.length) this.growTable();
    if (this.entries === this.entryItem.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.entryItem = grow(this.entryItem);
      this.entryNext = grow(this.entryNext);
    }
    const table = this.table;
    const mask = (table.length >> 1) - 1;
    let s = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
    while (table[2 * s + 1] !== 0 && table[2 * s] !== key) s = (s + 1) & mask;
    const e = this.entries++;
    this.entryItem[e] = item;
    const head = table[2 * s + 1] as number;
    this.entryNext[e] = head - 1;
    if (head === 0) {
      table[2 * s] = key;
      this.used++;
    }
    table[2 * s + 1] = e + 1;
  }

  private growTable(): void {
    const old = this.table;
    const table = (this.table = new Int32Array(old.length * 2));
    const mask = (table.length >> 1) - 1;
    for (let i = 0; i < old.length; i += 2) {
      if (old[i + 1] === 0) continue;
      const key = old[i] as number;
      let s = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
      while (table[2 * s + 1] !== 0) s = (s + 1) & mask;
      table[2 * s] = key;
      table[2 * s + 1] = old[i + 1] as number;
    }
  }
}
