import { type ClusterSettings, type Placement, StoryClusterer } from './clusterer.ts';
import type { StoryInput } from './features.ts';

export interface Clustered {
  /** Every article's final placement, merges, splits and late originals applied. */
  placements: Map<string, Placement>;
  stats: StoryClusterer['stats'];
}

/** Clusters a whole batch in publication order (input order on ties). */
export function clusterAll(inputs: readonly StoryInput[], opts: ClusterSettings = {}): Clustered {
  const clusterer = new StoryClusterer(opts);
  const order = inputs.map((input, i) => ({ input, i })).sort((a, b) => a.input.published - b.input.published || a.i - b.i);
  const placements = new Map<string, Placement>();
  for (const { input } of order) {
    const r = clusterer.add(input);
    placements.set(r.placement.id, r.placement);
    for (const c of r.changed) placements.set(c.id, c);
  }
  return { placements, stats: clusterer.stats };
}
