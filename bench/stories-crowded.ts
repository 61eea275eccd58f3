// The gold set inside a crowded window: its articles streamed among synthetic ones published over the same
// hours, scored on the gold articles alone. The gold test streams the 244 articles by themselves, where every
// list is short and the document frequencies are the gold set's own; here they are a busy day's.
import { StoryClusterer } from '../src/stories/clusterer.ts';
import { goldArticles } from '../src/stories/eval/gold.ts';
import { type ClusterScores, scoreClusters } from '../src/stories/eval/metrics.ts';
import { syntheticStream } from './stories-synthetic.ts';

export interface CrowdedGold {
  scores: ClusterScores;
  /** Stories holding articles of more than one gold event, by the events' names. */
  mixed: string[][];
}

export function crowdedGold(crowd: number): CrowdedGold {
  const gold = goldArticles();
  const synthetic = [...syntheticStream(crowd)];
  // The gold set's first hour moved to the middle of the synthetic stream.
  const shift = (synthetic[Math.floor(crowd / 2)]?.published ?? 0) - (gold[0]?.published ?? 0);
  const stream = [...synthetic, ...gold.map((a) => ({ ...a, published: a.published + shift }))].sort((a, b) => a.published - b.published);
  const clusterer = new StoryClusterer();
  // Placements as they are made and changed: a story that leaves the window keeps its last one.
  const placed = new Map<string, number>();
  for (const a of stream) {
    const r = clusterer.add(a);
    for (const p of [r.placement, ...r.changed]) placed.set(p.id, p.story);
  }
  const eventOf = new Map(gold.map((a) => [a.id, a.event]));
  const storyOf = (id: string) => String(placed.get(id));
  const events = new Map<string, Set<string>>();
  for (const a of gold) {
    const story = storyOf(a.id);
    events.set(story, (events.get(story) ?? new Set()).add(a.event));
  }
  return {
    scores: scoreClusters(
      gold.map((a) => a.id),
      storyOf,
      (id) => eventOf.get(id) ?? '',
    ),
    mixed: [...events.values()].filter((e) => e.size > 1).map((e) => [...e]),
  };
}
