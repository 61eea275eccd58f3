import { describe, expect, it } from 'vitest';
import { goldArticles } from './gold.ts';
import { nearDuplicateSuite } from './near-duplicates.ts';

const gold = goldArticles();

describe('near duplicates: the perturbation suite built from the gold headlines and leads', () => {
  for (const withBody of [false, true]) {
    it(`finds every kind of copy, and nothing else (${withBody ? 'with the article text' : 'headline and lead only'})`, () => {
      const s = nearDuplicateSuite(gold, {}, withBody);
      const kinds = Object.entries(s.byKind)
        .map(([k, v]) => `${k} ${v.found}/${v.copies}`)
        .join(', ');
      console.info(
        `near duplicates, ${withBody ? 'full text' : 'headline + lead'}: precision ${s.precision.toFixed(4)} (${s.correct}/${s.marked}), ` +
          `recall ${s.recall.toFixed(4)} (${s.found}/${s.copies}); same story ${s.sameStory}/${s.copies}; ${kinds}`,
      );
      expect(s.wrong).toEqual([]);
      expect(s.precision).toBeGreaterThanOrEqual(0.99);
      expect(s.recall).toBeGreaterThanOrEqual(0.98);
    });
  }
});
