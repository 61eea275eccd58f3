import type { ClusterOptions } from './options.ts';
import type { QueryTable } from './query-table.ts';
import type { Doc, Story } from './story-state.ts';
import { corroborates, hasLocalPlace, shareLocalFact } from './text/anchors.ts';
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
 * The article shares with the story a fact that names the event: an anchor (a day, a local place, a person…)
 * or a number written in digits beside the member it is placed on («۱۱۸ نماینده»). Ordinals and number
 * words («نخستین بار», «دو») are too common to count.
 */
export function corroborated(doc: Doc, story: Story, via: Doc): boolean {
  return corroborates(doc.anchors, story.anchors) || sharesDigits(doc, via);
}

/** The article and the member it is placed on share a number written in digits. */
function sharesDigits(doc: Doc, via: Doc): boolean {
  return doc.claims.counts.some((c) => c.digits && via.claims.counts.some((d) => d.digits && d.value === c.value));
}

/** How alike an article must be to join a story: a headline alone must be more alike (see options). */
export function joinBar(opts: ClusterOptions, doc: Doc, story: Story, via: Doc): number {
  if (!doc.headlineOnly) return shareLocalFact(doc.anchors, story.anchors) || sharesDigits(doc, via) ? opts.joinCorroborated : opts.join;
  return corroborated(doc, story, via) ? opts.joinTitles : opts.joinTitlesAlone;
}

/**
 * An article's vector weighted with today's frequencies. The first articles of a stream were weighted
 * when every word looked rare; each time the stream doubles, a vector is weighed again when next used.
 */
export function current(vocab: Vocabulary, d: Doc): SparseVector {
  if (d.epoch !== vocab.epoch) {
    // Written out as `vectorize` writes it, in the same order: a spread gave every vector weighed again a
    // hidden class of its own, and each reader of vectors (the ranking, the index, the centroids) then met
    // thousands of shapes, where it met one.
    const { ids, tf } = d.vec;
    d.vec = { ids, weights: reweigh(d.vec, vocab).weights, tf };
    d.epoch = vocab.epoch;
  }
  return d.vec;
}

/**
 * Similarity to a story's centroid (summed again if the vocabulary moved on), decayed from its time span.
 * `held`, when given, holds `vec` already (the ranking's query): the same sum, without a merge.
 */
export function centroidScore(vec: SparseVector, time: number, story: Story, opts: ClusterOptions, vocab: Vocabulary, held?: QueryTable): number {
  if (story.epoch !== vocab.epoch && story.members.length > 1) {
    for (const m of story.members) current(vocab, m);
    story.rebuild();
    story.epoch = vocab.epoch;
  }
  const gap = time < story.first ? story.first - time : time > story.last ? time - story.last : 0;
  const centroid = story.centroid.vector(opts.centroidTerms);
  return (held ? held.dot(centroid) : dot(vec, centroid)) * decay(opts, gap / HOUR);
}
