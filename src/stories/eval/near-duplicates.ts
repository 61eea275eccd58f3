import { type ClusterSettings, type Placement } from '../clusterer.ts';
import { clusterAll } from '../cluster-all.ts';
import type { StoryInput } from '../features.ts';
import type { GoldArticle } from './gold.ts';
import { PERTURBATIONS, type PerturbationKind, perturb } from './perturb.ts';

export interface NearDupScores {
  copies: number;
  /** Copies marked as duplicates of their own article (or of its wire original). */
  found: number;
  recall: number;
  /** Articles marked as duplicates at all, and how many of those marks are right. */
  marked: number;
  correct: number;
  precision: number;
  /** Copies that at least landed in their article's story. */
  sameStory: number;
  byKind: Record<string, { copies: number; found: number }>;
  misses: string[];
  wrong: string[];
}

const MINUTE = 60_000;

/**
 * The perturbation suite: every gold article, and one copy of it per perturbation published 20 to 90
 * minutes later by another outlet, streamed in publication order. `withBody` keeps each article's text
 * (perturbed the same way where the perturbation is about characters); without it, headline and lead only.
 */
export function nearDuplicateSuite(gold: readonly GoldArticle[], opts: ClusterSettings = {}, withBody = false): NearDupScores {
  const family = new Map<string, string>();
  // A wire copy in the gold set belongs to its original's family.
  const root = (id: string): string => {
    const g = gold.find((a) => a.id === id);
    return g?.copyOf ? root(g.copyOf) : id;
  };
  const inputs: StoryInput[] = [];
  const kindOf = new Map<string, PerturbationKind>();
  gold.forEach((a, i) => {
    family.set(a.id, root(a.id));
    inputs.push({ id: a.id, title: a.title, lead: a.lead, text: withBody ? a.text : '', source: a.source, published: a.published });
    PERTURBATIONS.forEach((kind, k) => {
      const p = perturb({ title: a.title, lead: a.lead }, kind, i * 31 + k);
      const charLevel = kind !== 'outlet-prefix' && kind !== 'decoration' && kind !== 'plural-verb' && kind !== 'truncated-lead';
      const text = withBody ? (charLevel ? perturb({ title: '', lead: a.text }, kind, i).lead : a.text) : '';
      const id = `${a.id}~${kind}`;
      family.set(id, root(a.id));
      kindOf.set(id, kind);
      inputs.push({ id, title: p.title, lead: p.lead, text, source: `copy-${k}`, published: a.published + (20 + ((i * 7 + k * 13) % 70)) * MINUTE });
    });
  });
  const placed = clusterAll(inputs, opts).placements;
  const scores: NearDupScores = { copies: 0, found: 0, recall: 0, marked: 0, correct: 0, precision: 0, sameStory: 0, byKind: {}, misses: [], wrong: [] };
  const storyOf = (id: string) => placed.get(id)?.story;
  for (const input of inputs) {
    const p = placed.get(input.id) as Placement;
    const kind = kindOf.get(input.id);
    const ok = p.duplicateOf !== null && family.get(p.duplicateOf) === family.get(input.id);
    if (p.duplicateOf !== null) {
      scores.marked++;
      if (ok) scores.correct++;
      else if (scores.wrong.length < 20) scores.wrong.push(`${input.id} → ${p.duplicateOf}`);
    }
    if (!kind) continue;
    scores.copies++;
    const k = (scores.byKind[kind] ??= { copies: 0, found: 0 });
    k.copies++;
    // A copy counts as found when it, or the article it copies, is marked as the other's duplicate.
    const original = input.id.slice(0, input.id.indexOf('~'));
    const found = ok || placed.get(original)?.duplicateOf === input.id;
    if (found) {
      scores.found++;
      k.found++;
    } else if (scores.misses.length < 20) scores.misses.push(`${input.id}: ${input.title}`);
    if (storyOf(input.id) === storyOf(original)) scores.sameStory++;
  }
  scores.recall = scores.copies ? scores.found / scores.copies : 1;
  scores.precision = scores.marked ? scores.correct / scores.marked : 1;
  return scores;
}
