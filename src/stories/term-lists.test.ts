import { describe, expect, it } from 'vitest';
import { TermLists } from './term-lists.ts';

/** A term's entries as [slot, weight] pairs, oldest first. */
function entries(lists: TermLists, term: number): [number, number][] {
  const out: [number, number][] = [];
  const start = lists.starts[term] ?? 0;
  for (let k = 0; k < (lists.lengths[term] ?? 0); k++) out.push([lists.data[start + 2 * k] ?? -1, lists.weights[start + 2 * k + 1] ?? -1]);
  return out;
}

describe('TermLists', () => {
  it('keeps each term its own entries in order, through growth of lists, terms and the arena', () => {
    const lists = new TermLists();
    const expected = new Map<number, [number, number][]>();
    // Terms far apart and lists of very different lengths, pushed interleaved: blocks move as they fill.
    for (let i = 0; i < 60_000; i++) {
      const term = (i * 7919) % (i % 3 ? 50 : 5000);
      const weight = ((i % 97) + 1) / 128;
      lists.push(term, i, weight);
      const list = expected.get(term) ?? [];
      list.push([i, weight]);
      expected.set(term, list);
    }
    for (const [term, want] of expected) expect(entries(lists, term)).toEqual(want);
    expect(lists.lengths[4999 + 1]).toBe(0);
  });

  it('filters entries by slot, frees emptied lists, and gives their blocks to new lists', () => {
    const lists = new TermLists();
    for (let slot = 0; slot < 40; slot++) {
      lists.push(1, slot, 0.5);
      lists.push(2, slot, 0.25);
    }
    lists.push(3, 7, 1);
    const arena = lists.data.length;
    lists.filter((slot) => slot % 2 === 0 && slot !== 7);
    expect(entries(lists, 1)).toEqual(Array.from({ length: 20 }, (_, i) => [i * 2, 0.5]));
    expect(entries(lists, 2).map(([slot]) => slot)).toEqual(Array.from({ length: 20 }, (_, i) => i * 2));
    expect(lists.lengths[3]).toBe(0);
    expect(lists.capacities[3]).toBe(0);
    // Term 3's block (four entries) is free: the next new list of that size takes it.
    const freed = lists.starts[3];
    lists.push(9, 100, 0.75);
    expect(lists.starts[9]).toBe(freed);
    expect(entries(lists, 9)).toEqual([[100, 0.75]]);
    expect(lists.data.length).toBe(arena);
  });
});
