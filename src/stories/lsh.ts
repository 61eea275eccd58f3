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

/** Documents by band; items are removed lazily (a removed item is skipped, and dropped on the next rebuild). */
export class LshIndex<T extends { sig: Signature; alive: boolean }> {
  // Most buckets hold one item: it is stored bare, and becomes a list when a second arrives.
  private readonly buckets = new Map<number, T | T[]>();
  private dead = 0;
  private stored = 0;

  add(item: T): void {
    if (!item.sig.size) return;
    for (let b = 0; b < BANDS; b++) {
      const key = bandKey(item.sig, b);
      const have = this.buckets.get(key);
      if (have === undefined) this.buckets.set(key, item);
      else if (Array.isArray(have)) have.push(item);
      else this.buckets.set(key, [have, item]);
    }
    this.stored++;
  }

  /** Live items sharing at least one band with `sig`, each once. */
  candidates(sig: Signature): T[] {
    if (!sig.size) return [];
    const out = new Set<T>();
    for (let b = 0; b < BANDS; b++) {
      const have = this.buckets.get(bandKey(sig, b));
      if (have === undefined) continue;
      if (!Array.isArray(have)) {
        if (have.alive) out.add(have);
      } else for (const item of have) if (item.alive) out.add(item);
    }
    return [...out];
  }

  /** Call after marking an item dead; compacts the buckets when half of what they hold is dead. */
  removed(): void {
    this.dead++;
    if (this.dead * 2 < this.stored) return;
    for (const [key, have] of this.buckets) {
      const live = Array.isArray(have) ? have.filter((i) => i.alive) : have.alive ? [have] : [];
      if (live.length > 1) this.buckets.set(key, live);
      else if (live[0]) this.buckets.set(key, live[0]);
      else this.buckets.delete(key);
    }
    this.stored -= this.dead;
    this.dead = 0;
  }
}
