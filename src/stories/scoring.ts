import type { ClusterOptions } from './options.ts';
import type { Doc, Story } from './story-state.ts';
import { hasLocalPlace } from './text/anchors.ts';
import { type SparseVector, type Vocabulary, dot, reweigh } from './vectors.ts';

const HOUR = 3_600_000;

/** Time decay of similarity: none within `graceHours`, then by e every `decayHours`. */
export function decay(opts: ClusterOptions, hours: number): number {
  const over = hours - opts.graceHours;
  return over <= 0 ? 1 : Math.exp(-over / opts.decayHours);
}

/** A local report (a city, a province) and one that names no place at all are likely different events. */
export function scopeDiffers(doc: Doc, story: Story): boolean {
  const a = doc.anchors.places;
  const b = story.anchors.places;
  return (!a.length && hasLocalPlace(b)) || (!b.length && hasLocalPlace(a));
}

/**
 * An article's vector weighted with today's frequencies. The first articles of a stream were weighted
 * when every word looked rare; each time the stream doubles, a vector is weighed again when next used.
 */
export function current(vocab: Vocabulary, d: Doc): SparseVector {
  if (d.epoch !== vocab.epoch) {
    d.vec = { ...reweigh(d.vec, vocab), tf: d.vec.tf };
    d.epoch = vocab.epoch;
  }
  return d.vec;
}

/** Similarity to a story's centroid (summed again if the vocabulary moved on), decayed from its time span. */
export function centroidScore(vec: SparseVector, time: number, story: Story, opts: ClusterOptions, vocab: Vocabulary): number {
  if (story.epoch !== vocab.epoch && story.members.length > 1) {
    for (const m of story.members) current(vocab, m);
    story.rebuild();
    story.epoch = vocab.epoch;
  }
  const gap = time < story.first ? story.first - time : time > story.last ? time - story.last : 0;
  return dot(vec, story.centroid.vector(opts.centroidTerms)) * decay(opts, gap / HOUR);
}
