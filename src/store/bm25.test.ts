import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { bm25, estimateMatches } from './bm25.ts';
import { termFrequency } from './postgres/pg-search.ts';

describe('bm25', () => {
  it('scores as FTS5 bm25() does, given the same statistics', () => {
    const docs = ['الف ب ب ج', 'ب د', 'الف الف الف ه و ز', 'ح ط', 'ی ک ل م ن الف'];
    const db = new Database(':memory:');
    db.exec("CREATE VIRTUAL TABLE f USING fts5(k, tokenize = 'ascii')");
    docs.forEach((d, i) => db.prepare('INSERT INTO f (rowid, k) VALUES (?, ?)').run(i + 1, d));
    const avg = docs.reduce((n, d) => n + d.split(' ').length, 0) / docs.length;
    for (const q of [['الف'], ['ب'], ['الف', 'ب']]) {
      const rows = db.prepare(`SELECT rowid, -bm25(f) AS s FROM f WHERE f MATCH ? ORDER BY rowid`).all(q.map((t) => `"${t}"`).join(' OR ')) as { rowid: number; s: number }[];
      const dfs = q.map((t) => docs.filter((d) => d.split(' ').includes(t)).length);
      for (const r of rows) {
        const words = docs[r.rowid - 1]!.split(' ');
        const tfs = q.map((t) => words.filter((w) => w === t).length);
        expect(bm25(tfs, dfs, docs.length, words.length, avg)).toBeCloseTo(r.s, 6);
      }
    }
  });

  it('estimates a count from the newest matches, exactly when they are all there', () => {
    expect(estimateMatches(40, 300, 1, 1, 1000)).toBe(40);
    expect(estimateMatches(300, 300, 701, 1, 1000)).toBe(1000); // one in one: everything matches
    expect(estimateMatches(300, 300, 401, 1, 1000)).toBe(500); // one in two
  });

  it('reads a term frequency back from PostgreSQL ts_rank over one lexeme', () => {
    const rank = (tf: number) => Array.from({ length: tf }, (_, j) => 1 / (j + 1) ** 2).reduce((a, b) => a + b, 0) / (Math.PI ** 2 / 6);
    for (const tf of [0, 1, 2, 3, 7, 40, 256]) expect(termFrequency(Math.fround(rank(tf)))).toBe(tf);
  });
});
