import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Row, baseComponent, readSuite, run, runnerFor } from './suites/cases.ts';

// Every row of the persian-cases suites through the matching Khabar function. A row where Khabar writes
// differently on purpose is listed in suites/differences.tsv with Khabar's output and the reason; it is
// counted apart, never as passed, and its output is pinned so a change shows. A known miss is listed
// there too, as «miss»: it counts as failed in the pass rate, and its output is pinned the same way.

const DIR = new URL('../../../shared/corpora/persian-cases/', import.meta.url);
const SUITES = ['hazm_cases.tsv', 'parsivar_cases.tsv', 'lucene_cases.tsv', 'shekar_cases.tsv'];

interface Difference {
  /** «style»: Khabar writes it differently on purpose; «miss»: a known failure, counted as failed. */
  kind: string;
  khabar: string;
  reason: string;
}

function readDifferences(): Map<string, Difference> {
  const text = readFileSync(new URL('./suites/differences.tsv', import.meta.url), 'utf8');
  const map = new Map<string, Difference>();
  for (const line of text.split('\n').slice(1)) {
    if (!line || line.startsWith('#')) continue;
    const [suite = '', component = '', input = '', kind = '', khabar = '', reason = ''] = line.split('\t');
    map.set(`${suite}\t${component}\t${input}`, { kind, khabar, reason });
  }
  return map;
}

interface Tally {
  rows: number;
  covered: number;
  passed: number;
  differ: number;
  failed: string[];
  /** Rows counted in the pass rate that hazm passes in its own tests (not [xfail]). */
  hazmOwn: number;
}

function tally(rows: Row[], differences: Map<string, Difference>, stale: string[]): Map<string, Tally> {
  const byComponent = new Map<string, Tally>();
  for (const row of rows) {
    const name = baseComponent(row.component);
    const t = byComponent.get(name) ?? { rows: 0, covered: 0, passed: 0, differ: 0, failed: [], hazmOwn: 0 };
    byComponent.set(name, t);
    t.rows++;
    const runner = runnerFor(row);
    if (!runner) continue;
    t.covered++;
    const { actual, passed } = run(row, runner);
    const difference = differences.get(`${row.suite}\t${row.component}\t${row.input}`);
    if (difference?.kind !== 'style' && !row.xfail) t.hazmOwn++;
    if (difference) {
      if (difference.kind === 'style') t.differ++;
      if (passed || difference.khabar !== actual) stale.push(`${row.component}\t${row.input}\t${actual}`);
    } else if (passed) t.passed++;
    else t.failed.push(`${row.component}\t${row.input}\t${actual}\t${row.expected}`);
  }
  return byComponent;
}

const pct = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(1)}%` : '—');

describe.skipIf(!existsSync(DIR))(existsSync(DIR) ? 'persian-cases suites' : 'persian-cases suites (../shared/corpora/persian-cases absent: skipped)', () => {
  const differences = readDifferences();
  for (const suite of SUITES) {
    it(`${suite}: every covered row passes or is a listed difference`, () => {
      const rows = readSuite(DIR, suite);
      const stale: string[] = [];
      const byComponent = tally(rows, differences, stale);
      const lines: string[] = [];
      let covered = 0;
      let passed = 0;
      let differ = 0;
      const failed: string[] = [];
      const hazmBars: [string, number, number][] = [];
      let hazmOwn = 0;
      for (const [name, t] of byComponent) {
        covered += t.covered;
        passed += t.passed;
        differ += t.differ;
        failed.push(...t.failed);
        const scope = t.covered ? `${t.passed}/${t.covered - t.differ} ${pct(t.passed, t.covered - t.differ)}` : 'not covered';
        const counted = t.covered - t.differ;
        const bar = suite === 'hazm_cases.tsv' && counted ? ` (hazm's own ${pct(t.hazmOwn, counted)})` : '';
        lines.push(`  ${name}: ${t.rows} rows, ${scope}${t.differ ? `, ${t.differ} deliberate` : ''}${bar}`);
        if (suite === 'hazm_cases.tsv' && counted) hazmBars.push([name, t.passed / counted, t.hazmOwn / counted]);
        hazmOwn += t.hazmOwn;
      }
      const own = suite === 'hazm_cases.tsv' ? `; hazm's own on the same rows ${pct(hazmOwn, covered - differ)}` : '';
      console.log(`${suite}: ${rows.length} rows, ${covered} covered, ${passed}/${covered - differ} passed ${pct(passed, covered - differ)}, ${differ} deliberate differences${own}\n${lines.join('\n')}`);
      expect(stale, 'listed differences that now pass or print something else').toEqual([]);
      expect(failed, 'rows that fail and are not listed as deliberate differences').toEqual([]);
      // The bar: on every hazm component Khabar covers, at or above hazm's own pass rate.
      for (const [name, ours, hazm] of hazmBars) expect(ours, name).toBeGreaterThanOrEqual(hazm);
    });
  }
});
