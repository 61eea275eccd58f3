/**
 * A set of words that answers «surely not» without hashing a word whole: a bit per hash of a word's length,
 * its first two letters and its last. Headline words are fresh strings, and a `Set` or `Map` hashes each
 * one whole before it can say no; most words are in none of the small lexicons asked about them. A word
 * whose bit is on may still be absent (its bit may be another's): ask the set itself then.
 */
export class WordSieve {
  private readonly bits: Uint32Array;
  private readonly shift: number;

  constructor(words: Iterable<string>) {
    const list = [...words];
    // Some 32 bits a word (one in thirty lets a stranger by), and no more than needed: the sieve is read
    // once an article, after the rest of the clusterer has had the cache, and a small one is read from
    // fewer lines (four words' fit in one). From 512 bits to 65,536 (8 KiB).
    const size = Math.min(MAX_BITS, Math.max(MIN_BITS, Math.ceil(Math.log2(Math.max(1, list.length) * 32))));
    this.bits = new Uint32Array(1 << (size - 5));
    this.shift = 32 - size;
    for (const w of list) this.set(sieveHash(w));
  }

  /** False when the word was never added; true when it may have been. */
  mayHave(word: string): boolean {
    return this.has(sieveHash(word));
  }

  /** What `mayHave` says of `words[i]` to `words[i + n - 1]` written as one, without making that string. */
  mayHaveJoined(words: readonly string[], i: number, n: number): boolean {
    let length = 0;
    let first = 0;
    let second = 0;
    let last = 0;
    for (let k = i; k < i + n; k++) {
      const w = words[k] ?? '';
      if (!w.length) continue;
      if (length === 0) {
        first = w.charCodeAt(0);
        if (w.length > 1) second = w.charCodeAt(1);
      } else if (length === 1) second = w.charCodeAt(0);
      length += w.length;
      last = w.charCodeAt(w.length - 1);
    }
    return this.has(mix(length, first, second, last));
  }

  private set(h: number): void {
    const k = h >>> this.shift;
    this.bits[k >>> 5] = (this.bits[k >>> 5] as number) | (1 << (k & 31));
  }

  private has(h: number): boolean {
    const k = h >>> this.shift;
    return ((this.bits[k >>> 5] as number) & (1 << (k & 31))) !== 0;
  }
}

const MIN_BITS = 9;
const MAX_BITS = 16;

function sieveHash(w: string): number {
  const n = w.length;
  if (n < 2) return mix(n, n ? w.charCodeAt(0) : 0, 0, n ? w.charCodeAt(0) : 0);
  return mix(n, w.charCodeAt(0), w.charCodeAt(1), w.charCodeAt(n - 1));
}

/** The 32-bit hash of a word of `length` letters, its first two and its last letter's codes (0 for none). */
function mix(length: number, first: number, second: number, last: number): number {
  let h = Math.imul(length, 0x9e3779b1);
  h = Math.imul(h ^ first, 0x85ebca6b);
  h = Math.imul(h ^ second, 0xc2b2ae35);
  h = Math.imul(h ^ last, 0x27d4eb2f);
  return h ^ (h >>> 15);
}
