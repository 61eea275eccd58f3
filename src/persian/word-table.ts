// A hash table keyed on runs of UTF-16 code units, so the word pass can look a word up where it lies in the
// text buffer, without cutting a string out of it first. Open addressing over FNV-1a hashes of the units.
//
// Most words of a text are not in a given table, so a miss must be cheap: a small bit filter (one bit per
// hash, small enough to stay in the processor's first cache) turns most misses away before the table is
// read; in the table each slot holds the entry number and 16 more bits of its hash, and a probe reads one
// array until the hash bits agree.

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
/** Entry numbers fit in the 16 low bits of a slot; 0 marks an empty slot. */
const MAX_ENTRIES = 0xfffe;
const FILTER_BITS = 1 << 17;

/** The hash of buf[a, b), the same one `hashString` gives for the equal string. */
export function hashRange(buf: Uint16Array, a: number, b: number): number {
  let h = FNV_OFFSET;
  for (let i = a; i < b; i++) h = Math.imul(h ^ buf[i]!, FNV_PRIME);
  return h;
}

export function hashString(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

/** One step of the hash, for callers that hash while they scan a word. */
export function hashStep(h: number, unit: number): number {
  return Math.imul(h ^ unit, FNV_PRIME);
}

export { FNV_OFFSET as HASH_START };

/** Entries are numbered 0… in insertion order; each has a 32-bit flag word and an optional string value. */
export class WordTable {
  readonly flags: Int32Array;
  readonly values: (string | undefined)[];
  /** (high 16 bits of the hash) << 16 | entry + 1; 0 where empty. */
  private readonly slots: Uint32Array;
  private readonly mask: number;
  /** Per entry: start of its key in `units`, and its length. */
  private readonly keys: Int32Array;
  private readonly units: Uint16Array;
  private readonly filter = new Int32Array(FILTER_BITS / 32);

  constructor(entries: Map<string, { flags: number; value?: string }>) {
    const count = entries.size;
    if (count > MAX_ENTRIES) throw new Error(`word table: ${count} entries, more than the ${MAX_ENTRIES} a table holds`);
    let cap = 16;
    while (cap < count * 3) cap *= 2;
    this.slots = new Uint32Array(cap);
    this.mask = cap - 1;
    this.keys = new Int32Array(count * 2);
    this.flags = new Int32Array(count);
    this.values = [];
    let total = 0;
    for (const key of entries.keys()) total += key.length;
    this.units = new Uint16Array(total);
    let e = 0;
    let at = 0;
    for (const [key, { flags, value }] of entries) {
      const h = hashString(key);
      this.keys[2 * e] = at;
      this.keys[2 * e + 1] = key.length;
      this.flags[e] = flags;
      this.values.push(value);
      for (let i = 0; i < key.length; i++) this.units[at++] = key.charCodeAt(i);
      const bit = (h >>> 9) & (FILTER_BITS - 1);
      this.filter[bit >>> 5] = (this.filter[bit >>> 5] ?? 0) | (1 << (bit & 31));
      let slot = h & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = ((h >>> 16) << 16 | (e + 1)) >>> 0;
      e++;
    }
  }

  /** The entry whose key is buf[a, b) (h is its hash), or -1. */
  find(buf: Uint16Array, a: number, b: number, h: number): number {
    const bit = (h >>> 9) & (FILTER_BITS - 1);
    if ((this.filter[bit >>> 5]! & (1 << (bit & 31))) === 0) return -1;
    const tag = h >>> 16;
    const mask = this.mask;
    let slot = h & mask;
    for (;;) {
      const s = this.slots[slot]!;
      if (s === 0) return -1;
      if (s >>> 16 === tag) {
        const e = (s & 0xffff) - 1;
        if (this.same(e, buf, a, b)) return e;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** The flags of entry e, 0 for -1 (no entry). */
  flagsAt(e: number): number {
    return e < 0 ? 0 : this.flags[e]!;
  }

  /** The flags of the entry whose key is buf[a, b), 0 where there is none. */
  flagsOf(buf: Uint16Array, a: number, b: number): number {
    const e = this.find(buf, a, b, hashRange(buf, a, b));
    return e < 0 ? 0 : this.flags[e]!;
  }

  private same(e: number, buf: Uint16Array, a: number, b: number): boolean {
    const start = this.keys[2 * e]!;
    if (this.keys[2 * e + 1] !== b - a) return false;
    const units = this.units;
    for (let i = a; i < b; i++) if (units[start + i - a] !== buf[i]) return false;
    return true;
  }
}
