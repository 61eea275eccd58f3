import { describe, expect, it } from 'vitest';
import { ginTerms, measuredDensity, nextWindow } from './pg-search-plan.ts';

describe('nextWindow', () => {
  it('walks the primary key for a dense match, bounded below', () => {
    const plan = nextWindow({ lo: 1, hi: 1_000_000, need: 300, density: 0.5, ginTerms: 1, postings: 0.5, ginFinds: 0.5 });
    expect(plan.mode).toBe('walk');
    expect(plan.from).toBe(1_000_000 - 2400 + 1);
  });

  it("reads GIN's blocks for a sparse match, over a window holding a fifth more than the matches wanted", () => {
    const plan = nextWindow({ lo: 1, hi: 1_000_000, need: 300, density: 0.01, ginTerms: 1, postings: 0.01, ginFinds: 0.01 });
    expect(plan).toEqual({ mode: 'bitmap', from: 1_000_000 - 36_000 + 1 });
  });

  it('walks when the words are common together, and reads GIN when the rarest of them is rare', () => {
    expect(nextWindow({ lo: 1, hi: 1_000_000, need: 300, density: 0.3, ginTerms: 1, postings: 0.4, ginFinds: 0.4 }).mode).toBe('walk');
    expect(nextWindow({ lo: 1, hi: 1_000_000, need: 300, density: 0.002, ginTerms: 1, postings: 0.004, ginFinds: 0.004 }).mode).toBe('bitmap');
    // Two common words that seldom meet: GIN would visit every match of the rarer one, the walk tests fewer rows.
    expect(nextWindow({ lo: 1, hi: 1_000_000, need: 300, density: 0.01, ginTerms: 1, postings: 0.3, ginFinds: 0.3 }).mode).toBe('walk');
    // Two words in 1% of the articles each that seldom meet: GIN intersects them.
    expect(nextWindow({ lo: 1, hi: 1_000_000, need: 300, density: 1e-4, ginTerms: 2, postings: 0.02, ginFinds: 1e-4 })).toEqual({ mode: 'bitmap', from: 1 });
  });

  it('reads a rare word in every block at once rather than walk a million rows', () => {
    expect(nextWindow({ lo: 1, hi: 1_000_000, need: 300, density: 1e-5, ginTerms: 1, postings: 1e-5, ginFinds: 1e-5 })).toEqual({ mode: 'bitmap', from: 1 });
  });

  it('never leaves the range', () => {
    expect(nextWindow({ lo: 500, hi: 900, need: 300, density: 0.001, ginTerms: 1, postings: 0.001, ginFinds: 0.001 })).toEqual({ mode: 'bitmap', from: 500 });
    expect(nextWindow({ lo: 500, hi: 900, need: 300, density: 1, ginTerms: 3, postings: 3, ginFinds: 1 }).from).toBe(500);
  });
});

describe('ginTerms', () => {
  it('looks up the rarest term, and the next ones while they rule out more rows than they cost', () => {
    expect(ginTerms([0.3])).toEqual([0]);
    // A word in 5% of the articles beside one in 2%: intersecting them in GIN saves visiting 95% of the rows.
    expect(ginTerms([0.05, 0.02])).toEqual([1, 0]);
    // «است», in nine articles of ten: reading its matches costs more than testing it on the rows found.
    expect(ginTerms([0.9, 0.02])).toEqual([1]);
    // Once the rows found are few, a common second word is not worth its postings.
    expect(ginTerms([0.001, 0.4, 0.0005])).toEqual([2, 0]);
  });
});

describe('measuredDensity', () => {
  it('uses what the window found, or shrinks the estimate when it found nothing', () => {
    expect(measuredDensity(30, 1000, 0.5)).toBe(0.03);
    expect(measuredDensity(0, 1000, 0.016)).toBe(0.0005);
    expect(measuredDensity(0, 100, 0.016)).toBe(0.001);
  });
});
