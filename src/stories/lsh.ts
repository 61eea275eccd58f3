import { BINS, type Signature } from './minhash.ts';

// Banding: ROWS bins make one band; two documents become candidates when any band matches exactly.
// With 128 bins in bands of 3, a pair at Jaccard 0.5 meets in at least one band 99.6% of the time,
// a pair at 0.05 in 0.5% of cases, so candidates stay few and verification is cheap.
const ROWS = 3;
const BANDS = Math.floor(BINS / ROWS);

// One query's band keys, their first slots in the table, and what those slots hold.
const bandKeys = new Int32Array(BANDS);
const firstSlots = new Int32Array(BANDS);
const firstHeads = new Int32Array(BANDS);

/** The slot a key's probe starts at, in a table of `mask + 1` slots. */
function homeSlot(key: number, mask: number): number {
  return (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
}

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
 * a list. Removal is lazy in the table (a removed item's entries are skipped); everything is rebuilt from the
 * live items once half of what is stored is dead. The item itself is let go at once: each item knows its place
 * in the list of items (`bandItem`), so a removed one is not kept alive, with all it holds, until the rebuild.
 */
export class LshIndex<T extends { sig: Signature; alive: boolean; bandItem?: number }> {
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
    // Without a signature an item has no bands (and is not kept: a rebuild expects every item to have them).
    if (!item.sig.size) return;
    const index = this.items.length;
    item.bandItem = index;
    this.items.push(item);
    for (let b = 0; b < BANDS; b++) this.insert(bandKey(item.sig, b), index);
  }

  /**
   * Live items sharing at least one band with `sig`, each once. Every band's first slot is read before any
   * is looked into: the reads do not wait on each other, so their cache misses (the table is tens of
   * megabytes) overlap instead of coming one after another; most bands of most articles find that slot empty.
   */
  candidates(sig: Signature): T[] {
    if (!sig.size) return [];
    if (this.stamps.length < this.items.length) this.stamps = new Int32Array(this.items.length * 2);
    const stamp = ++this.query;
    const out: T[] = [];
    const table = this.table;
    const mask = (table.length >> 1) - 1;
    for (let b = 0; b < BANDS; b++) {
      const key = bandKey(sig, b);
      bandKeys[b] = key;
      firstSlots[b] = homeSlot(key, mask);
    }
    for (let b = 0; b < BANDS; b++) firstHeads[b] = table[2 * (firstSlots[b] as number) + 1] as number;
    for (let b = 0; b < BANDS; b++) {
      // An empty first slot: the key is not in the table.
      if (firstHeads[b] === 0) continue;
      const at = this.find(bandKeys[b] as number);
      if (at < 0) continue;
      for (let e = (table[at + 1] as number) - 1; e >= 0; e = this.entryNext[e] ?? -1) {
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
  removed(item: T): void {
    const index = item.bandItem ?? -1;
    if (index >= 0 && this.items[index] === item) this.items[index] = undefined;
    item.bandItem = -1;
    this.dead++;
    if (this.dead * 2 < this.items.length || this.items.length < 1024) return;
    const live = this.items.filter((i): i is T => i !== undefined && i.alive);
    this.items = live;
    for (let i = 0; i < live.length; i++) (live[i] as T).bandItem = i;
    // Sized for what is put back and as much again (the next rebuild comes when the items have doubled),
    // at most half full: the table is not doubled, and copied, on the way.
    let slots = 1 << 12;
    while (slots < live.length * BANDS * 4) slots *= 2;
    // The table of the same size is cleared, not made again: tens of megabytes made outside the heap at each
    // rebuild counted towards the collector's external-memory limit, and set off a full collection nearly
    // every time.
    if (this.table.length === 2 * slots) this.table.fill(0);
    else this.table = new Int32Array(2 * slots);
    this.used = 0;
    this.entries = 0;
    this.dead = 0;
    const n = bandsInTableOrder(live, slots);
    const { sorted, owners } = rebuildScratch;
    for (let k = 0; k < n; k++) this.insert(sorted[k] as number, owners[k] as number);
  }

  /** Where the key's slot is in `table`, or -1. */
  private find(key: number): number {
    const table = this.table;
    const mask = (table.length >> 1) - 1;
    for (let s = homeSlot(key, mask); ; s = (s + 1) & mask) {
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
    let s = homeSlot(key, mask);
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
      let s = homeSlot(key, mask);
      while (table[2 * s + 1] !== 0) s = (s + 1) & mask;
      table[2 * s] = key;
      table[2 * s + 1] = old[i + 1] as number;
    }
  }
}

/** The rebuild's band keys in table order and their items, kept from one rebuild to the next (grown only). */
const rebuildScratch = { sorted: new Int32Array(0), owners: new Int32Array(0) };

/**
 * Every band key of `items` (each item's index beside it), ordered by the part of the table of `slots`
 * slots where the key's probe starts, into `rebuildScratch.sorted` and `.owners`; returns how many. Put back
 * in this order, a rebuild writes the new table from front to back, each part while it is in cache; put back
 * item by item, every key was a cache miss somewhere in tens of megabytes (a quarter of a second a rebuild at
 * 17,000 items). The sort is stable, so an item's keys keep the order they had, and each key's list the order
 * of its items: the rebuilt table answers as before.
 */
function bandsInTableOrder(items: readonly { sig: Signature }[], slots: number): number {
  const n = items.length * BANDS;
  if (rebuildScratch.sorted.length < n) {
    rebuildScratch.sorted = new Int32Array(n + (n >> 2));
    rebuildScratch.owners = new Int32Array(n + (n >> 2));
  }
  const { sorted, owners } = rebuildScratch;
  const parts = Math.min(4096, slots);
  // The top bits of a key's home slot name its part of the table.
  const mask = slots - 1;
  const drop = Math.log2(slots / parts);
  const starts = new Int32Array(parts + 1);
  // Each key is worked out twice (to count its part, then to place it), so no third list of them is kept.
  for (let i = 0; i < items.length; i++) {
    const sig = (items[i] as { sig: Signature }).sig;
    for (let b = 0; b < BANDS; b++) {
      const part = homeSlot(bandKey(sig, b), mask) >>> drop;
      starts[part + 1] = (starts[part + 1] as number) + 1;
    }
  }
  for (let p = 1; p <= parts; p++) starts[p] = (starts[p] as number) + (starts[p - 1] as number);
  for (let i = 0; i < items.length; i++) {
    const sig = (items[i] as { sig: Signature }).sig;
    for (let b = 0; b < BANDS; b++) {
      const key = bandKey(sig, b);
      const part = homeSlot(key, mask) >>> drop;
      const at = starts[part] as number;
      starts[part] = at + 1;
      sorted[at] = key;
      owners[at] = i;
    }
  }
  return n;
}
