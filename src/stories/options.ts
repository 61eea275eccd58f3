import type { AnchorKind } from './text/anchors.ts';
import { DEFAULT_FEATURES, type FeatureOptions } from './features.ts';

export interface ClusterOptions {
  features: FeatureOptions;
  /** Terms kept per article vector, and per story centroid. */
  keepTerms: number;
  centroidTerms: number;
  /** An article's heaviest terms it is listed under in the inverted index, and looks others up by. */
  indexTerms: number;
  /** Least similarity (after time decay) to join a story. */
  join: number;
  /**
   * Least similarity to join when the article and the story name one town, county or province or one person,
   * or the article shares a number in digits with the member it is placed on. In a busy stream common words
   * weigh less and the reports of one event drift below `join`; a shared country is no such fact.
   */
  joinCorroborated: number;
  /**
   * Least similarity to join when the article is a headline alone: little evidence, so more is asked; and
   * more again when the headlines share no anchor (no day, place, person, number… in common).
   */
  joinTitles: number;
  joinTitlesAlone: number;
  /** Least similarity for a second story to be merged with the first through the new article. */
  merge: number;
  /** A link weighed again below this (with today's term frequencies) no longer holds its story together. */
  keep: number;
  /** Near duplicates: estimated Jaccard of shingles, or containment of the shorter in the longer. */
  dupJaccard: number;
  dupContainment: number;
  /** Similarity is not decayed within `graceHours` of a story's span, then falls by e every `decayHours`. */
  graceHours: number;
  decayHours: number;
  /** A story leaves memory `windowHours` after its last article (by the newest publication time seen). */
  windowHours: number;
  /** Subtracted from the similarity when one side names a city or province and the other no place at all. */
  scopePenalty: number;
  /** Check headlines for contradicting claims (a swapped name, a negated predicate, another count). */
  claimChecks: boolean;
  /** A term is rare (a name, most likely) when at most this share of documents had it. */
  rareShare: number;
  /** Anchor kinds whose clash forbids a join, a merge and a duplicate mark. */
  vetoes: AnchorKind[];
  /** The id the first new story gets; the store passes the next free one. */
  firstStoryId: number;
}

// Tuned on the replay corpus (full articles) and checked on the hard negatives and the synthetic stream;
// see docs/stories.md for the figures each one moves.
export const DEFAULT_CLUSTER: ClusterOptions = {
  features: DEFAULT_FEATURES,
  keepTerms: 64,
  centroidTerms: 96,
  indexTerms: 16,
  join: 0.3,
  joinCorroborated: 0.27,
  joinTitles: 0.58,
  joinTitlesAlone: 0.75,
  merge: 0.45,
  keep: 0.18,
  dupJaccard: 0.5,
  dupContainment: 0.85,
  graceHours: 12,
  decayHours: 48,
  windowHours: 96,
  scopePenalty: 0.12,
  claimChecks: true,
  rareShare: 0.03,
  vetoes: ['days', 'weekdays', 'years', 'decimals', 'scores', 'places', 'routes', 'people', 'offices'],
  firstStoryId: 1,
};

/** Options as callers give them: any subset, features included. */
export type ClusterSettings = Partial<Omit<ClusterOptions, 'features'>> & { features?: Partial<FeatureOptions> };

export function clusterOptions(opts: ClusterSettings = {}): ClusterOptions {
  return { ...DEFAULT_CLUSTER, ...opts, features: { ...DEFAULT_FEATURES, ...opts.features } };
}
