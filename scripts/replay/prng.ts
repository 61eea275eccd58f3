// Seeded randomness for the generator: every choice is a function of a string key, so output is byte-identical
// across runs and adding one article does not reshuffle choices made for the others.

/** FNV-1a 32-bit hash of a string. */
export function hash32(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a small, well-mixed PRNG returning floats in [0, 1), from a numeric seed (benchmarks, the soak, the search key's fingerprint). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** mulberry32 seeded from a string key. */
export function rng(key: string): () => number {
  return mulberry32(hash32(key));
}

export function intBelow(rand: () => number, n: number): number {
  return Math.floor(rand() * n);
}

/** Picks `count` distinct items in a seeded order (fewer if the list is shorter). */
export function pickSome<T>(rand: () => number, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length > 0) {
    out.push(pool.splice(intBelow(rand, pool.length), 1)[0] as T);
  }
  return out;
}
