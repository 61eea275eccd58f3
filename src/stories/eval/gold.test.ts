import { describe, expect, it } from 'vitest';
import { clusterAll } from '../cluster-all.ts';
import { StoryClusterer } from '../clusterer.ts';
import { readArticle } from '../doc-reader.ts';
import { termFactor } from '../features.ts';
import { DEFAULT_CLUSTER } from '../options.ts';
import { type SparseVector, Vocabulary, dot, reweigh } from '../vectors.ts';
import { goldArticles } from './gold.ts';
import { scoreClusters } from './metrics.ts';

const gold = goldArticles();
const eventOf = new Map(gold.map((a) => [a.id, a.event]));
const ids = gold.map((a) => a.id);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

describe('story clustering on the replay gold set (streamed in publication order)', () => {
  it('meets the bars: pairwise P ≥ 0.95, R ≥ 0.90, BCubed F1 ≥ 0.90, story count within 5%', () => {
    const { placements, stats } = clusterAll(gold);
    const s = scoreClusters(ids, (id) => String(placements.get(id)?.story), (id) => eventOf.get(id) ?? '');
    console.info(
      `gold (${gold.length} articles, ${s.truth} events): pairwise P ${s.pairPrecision.toFixed(3)} R ${s.pairRecall.toFixed(3)}, ` +
        `BCubed P ${s.bcubedPrecision.toFixed(3)} R ${s.bcubedRecall.toFixed(3)} F1 ${s.bcubedF1.toFixed(3)}, ` +
        `${s.predicted} stories for ${s.truth} events; ${stats.duplicates} copies, ${stats.merges} merges, ${stats.splits} splits`,
    );
    expect(s.pairPrecision).toBeGreaterThanOrEqual(0.95);
    expect(s.pairRecall).toBeGreaterThanOrEqual(0.9);
    expect(s.bcubedF1).toBeGreaterThanOrEqual(0.9);
    expect(Math.abs(s.predicted - s.truth) / s.truth).toBeLessThanOrEqual(0.05);
  });

  it('reaches through the term index every pair the join could take, with room to spare', () => {
    // An article is listed under its `indexTerms` heaviest terms and looks others up by its own: two
    // articles meet only when they share one. Every pair at two thirds of the join bar must meet.
    const vocab = new Vocabulary(termFactor(DEFAULT_CLUSTER.features));
    const docs = gold.map((a, i) => readArticle(a, DEFAULT_CLUSTER, vocab, i));
    const vectors = docs.map((d) => reweigh(d.vec, vocab));
    const heaviest = (v: SparseVector) =>
      new Set([...v.ids.keys()].sort((a, b) => (v.weights[b] as number) - (v.weights[a] as number) || a - b).slice(0, DEFAULT_CLUSTER.indexTerms).map((i) => v.ids[i]));
    const listed = vectors.map(heaviest);
    const bar = (DEFAULT_CLUSTER.join * 2) / 3;
    let pairs = 0;
    const unreached: string[] = [];
    for (let j = 0; j < vectors.length; j++) {
      for (let i = 0; i < j; i++) {
        if (dot(vectors[i] as SparseVector, vectors[j] as SparseVector) < bar) continue;
        pairs++;
        const a = listed[i] as Set<number | undefined>;
        if (![...(listed[j] as Set<number | undefined>)].some((t) => a.has(t))) unreached.push(`${gold[i]?.id} ~ ${gold[j]?.id}`);
      }
    }
    console.info(`gold: ${pairs} pairs at cosine ≥ ${bar.toFixed(2)}, ${unreached.length} sharing none of their ${DEFAULT_CLUSTER.indexTerms} heaviest terms`);
    expect(pairs).toBeGreaterThan(300);
    expect(unreached).toEqual([]);
  });

  it('marks the gold wire copies as duplicates of their originals and nothing else', () => {
    const { placements } = clusterAll(gold);
    const copies = gold.filter((a) => a.copyOf);
    const found = copies.filter((a) => placements.get(a.id)?.duplicateOf === a.copyOf).length;
    const wrong = gold.filter((a) => {
      const d = placements.get(a.id)?.duplicateOf;
      return d && d !== a.copyOf;
    });
    console.info(`gold wire copies: ${found}/${copies.length} marked; ${wrong.length} other articles marked as copies`);
    expect(found / copies.length).toBeGreaterThanOrEqual(0.8);
    expect(wrong).toEqual([]);
  });

  it('holds when articles arrive late, as a per-source crawl delivers them (up to 6 hours behind)', () => {
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const lag = new Map<string, number>();
    for (const a of gold) if (!lag.has(a.source)) lag.set(a.source, random() * 6);
    const arrival = gold
      .map((a) => ({ a, at: a.published + ((lag.get(a.source) ?? 0) + random() * 3) * 3_600_000 }))
      .sort((x, y) => x.at - y.at);
    const late = arrival.filter((x, i) => i > 0 && arrival.slice(0, i).some((y) => y.a.published > x.a.published)).length;
    const c = new StoryClusterer();
    for (const { a } of arrival) c.add(a);
    const s = scoreClusters(ids, (id) => String(c.doc(id)?.story.id), (id) => eventOf.get(id) ?? '');
    console.info(`gold, ${late} articles arriving after a later one: pairwise P ${s.pairPrecision.toFixed(3)} R ${s.pairRecall.toFixed(3)}, BCubed F1 ${s.bcubedF1.toFixed(3)}`);
    expect(late).toBeGreaterThan(50);
    expect(s.pairPrecision).toBeGreaterThanOrEqual(0.95);
    expect(s.pairRecall).toBeGreaterThanOrEqual(0.9);
  });

  it('on headlines alone, stays precise (recall is what headlines alone can give; see docs/stories.md)', () => {
    const { placements } = clusterAll(gold.map((a) => ({ ...a, lead: '', text: '' })));
    const s = scoreClusters(ids, (id) => String(placements.get(id)?.story), (id) => eventOf.get(id) ?? '');
    console.info(`gold, headlines only: pairwise P ${pct(s.pairPrecision)} R ${pct(s.pairRecall)}, BCubed F1 ${s.bcubedF1.toFixed(3)}, ${s.predicted} stories`);
    expect(s.pairPrecision).toBeGreaterThanOrEqual(0.95);
  });
});
