import { type Anchors, emptyAnchors, mergeAnchors } from './text/anchors.ts';
import type { ClaimView } from './claims.ts';
import type { Signature } from './minhash.ts';
import { Centroid } from './centroid.ts';
import { type WeightedVector, dot } from './vectors.ts';

/** One article as the clusterer keeps it while its story is in the window. */
export interface Doc {
  key: string;
  source: string;
  time: number;
  title: string;
  anchors: Anchors;
  sig: Signature;
  hash: string;
  vec: WeightedVector;
  /** The vocabulary epoch `vec` was weighted in. */
  epoch: number;
  claims: ClaimView;
  /** No lead and no body: a headline alone. */
  headlineOnly: boolean;
  /** No body: a headline, perhaps with a lead (a feed item without its page). */
  thin: boolean;
  story: Story;
  /** The members it was placed beside (the evidence for its place); checked again before a split. */
  links: Doc[];
  /** The article this one republishes (a wire copy or an exact duplicate), always the group's earliest. */
  duplicateOf: Doc | null;
  alive: boolean;
  slot: number;
  /** Its place among the band index's items (-1: not there). */
  bandItem: number;
  /** Arrival order, for ties. */
  seq: number;
}

/** A story while it is in the window: members, time span, the union of their headline anchors, centroid. */
export class Story {
  readonly members: Doc[] = [];
  readonly anchors: Anchors = emptyAnchors();
  readonly centroid = new Centroid();
  first = Number.POSITIVE_INFINITY;
  last = Number.NEGATIVE_INFINITY;
  alive = true;
  /** Size at the last check of its links; checks come as it doubles. */
  checkedAt = 1;
  /** The vocabulary epoch its centroid was summed in. */
  epoch = 0;
  /** The last ranking query that met the story, and its group's place in that query's list. */
  query = 0;
  group = 0;

  constructor(public id: number) {}

  add(doc: Doc): void {
    this.members.push(doc);
    mergeAnchors(this.anchors, doc.anchors);
    this.centroid.add(doc.vec);
    this.first = Math.min(this.first, doc.time);
    this.last = Math.max(this.last, doc.time);
    doc.story = this;
  }

  /** Recomputes anchors, centroid and span from the members (after one left). */
  rebuild(members: Doc[] = this.members.slice()): void {
    this.members.length = 0;
    Object.assign(this.anchors, emptyAnchors());
    this.centroid.clear();
    this.first = Number.POSITIVE_INFINITY;
    this.last = Number.NEGATIVE_INFINITY;
    for (const m of members) this.add(m);
  }

  /** The headline that best stands for the story: the member closest to the centroid, earliest on ties. */
  representative(keep: number): Doc | undefined {
    const c = this.centroid.vector(keep);
    let best: Doc | undefined;
    let bestScore = -1;
    for (const m of this.members) {
      // A copy's headline is its original's, reworded at best.
      const s = dot(m.vec, c) - (m.duplicateOf ? 0.05 : 0);
      if (s > bestScore + 1e-9 || (Math.abs(s - bestScore) <= 1e-9 && best && m.time < best.time)) {
        best = m;
        bestScore = s;
      }
    }
    return best;
  }
}
