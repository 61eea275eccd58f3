import { describe, expect, it } from 'vitest';
import type { Doc } from './story-state.ts';
import { TermIndex } from './term-index.ts';

// Only what the index reads of an article: its vector, slot, epoch and time.
const doc = (terms: number[], time = 0): Doc =>
  ({ vec: { ids: Int32Array.from(terms), weights: Float32Array.from(terms, () => 1 / Math.sqrt(terms.length)) }, slot: -1, epoch: 0, time }) as unknown as Doc;

describe('TermIndex', () => {
  it('finds the articles that share terms with a query, best first, and forgets those that left', () => {
    const index = new TermIndex(8);
    const a = doc([1, 2, 3, 4]);
    const b = doc([1, 2, 9]);
    const c = doc([7, 8]);
    for (const d of [a, b, c]) index.add(d);
    const found = (q: Doc) => Array.from(index.matches(q), (slot) => index.docAt(slot));
    expect(found(doc([1, 2, 3]))).toContain(a);
    expect(found(doc([1, 2, 3]))).toContain(b);
    expect(found(doc([1, 2, 3]))).not.toContain(c);
    index.remove(b);
    expect(found(doc([1, 2, 3]))).toEqual([a]);
  });

  it('lists an article under its heaviest terms only, and looks up only a query\'s heaviest', () => {
    const weighted = (terms: number[], weights: number[]): Doc =>
      ({ vec: { ids: Int32Array.from(terms), weights: Float32Array.from(weights) }, slot: -1, epoch: 0, time: 0 }) as unknown as Doc;
    const index = new TermIndex(8, 2);
    // Listed under 5 and 6 (its two heaviest), not under 1.
    const a = weighted([1, 5, 6], [0.1, 0.7, 0.7]);
    index.add(a);
    const found = (q: Doc) => Array.from(index.matches(q), (slot) => index.docAt(slot));
    expect(found(weighted([1], [1]))).toEqual([]);
    expect(found(weighted([5], [1]))).toEqual([a]);
    // A query's light term is not looked up either: 6 is its third heaviest.
    expect(found(weighted([2, 3, 6], [0.6, 0.6, 0.5]))).toEqual([]);
    expect(found(weighted([2, 6], [0.6, 0.5]))).toEqual([a]);
  });

  it('gives a freed slot to a new article only once the lists no longer name it', () => {
    // Every term listed, so stale entries pass the compaction's 50,000 with 850 articles gone.
    const index = new TermIndex(64, 64);
    const terms = Array.from({ length: 64 }, (_, i) => i);
    const first = Array.from({ length: 900 }, () => doc(terms));
    for (const d of first) index.add(d);
    const gone = first.slice(0, 850);
    for (const d of gone.slice(0, 10)) index.remove(d);
    // Ten slots freed, 640 stale entries: not yet compacted, so a new article takes a new slot.
    const early = doc(terms);
    index.add(early);
    expect(early.slot).toBe(900);
    for (const d of gone.slice(10)) index.remove(d);
    // Past 50,000 stale entries, more than the live ones: compacted, and the slots freed before are free again.
    const late = doc(terms);
    index.add(late);
    expect(late.slot).toBeLessThan(850);
    const slots = Array.from(index.matches(doc([1, 2, 3]), 1000));
    expect(slots.map((s) => index.docAt(s)).every((d) => d !== undefined && !gone.includes(d))).toBe(true);
    expect(slots).toContain(late.slot);
    expect(slots).toHaveLength(52);
  });
});
