import { uint16s } from './slab.ts';

// MinHash by one-permutation hashing: each character shingle is hashed once and falls into one of BINS
// bins, each bin keeps its smallest value; empty bins borrow from the next full one (densification).
// It is one pass over the text instead of one pass per hash function, and estimates Jaccard as well.

export const BINS = 128;
const BIN_BITS = 7;
const VALUE_MASK = (1 << (32 - BIN_BITS)) - 1;
// Above every value a shingle puts in a bin (those have 25 bits); minimums are kept as int32, so the
// arithmetic below stays in small integers.
const EMPTY = 0x7fffffff;
export const SHINGLE = 5;
const BASE = 0x01000193;
/** BASE to the power SHINGLE, to take the leaving letter out of a window's hash as the window moves on. */
const BASE_POW5 = Math.imul(Math.imul(Math.imul(BASE, BASE), Math.imul(BASE, BASE)), BASE);

/** A document's signature: BINS minimums (their low 16 bits: two unrelated bins agree once in 65,536),
 *  and how many shingles it had (for containment). */
export interface Signature {
  mins: Uint16Array;
  size: number;
}

function mix(h: number): number {
  // murmur3's finalizer: spreads the bits of an FNV hash over all 32 positions
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16); // as int32: the bin and value are read from its bits
}

let codeBuffer = new Uint16Array(4096);
// The full 32-bit minimums of the signature being made (only their low 16 bits are kept).
const minBuffer = new Int32Array(BINS);

/**
 * The signature of folded texts read as one, then the first `tailLength` characters of `tail` (a folded
 * body, read from its buffer); spaces are ignored, so «آتش بس» and «آتشبس» give the same shingles. `size`
 * counts shingles with repeats: news text rarely repeats a five-letter run, and containment only needs the
 * order of magnitude. `hash` (64 bits, two FNV lanes) is the exact-copy key.
 */
export function signature(folded: string | readonly string[], tail?: Uint16Array, tailLength = 0): Signature & { hash: string } {
  const parts = typeof folded === 'string' ? [folded] : folded;
  let total = tailLength;
  for (const p of parts) total += p.length;
  if (codeBuffer.length < total) codeBuffer = new Uint16Array(total * 2);
  // Module state in locals: the loops below run over every character of the article.
  const codes = codeBuffer;
  const mins = minBuffer;
  let n = 0;
  // As int32 (the same bits): a start above 2^31 made the lanes floating point numbers, converted at every letter.
  let h1 = 0x811c9dc5 | 0;
  let h2 = 0x01000193;
  // Every character is written and only a non-space one kept (the count moves by 0 or 1): a branch on
  // the space, which comes every few letters at no predictable place, cost more than the hashing.
  for (const p of parts) {
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      codes[n] = c;
      n += ((c - 32) | (32 - c)) >>> 31;
    }
  }
  const t = tail as Uint16Array;
  for (let i = 0; i < tailLength; i++) {
    const c = t[i] as number;
    codes[n] = c;
    n += ((c - 32) | (32 - c)) >>> 31;
  }
  if (!n) return { mins: uint16s(BINS), size: 0, hash: copyKey(h1, h2, n) };
  mins.fill(EMPTY);
  const shingles = Math.max(1, n - SHINGLE + 1);
  const width = Math.min(n, SHINGLE);
  // A rolling polynomial hash of each five-letter window: one multiply a letter, not five. The exact-copy
  // key's two lanes take the same letters in the same loop: the three chains of multiplies, each waiting
  // on its last, run side by side (in loops of their own, each ran at the pace of its chain).
  let h = 0;
  for (let j = 0; j < width; j++) h = (Math.imul(h, BASE) + (codes[j] as number)) | 0;
  // The window's last letter, from a local: an exported constant is read from its module cell (and tested
  // for being set) at every use.
  const ahead = SHINGLE - 1;
  for (let i = 0; i < shingles; i++) {
    const c = codes[i] as number;
    // The leaving letter's multiple is worked out beside the chain, not on it: (h − c·B⁴)·B = h·B − c·B⁵.
    if (i > 0) h = (Math.imul(h, BASE) + ((codes[i + ahead] as number) - Math.imul(codes[i - 1] as number, BASE_POW5))) | 0;
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = (Math.imul(h2 ^ c, 0x5bd1e995) + 0x6b43a9b5) | 0;
    const x = mix(h);
    const bin = x >>> (32 - BIN_BITS);
    const value = x & VALUE_MASK;
    // The smaller of the two without a branch: a new minimum comes at random, one shingle in four.
    const m = mins[bin] as number;
    const d = value - m;
    mins[bin] = m + (d & (d >> 31));
  }
  // The last letters, in no window of their own.
  for (let i = shingles; i < n; i++) {
    const c = codes[i] as number;
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = (Math.imul(h2 ^ c, 0x5bd1e995) + 0x6b43a9b5) | 0;
  }
  const hash = copyKey(h1, h2, n);
  densify(mins);
  const low = uint16s(BINS);
  for (let b = 0; b < BINS; b++) {
    const m = mins[b] as number;
    low[b] = (m ^ (m >>> 16)) & 0xffff;
  }
  return { mins: low, size: shingles, hash };
}

/**
 * The exact-copy key: the two lanes and the number of letters, as six UTF-16 code units. One flat string:
 * joining three numbers' digits made a rope of five strings that every article kept (and a map flattened).
 */
export function copyKey(h1: number, h2: number, n: number): string {
  return String.fromCharCode(h1 & 0xffff, h1 >>> 16, h2 & 0xffff, h2 >>> 16, n & 0xffff, n >>> 16);
}

function densify(mins: Int32Array): void {
  const full = mins.findIndex((v) => v !== EMPTY);
  if (full < 0) return;
  // Walk right to left so each empty bin copies the value of the next full bin, marked by its distance.
  let next = full + BINS;
  for (let i = BINS - 1 + full; i >= full; i--) {
    const b = i % BINS;
    if (mins[b] !== EMPTY) next = i;
    else mins[b] = ((mins[next % BINS] as number) + Math.imul(next - i, 0x9e3779b1)) | 0x80000000;
  }
}

/** Estimated Jaccard similarity of two signatures. */
export function jaccard(a: Signature, b: Signature): number {
  if (!a.size || !b.size) return 0;
  let same = 0;
  for (let i = 0; i < BINS; i++) if (a.mins[i] === b.mins[i]) same++;
  return same / BINS;
}

/** Estimated share of the smaller document's shingles found in the larger one. */
export function containment(a: Signature, b: Signature, j = jaccard(a, b)): number {
  const small = Math.min(a.size, b.size);
  if (!small) return 0;
  const common = (j * (a.size + b.size)) / (1 + j);
  return Math.min(1, common / small);
}
