import { LshIndex } from './lsh.ts';
import { containment, jaccard } from './minhash.ts';
import type { Doc } from './story-state.ts';

const HOUR = 3_600_000;

export interface CopyRules {
  dupJaccard: number;
  dupContainment: number;
  windowHours: number;
}

/**
 * Copies in the window: the same folded text (by hash), or near duplicates by shingles (LSH candidates,
 * then the estimated Jaccard, or the containment of the shorter text in the longer).
 */
export class CopyFinder {
  private readonly lsh = new LshIndex<Doc>();
  private readonly byHash = new Map<string, Doc>();

  constructor(private readonly rules: CopyRules) {}

  add(doc: Doc): void {
    this.lsh.add(doc);
    if (!this.byHash.get(doc.hash)?.alive) this.byHash.set(doc.hash, doc);
  }

  /** Call once the doc is marked dead. */
  remove(doc: Doc): void {
    this.lsh.removed(doc);
    if (this.byHash.get(doc.hash) === doc) this.byHash.delete(doc.hash);
  }

  /** The closest article `doc` copies that `allowed` accepts (anchors agree, no contradiction), if any. */
  find(doc: Doc, allowed: (original: Doc) => boolean): Doc | undefined {
    const exact = this.byHash.get(doc.hash);
    if (exact?.alive && allowed(exact)) return exact;
    let best: Doc | undefined;
    let bestScore = 0;
    for (const c of this.lsh.candidates(doc.sig)) {
      if (Math.abs(c.time - doc.time) > this.rules.windowHours * HOUR) continue;
      const j = jaccard(doc.sig, c.sig);
      const ratio = Math.min(doc.sig.size, c.sig.size) / Math.max(doc.sig.size, c.sig.size);
      const near = j >= this.rules.dupJaccard || (ratio >= 0.4 && containment(doc.sig, c.sig, j) >= this.rules.dupContainment);
      if (!near || j <= bestScore || !allowed(c)) continue;
      best = c;
      bestScore = j;
    }
    return best;
  }
}
