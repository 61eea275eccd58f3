import { describe, expect, it } from 'vitest';
import { measuredDensity, nextWindow } from './pg-search-plan.ts';

describe('nextWindow', () => {
  it('walks the primary key for a dense match, bounded below', () => {
    const plan = nextWindow({ lo: 1, hi: 1_000_000, need: 300, density: 0.5, postings: 500_000 });
    expect(plan.mode).toBe('walk');
    expect(plan.from).toBe(1_000_000 - 2400 + 1);
  });

  it('intersects GIN with a window holding a fifth more than the matches wanted for a sparse one', () => {
    const plan = nextWindow({ lo: 1, hi: 1_000_000, need: 300, density: 0.01, postings: 10_000 });
    expect(plan).toEqual({ mode: 'bitmap', from: 1_000_000 - 36_000 + 1 });
  });

  it('prefers the walk when the words are common but their phrase is not too rare', () => {
    expect(nextWindow({ lo: 1, hi: 1_000_000, need: 300, density: 0.08, postings: 250_000 }).mode).toBe('walk');
    expect(nextWindow({ lo: 1, hi: 1_000_000, need: 300, density: 0.005, postings: 250_000 }).mode).toBe('bitmap');
  });

  it('never leaves the range', () => {
    expect(nextWindow({ lo: 500, hi: 900, need: 300, density: 0.001, postings: 10 })).toEqual({ mode: 'bitmap', from: 500 });
    expect(nextWindow({ lo: 500, hi: 900, need: 300, density: 1, postings: 1e9 }).from).toBe(500);
  });
});

describe('measuredDensity', () => {
  it('uses what the window found, or shrinks the estimate when it found nothing', () => {
    expect(measuredDensity(30, 1000, 0.5)).toBe(0.03);
    expect(measuredDensity(0, 1000, 0.016)).toBe(0.0005);
    expect(measuredDensity(0, 100, 0.016)).toBe(0.001);
  });
});
