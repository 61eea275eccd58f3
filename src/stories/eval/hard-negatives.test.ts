import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goldArticles } from './gold.ts';
import { lookAlikes } from './look-alikes.ts';
import { pairMerges } from './pair-merges.ts';
import { EXAPPC, FARSTAIL, exappcPairs, farstailPairs } from './pairs.ts';

const gold = goldArticles();
const asPairs = (pairs: { a: string; b: string }[]) => pairs.map((p) => ({ a: { title: p.a }, b: { title: p.b } }));
/** A suite's name, saying so when its corpus is absent and the suite is skipped. */
const corpus = (name: string, path: URL) => (existsSync(path) ? name : `${name} (skipped: corpus not found beside the checkout)`);
const report = (name: string, r: ReturnType<typeof pairMerges>) =>
  console.info(`${name}: ${r.merged}/${r.pairs} merged (${(r.rate * 100).toFixed(2)}%)`);

describe('hard negatives: pairs that look alike but are not one story', () => {
  it('templated look-alikes (another day, place, magnitude, score, person, ministry, exam) are never merged', () => {
    const pairs = lookAlikes();
    const full = pairMerges(pairs, gold);
    const titles = pairMerges(pairs.map((p) => ({ a: { title: p.a.title }, b: { title: p.b.title } })), gold);
    report('look-alikes, headline + lead', full);
    report('look-alikes, headline only', titles);
    expect(full.rate).toBeLessThanOrEqual(0.01);
    expect(titles.rate).toBeLessThanOrEqual(0.01);
  });

  describe.skipIf(!existsSync(EXAPPC))(corpus('ExaPPC', EXAPPC), () => {
    it('non-paraphrase pairs: false merges ≤ 1%', () => {
      const pairs = exappcPairs();
      const non = pairMerges(asPairs(pairs.filter((p) => p.label === 'nonparaphrase')), gold);
      const para = pairMerges(asPairs(pairs.filter((p) => p.label === 'paraphrase').slice(0, 500)), gold);
      report('ExaPPC non-paraphrase', non);
      report('ExaPPC paraphrase, first 500 (merged: the cost of caution, no bar)', para);
      expect(non.rate).toBeLessThanOrEqual(0.01);
    });
  });

  describe.skipIf(!existsSync(FARSTAIL))(corpus('FarsTail', FARSTAIL), () => {
    it('contradiction pairs: false merges ≤ 1%', () => {
      const pairs = farstailPairs();
      const c = pairMerges(asPairs(pairs.filter((p) => p.label === 'c')), gold);
      const e = pairMerges(asPairs(pairs.filter((p) => p.label === 'e').slice(0, 1000)), gold);
      report('FarsTail contradiction', c);
      report('FarsTail entailment, first 1,000 (merged: the cost of caution, no bar)', e);
      expect(c.rate).toBeLessThanOrEqual(0.01);
    });
  });
});
