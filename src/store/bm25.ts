// Okapi BM25 as FTS5 computes it (k1 1.2, b 0.75; idf = ln((N − df + ½) / (df + ½)), floored just above zero), so
// both drivers rank alike. The drivers give term frequencies, document frequencies and lengths.
const K1 = 1.2;
const B = 0.75;

export function bm25(tfs: number[], dfs: number[], docs: number, length: number, avgLength: number): number {
  let score = 0;
  for (let i = 0; i < tfs.length; i++) {
    const tf = tfs[i]!;
    if (!tf) continue;
    const idf = Math.max(1e-6, Math.log((docs - dfs[i]! + 0.5) / (dfs[i]! + 0.5)));
    score += (idf * (tf * (K1 + 1))) / (tf + K1 * (1 - B + (B * length) / Math.max(1, avgLength)));
  }
  return score;
}

/**
 * How many documents in an id range match, from the newest `found` matches: exact when fewer than `window` came
 * back; otherwise the density of matches between the top of the range and the oldest one seen, over the range.
 */
export function estimateMatches(found: number, window: number, oldestSeen: number, lo: number, hi: number): number {
  if (found < window) return found;
  const density = found / Math.max(1, hi - oldestSeen + 1);
  return Math.max(found, Math.round(density * Math.max(1, hi - lo + 1)));
}
