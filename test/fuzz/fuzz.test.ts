import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXTREMES, type Timer } from './extremes.ts';
import { CONTRACTS } from './properties.ts';
import { SEARCH_CONTRACTS } from './search-properties.ts';

// Bounded runs with a fixed seed: the same inputs on every machine, a few seconds in all. `npm run fuzz` runs the
// same properties at length with fresh seeds. The time bound is generous (a call takes milliseconds): it is there to
// catch a call that goes quadratic or hangs, not to measure speed.
const SEED = 0x6b686162;
const BOUND_MS = 10_000;
const RUNS: Record<string, number> = { parseFeed: 100, decodeDocument: 20, extractArticle: 20, parseJalali: 300, sanitizeArticleHtml: 60, search: 60 };

describe('properties over generated input (fast-check, fixed seed)', () => {
  it.each([...CONTRACTS, ...SEARCH_CONTRACTS].map((p) => [p.name, p] as const))('%s', async (_name, p) => {
    await fc.assert(p.property(BOUND_MS), { seed: SEED, numRuns: RUNS[p.name.split(':')[0] ?? ''] ?? 150 });
  });
});

describe('hostile extremes: each call ends within the bound, with no unexpected error', () => {
  it.each(EXTREMES.filter((x) => x.inSuite).map((x) => [`${x.fn}: ${x.name}`, x] as const))('%s', (_name, x) => {
    // Each call of the function is bounded; checking what it returned is not.
    const slow: number[] = [];
    const bounded: Timer = (f) => {
      const start = performance.now();
      try {
        return f();
      } finally {
        if (performance.now() - start > BOUND_MS) slow.push(Math.round(performance.now() - start));
      }
    };
    expect(x.run(bounded)).toBeNull();
    expect(slow, `${x.fn} took longer than ${BOUND_MS} ms`).toEqual([]);
  });
});
