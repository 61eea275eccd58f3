// Clustering scores against a labelled truth: pairwise precision and recall, BCubed, and story counts.

export interface ClusterScores {
  pairPrecision: number;
  pairRecall: number;
  pairF1: number;
  bcubedPrecision: number;
  bcubedRecall: number;
  bcubedF1: number;
  predicted: number;
  truth: number;
}

function f1(p: number, r: number): number {
  return p + r ? (2 * p * r) / (p + r) : 0;
}

function groups<K>(items: readonly K[], label: (k: K) => string): Map<string, K[]> {
  const out = new Map<string, K[]>();
  for (const k of items) {
    const l = label(k);
    const g = out.get(l);
    if (g) g.push(k);
    else out.set(l, [k]);
  }
  return out;
}

/** Scores predicted labels against true labels, item by item (`ids` lists every item once). */
export function scoreClusters(ids: readonly string[], predicted: (id: string) => string, truth: (id: string) => string): ClusterScores {
  const pred = groups(ids, predicted);
  const gold = groups(ids, truth);
  let truePairs = 0;
  let predPairs = 0;
  let goldPairs = 0;
  for (const g of pred.values()) {
    predPairs += (g.length * (g.length - 1)) / 2;
    for (const sub of groups(g, truth).values()) truePairs += (sub.length * (sub.length - 1)) / 2;
  }
  for (const g of gold.values()) goldPairs += (g.length * (g.length - 1)) / 2;
  let bp = 0;
  let br = 0;
  for (const id of ids) {
    const p = pred.get(predicted(id)) ?? [];
    const t = gold.get(truth(id)) ?? [];
    const both = p.filter((x) => truth(x) === truth(id)).length;
    bp += both / p.length;
    br += both / t.length;
  }
  const pairPrecision = predPairs ? truePairs / predPairs : 1;
  const pairRecall = goldPairs ? truePairs / goldPairs : 1;
  const bcubedPrecision = bp / ids.length;
  const bcubedRecall = br / ids.length;
  return {
    pairPrecision,
    pairRecall,
    pairF1: f1(pairPrecision, pairRecall),
    bcubedPrecision,
    bcubedRecall,
    bcubedF1: f1(bcubedPrecision, bcubedRecall),
    predicted: pred.size,
    truth: gold.size,
  };
}
