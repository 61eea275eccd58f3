// The typed structures on the hot path give what the lookups they replace give, on the gold corpus's words.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goldArticles } from './eval/gold.ts';
import { QueryTable } from './query-table.ts';
import { float32s, int32s } from './slab.ts';
import { SlotVectors } from './slot-vectors.ts';
import { readText } from './text/body-words.ts';
import { fold } from './text/fold.ts';
import { OFFICE_CUE, PERSON_CUE, PLACE_CUE, lexiconCues } from './text/lexicon-cues.ts';
import { numberPhrases, numberValue } from './text/numbers.ts';
import { findOffices, findPeople } from './text/people.ts';
import { places } from './text/places.ts';
import { WordIds, wordHash } from './text/word-ids.ts';
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

  it('finds a word by its characters in a buffer as by its string, long words included', () => {
    const table = new WordIds(16);
    const list = [...new Set(words)].slice(0, 3000);
    list.forEach((w, i) => table.set(w, i));
    expect(list.some((w) => w.length > 8)).toBe(true);
    const chars = new Uint16Array(64);
    const differ = list.filter((w, i) => {
      for (let k = 0; k < w.length; k++) chars[3 + k] = w.charCodeAt(k);
      return table.getAt(chars, 3, w.length) !== i;
    });
    expect(differ).toEqual([]);
    // A prefix, or the word with one more letter, is another word.
    const long = list.find((w) => w.length > 9) ?? '';
    for (let k = 0; k < long.length; k++) chars[k] = long.charCodeAt(k);
    expect(table.getAt(chars, 0, long.length - 1)).toBe(table.get(long.slice(0, -1)));
  });

  it("answers the same after its slots are read ahead by the words' hashes", () => {
    const table = new WordIds(16);
    const list = [...new Set(words)].slice(0, 2000);
    list.forEach((w, i) => table.set(w, i));
    const chars = new Uint16Array(64);
    const hashes = Int32Array.from([...list, 'واژه‌ای که نیست'], (w) => {
      for (let k = 0; k < w.length; k++) chars[k] = w.charCodeAt(k);
      return wordHash(chars, 0, w.length);
    });
    table.warm(hashes, hashes.length);
    expect(list.filter((w, i) => table.get(w) !== i)).toEqual([]);
    expect(table.get('واژه‌ای که نیست')).toBeUndefined();
    expect(table.size).toBe(list.length);
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

/** A seeded generator and random sparse vectors over term ids below `terms`, ids ascending. */
function randomVectors(seed: number, terms: number) {
  const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const vector = (n: number): SparseVector => {
    const ids = Int32Array.from(new Set(Array.from({ length: n }, () => Math.floor(rand() * terms)))).sort();
    return { ids, weights: Float32Array.from(ids, () => rand()) };
  };
  return { rand, vector };
}

describe('QueryTable', () => {
  it('gives exactly the merge dot product, on random sparse vectors (absent terms add +0)', () => {
    const { rand, vector } = randomVectors(7, 300);
    const q = new QueryTable();
    for (let t = 0; t < 300; t++) {
      const a = vector(1 + Math.floor(rand() * 64));
      q.load(a, 300);
      for (let k = 0; k < 5; k++) {
        const b = vector(1 + Math.floor(rand() * 96));
        expect(q.dot(b)).toBe(dot(a, b));
      }
    }
    // Loading another vector wipes the first one's terms.
    const c = vector(40);
    q.load(c, 300);
    const d = vector(90);
    expect(q.dot(d)).toBe(dot(c, d));
  });
});

describe('SlotVectors and the dense query', () => {
  it('score a packed vector exactly as the article vector', () => {
    const { rand, vector } = randomVectors(11, 500);
    const packed = new SlotVectors(64);
    const kept = Array.from({ length: 40 }, (_, slot) => {
      const v = vector(1 + Math.floor(rand() * 64));
      packed.set(slot * 37, v, 3, slot);
      return v;
    });
    const q = new QueryTable();
    const query = vector(64);
    q.load(query, 500);
    kept.forEach((v, slot) => expect(q.dotSlot(packed, slot * 37)).toBe(dot(query, v)));
    expect(packed.times[37 * 5]).toBe(5);
    // A vector longer than the stride is not packed: the caller scores the article's own.
    packed.set(2000, vector(400), 3, 0);
    expect(packed.lengths[2000]).toBe(-1);
  });
});

describe('slab arrays', () => {
  it('are zeroed, of the length asked, and do not overlap', () => {
    const a = int32s(100);
    const b = float32s(100);
    expect(a.length).toBe(100);
    expect(Array.from(b).every((x) => x === 0)).toBe(true);
    a.fill(-1);
    expect(Array.from(b).every((x) => x === 0)).toBe(true);
    // A request too large for a shared buffer gets its own.
    expect(int32s(1 << 16).length).toBe(1 << 16);
  });
});

describe('body words read from the folded characters', () => {
  it('bound the same words as the folded text split, and read the same numbers', () => {
    for (const a of articles) {
      const body = readText('', '', a.text, 150).body;
      const split = fold(a.text).split(' ').filter(Boolean).slice(0, 150);
      const read = Array.from({ length: body.count }, (_, k) =>
        String.fromCharCode(...body.chars.subarray(body.starts[k], (body.starts[k] ?? 0) + (body.lengths[k] ?? 0))),
      );
      expect(read).toEqual(split);
      expect(numberPhrases(body.numberTokens).map((p) => p.value)).toEqual(numberPhrases(split).map((p) => p.value));
    }
    const numbers = readText('', '', 'سیصد و بیست و پنج نفر در ۱۲ استان؛ یکصد و هفتاد و ششمین جلسه', 150).body;
    expect(numberPhrases(numbers.numberTokens).map((p) => p.value)).toEqual(['325', '12', '176']);
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
