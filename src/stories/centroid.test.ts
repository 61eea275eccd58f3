import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../scripts/replay/prng.ts';
import { Centroid } from './centroid.ts';
import type { SparseVector } from './vectors.ts';

/** A random unit vector over term ids below `terms`, ids ascending. */
function randomVector(random: () => number, terms: number, size: number): SparseVector {
  const ids = new Set<number>();
  while (ids.size < size) ids.add(Math.floor(random() * terms));
  const sorted = [...ids].sort((a, b) => a - b);
  const weights = sorted.map(() => random() + 0.01);
  const norm = Math.hypot(...weights);
  return { ids: Int32Array.from(sorted), weights: Float32Array.from(weights, (w) => w / norm) };
}

/** The centroid worked out plainly: every sum in a map (float32, as kept), the `keep` heaviest, normalized. */
function expected(vectors: SparseVector[], keep: number, limit = Number.POSITIVE_INFINITY): Map<number, number> {
  let sums = new Map<number, number>();
  for (const v of vectors) {
    v.ids.forEach((id, i) => sums.set(id, Math.fround((sums.get(id) ?? 0) + (v.weights[i] ?? 0))));
    if (sums.size > limit * 2) {
      const byId = [...sums].sort((a, b) => a[0] - b[0]);
      sums = new Map([...byId].sort((a, b) => b[1] - a[1]).slice(0, limit));
    }
  }
  const top = [...sums].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, keep);
  const norm = Math.hypot(...top.map((e) => e[1]));
  return new Map(top.map(([id, w]) => [id, w / norm]));
}

function asMap(v: SparseVector): Map<number, number> {
  return new Map(Array.from(v.ids, (id, i) => [id, v.weights[i] ?? 0]));
}

function expectClose(actual: Map<number, number>, want: Map<number, number>) {
  expect([...actual.keys()].sort((a, b) => a - b)).toEqual([...want.keys()].sort((a, b) => a - b));
  for (const [id, w] of want) expect(actual.get(id)).toBeCloseTo(w, 6);
}

describe('Centroid', () => {
  it('is the one vector of a story of one article, the same object', () => {
    const v = randomVector(mulberry32(1), 500, 20);
    const c = new Centroid();
    c.add(v);
    expect(c.vector(96)).toBe(v);
  });

  it('sums vectors in place as they come, and reads the heaviest terms normalized', () => {
    const random = mulberry32(7);
    const c = new Centroid();
    const added: SparseVector[] = [];
    for (let n = 0; n < 40; n++) {
      const v = randomVector(random, 2000, 10 + Math.floor(random() * 60));
      c.add(v);
      added.push(v);
      if (n > 0) expectClose(asMap(c.vector(96)), expected(added, 96, 256));
      const ids = Array.from(c.vector(96).ids);
      expect(ids).toEqual([...ids].sort((a, b) => a - b));
    }
  });

  it('keeps its heaviest terms only once the sum is past twice its limit', () => {
    const random = mulberry32(11);
    const c = new Centroid(32);
    const added: SparseVector[] = [];
    for (let n = 0; n < 12; n++) {
      const v = randomVector(random, 5000, 40);
      c.add(v);
      added.push(v);
    }
    expectClose(asMap(c.vector(1000)), expected(added, 1000, 32));
    expect(c.vector(1000).ids.length).toBeLessThanOrEqual(64);
  });

  it('starts again from nothing after a clear, and sums again as before', () => {
    const random = mulberry32(3);
    const vectors = Array.from({ length: 6 }, () => randomVector(random, 300, 30));
    const c = new Centroid();
    for (const v of vectors) c.add(v);
    const before = asMap(c.vector(50));
    c.clear();
    c.add(vectors[0] as SparseVector);
    expect(c.vector(50)).toBe(vectors[0]);
    for (const v of vectors.slice(1)) c.add(v);
    expectClose(asMap(c.vector(50)), before);
  });

  it('lists the heaviest terms for display', () => {
    const c = new Centroid();
    c.add({ ids: Int32Array.of(1, 5, 9), weights: Float32Array.of(0.2, 0.9, 0.4) });
    c.add({ ids: Int32Array.of(2, 9), weights: Float32Array.of(0.1, 0.8) });
    expect(c.top(2)).toEqual([9, 5]);
  });
});
