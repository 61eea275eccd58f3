import { type ClusterSettings, StoryClusterer } from '../clusterer.ts';
import type { StoryInput } from '../features.ts';

export interface PairDoc {
  title: string;
  lead?: string;
}

export interface PairMerges {
  pairs: number;
  merged: number;
  rate: number;
  /** A few merged pairs, to read when the rate is off. */
  examples: [string, string][];
}

const DAY = 86_400_000;
const START = Date.parse('2027-01-01T06:00:00Z');

/**
 * Streams each pair as two reports an hour apart from two outlets, every pair eight days after the
 * previous one (outside each other's window), into one clusterer that first read `prime` (so term
 * frequencies are those of a news stream), and counts the pairs whose second report joined the first's story.
 */
export function pairMerges(pairs: readonly { a: PairDoc; b: PairDoc }[], prime: readonly StoryInput[], opts: ClusterSettings = {}): PairMerges {
  const clusterer = new StoryClusterer(opts);
  for (const p of prime) clusterer.add(p);
  let merged = 0;
  const examples: [string, string][] = [];
  pairs.forEach((pair, i) => {
    const t = START + i * 8 * DAY;
    const a = clusterer.add({ id: `pair${i}:a`, title: pair.a.title, lead: pair.a.lead ?? '', source: 'outlet-a', published: t });
    const b = clusterer.add({ id: `pair${i}:b`, title: pair.b.title, lead: pair.b.lead ?? '', source: 'outlet-b', published: t + 3_600_000 });
    const storyOfA = clusterer.doc(a.placement.id)?.story.id;
    if (storyOfA === b.placement.story) {
      merged++;
      if (examples.length < 12) examples.push([pair.a.title, pair.b.title]);
    }
  });
  return { pairs: pairs.length, merged, rate: pairs.length ? merged / pairs.length : 0, examples };
}
