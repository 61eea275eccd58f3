import { describe, expect, it } from 'vitest';
import { kthSmallest, sortShort } from './select.ts';

describe('kthSmallest and sortShort', () => {
  it('give what a native sort gives, with many equal values', () => {
    let seed = 5;
    const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    for (let t = 0; t < 2000; t++) {
      const n = 1 + Math.floor(rand() * 300);
      const values = Float64Array.from({ length: n }, () => (rand() < 0.3 ? Math.floor(rand() * 5) : rand() * 10));
      const k = Math.floor(rand() * n);
      const sorted = Float64Array.from(values).sort();
      expect(kthSmallest(Float64Array.from(values), n, k)).toBe(sorted[k]);
      expect(kthSmallest(Float32Array.from(values), n, k)).toBe(Float32Array.from(values).sort()[k]);
      const copy = Float64Array.from(values);
      sortShort(copy, n);
      expect(copy).toEqual(sorted);
    }
  });
});
