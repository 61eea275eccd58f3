import { describe, expect, it } from 'vitest';
import { macroScores, precisionOf, recallOf, shingleCounts } from './shingles.ts';

describe('the ScrapingHub shingle metric', () => {
  it('counts 4-token shingles over Unicode word tokens, normalized per page', () => {
    // 6 tokens: 3 shingles each side; the prediction drops the last token → 2 shared, 1 missed.
    const c = shingleCounts('one two three four five six', 'one two three four five');
    expect(c.tp).toBeCloseTo(2 / 3);
    expect(c.fp).toBe(0);
    expect(c.fn).toBeCloseTo(1 / 3);
    expect(precisionOf(c)).toBe(1);
    expect(recallOf(c)).toBeCloseTo(2 / 3);
  });

  it('tokenizes as evaluate.py: letters, digits and underscore in any script; punctuation and case kept apart', () => {
    expect(shingleCounts('«خبر» فوری: ۱۲ نفر_زخمی', 'خبر فوری ۱۲ نفر_زخمی').fp).toBe(0);
    expect(shingleCounts('Word one two three', 'word one two three').tp).toBe(0);
  });

  it('makes one shingle of a text shorter than four tokens, and scores two empty texts as nothing', () => {
    expect(shingleCounts('two words', 'two words')).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(shingleCounts('', '')).toEqual({ tp: 0, fp: 0, fn: 0 });
  });

  it('macro-averages precision over pages with output and recall over pages with truth, F1 from the two', () => {
    const pages = [
      { tp: 0.5, fp: 0.5, fn: 0 }, // precision 0.5, recall 1
      { tp: 0, fp: 0, fn: 1 }, // nothing predicted: no precision, recall 0
      { tp: 0, fp: 0, fn: 0 }, // both empty: neither
    ];
    const s = macroScores(pages);
    expect(s.precision).toBe(0.5);
    expect(s.recall).toBe(0.5);
    expect(s.f1).toBe(0.5);
  });
});
