// The typed structures on the hot path give what the lookups they replace give, on the gold corpus's words.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goldArticles } from './eval/gold.ts';
import { QueryTable } from './query-table.ts';
import { fold } from './text/fold.ts';
import { OFFICE_CUE, PERSON_CUE, PLACE_CUE, lexiconCues } from './text/lexicon-cues.ts';
import { numberValue } from './text/numbers.ts';
import { findOffices, findPeople } from './text/people.ts';
import { places } from './text/places.ts';
import { WordIds } from './text/word-ids.ts';
import { type SparseVector, dot } from './vectors.ts';

const articles = goldArticles();
const texts = articles.map((a) => fold(`${a.title} ${a.lead} ${a.text}`));
const words = texts.flatMap((t) => t.split(' '));

describe('WordIds', () => {
  it('keeps what a Map keeps, for every word of the gold corpus', () => {
    const table = new WordIds(16);
    const map = new Map<string, number>();
    for (const w of words) {
      if (!map.has(w)) map.set(w, map.size * 7 - 3);
      if (table.get(w) === undefined) table.set(w, map.get(w) ?? 0);
    }
    expect(table.size).toBe(map.size);
    const differ = [...map].filter(([w, v]) => table.get(w) !== v);
    expect(differ).toEqual([]);
    expect(table.get('واژه‌ای که نیست')).toBeUndefined();
    table.set(words[0] ?? '', 42);
    expect(table.get(words[0] ?? '')).toBe(42);
  });

  it('forgets everything once half full, and answers again after', () => {
    const table = new WordIds(4); // 16 slots: emptied at the ninth word
    const list = [...new Set(words)].slice(0, 12);
    list.forEach((w, i) => table.set(w, i));
    expect(table.size).toBe(4);
    expect(table.get(list[0] ?? '')).toBeUndefined();
    expect(table.get(list[11] ?? '')).toBe(11);
  });
});

describe('QueryTable', () => {
  it('gives exactly the merge dot product, on random sparse vectors', () => {
    let seed = 7;
    const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const vector = (n: number): SparseVector => {
      const ids = Int32Array.from(new Set(Array.from({ length: n }, () => Math.floor(rand() * 300)))).sort();
      return { ids, weights: Float32Array.from(ids, () => rand()) };
    };
    const q = new QueryTable();
    for (let t = 0; t < 300; t++) {
      const a = vector(1 + Math.floor(rand() * 64));
      expect(q.load(a)).toBe(true);
      for (let k = 0; k < 5; k++) {
        const b = vector(1 + Math.floor(rand() * 96));
        expect(q.dot(b)).toBe(dot(a, b));
      }
    }
    expect(q.load(vector(400))).toBe(false);
  });
});

describe('lexicon cues and the number-word sieve', () => {
  it('find the same places, people, ministries and numbers as the full lookups', () => {
    for (const t of texts.slice(0, 120)) {
      const list = t.split(' ').slice(0, 200);
      const cues = lexiconCues(list);
      expect(places().find(list, cues)).toEqual(places().find(list));
      expect(findPeople(list, cues)).toEqual(findPeople(list));
      expect(findOffices(list, cues)).toEqual(findOffices(list));
    }
    const cues = lexiconCues(fold('وزیر نفت در تهران با علی لاریجانی دیدار کرد').split(' '));
    expect((cues[0] as number) & OFFICE_CUE).toBe(OFFICE_CUE);
    expect((cues[3] as number) & PLACE_CUE).toBe(PLACE_CUE);
    expect((cues[5] as number) & PERSON_CUE).toBe(PERSON_CUE);
  });

  it('passes every number word of the lexicon through the sieve', () => {
    const file = JSON.parse(readFileSync(new URL('./lexicon/numbers.json', import.meta.url), 'utf8')) as Record<string, Record<string, number>>;
    const all = [...Object.keys(file.cardinals ?? {}), ...Object.keys(file.ordinals ?? {})];
    expect(all.length).toBeGreaterThan(20);
    expect(all.filter((w) => numberValue(fold(w)) === null)).toEqual([]);
    expect(numberValue(fold('سومین'))).toBe('3');
    expect(numberValue(fold('نماینده'))).toBeNull();
    expect(numberValue('4.7')).toBe('4.7');
  });
});
