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
  return h >>> 0;
}

/**
 * Documents by band, in typed arrays: an open-addressed table from band key to the newest entry, and per
 * entry the item and the previous entry of the same key. Some 20 bytes a band instead of a map entry and
 * a list. Removal is lazy (a removed item is skipped); everything is rebuilt from the live items once half
 * of what is stored is dead.
 */
export class LshIndex<T extends { sig: Signature; alive: boolean }> {
  private items: (T | undefined)[] = [];
  private keys = new Uint32Array(1 << 12);
  private heads = new Int32Array(1 << 12).fill(-1);
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
      const slot = this.find(bandKey(sig, b));
      if (slot < 0) continue;
      for (let e = this.heads[slot] ?? -1; e >= 0; e = this.entryNext[e] ?? -1) {
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
    this.keys = new Uint32Array(1 << 12);
    this.heads = new Int32Array(1 << 12).fill(-1);
    this.used = 0;
    this.entries = 0;
    this.dead = 0;
    for (const item of live) this.add(item);
  }

  private find(key: number): number {
    const mask = this.keys.length - 1;
    for (let s = Math.imul(key, 0x9e3779b1) >>> 0 & mask; ; s = (s + 1) & mask) {
      if (this.heads[s] === -1) return -1;
      if (this.keys[s] === key) return s;
    }
  }

  private insert(key: number, item: number): void {
    if ((this.used + 1) * 2 > this.keys.length) this.growTable();
    if (this.entries === this.entryItem.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.entryItem = grow(this.entryItem);
      this.entryNext = grow(this.entryNext);
    }
    const mask = this.keys.length - 1;
    let s = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
    while (this.heads[s] !== -1 && this.keys[s] !== key) s = (s + 1) & mask;
    const e = this.entries++;
    this.entryItem[e] = item;
    this.entryNext[e] = this.heads[s] ?? -1;
    if (this.heads[s] === -1) {
      this.keys[s] = key;
      this.used++;
    }
    this.heads[s] = e;
  }

  private growTable(): void {
    const keys = this.keys;
    const heads = this.heads;
    this.keys = new Uint32Array(keys.length * 2);
    this.heads = new Int32Array(keys.length * 2).fill(-1);
    const mask = this.keys.length - 1;
    for (let i = 0; i < keys.length; i++) {
      if (heads[i] === -1) continue;
      const key = keys[i] ?? 0;
      let s = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
      while (this.heads[s] !== -1) s = (s + 1) & mask;
      this.keys[s] = key;
      this.heads[s] = heads[i] ?? -1;
    }
  }
}
