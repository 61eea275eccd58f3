// The Persian gold set: every article of the replay corpus (fixtures/replay/manifest.json) extracted from its
// stored page. How each field is compared is written at the top of ./quality/gold.ts.
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES } from './rules.ts';
import { GOLD_FIELDS, evaluateGoldSet } from './quality/gold.ts';
import { FIXTURE_RULES } from './site-fixtures.ts';

describe('Persian gold set (fixtures/replay)', () => {
  const { results, summary } = evaluateGoldSet();

  it('reads the text with F1 ≥ 0.98 and no chrome in any article', () => {
    const fields = GOLD_FIELDS.map((f) => `${f} ${(summary.fields[f] * 100).toFixed(1)}%`).join(', ');
    console.log(
      `gold set, ${summary.articles} articles: text F1 mean ${summary.meanTextF1.toFixed(4)} min ${summary.minTextF1.toFixed(4)} ` +
        `(words: mean ${summary.meanWordF1.toFixed(4)} min ${summary.minWordF1.toFixed(4)}); articles with chrome ${summary.articlesWithLeaks}; ${fields}; ` +
        `exact display form: title ${(summary.exactTitle * 100).toFixed(1)}%, lead ${(summary.exactLead * 100).toFixed(1)}%`,
    );
    expect(summary.articles).toBe(244);
    expect(summary.minTextF1).toBeGreaterThanOrEqual(0.98);
    expect(results.filter((r) => r.leaks.length).map((r) => `${r.id}: ${r.leaks[0]}`)).toEqual([]);
  });

  it('gets title, lead, published, news code and attribution right on ≥ 98% of articles', () => {
    for (const f of ['title', 'lead', 'published', 'newsCode', 'attribution'] as const) {
      const wrong = results.filter((r) => !r.ok[f]).map((r) => r.id);
      expect(summary.fields[f], `${f} wrong in ${wrong.join(', ')}`).toBeGreaterThanOrEqual(0.98);
    }
  });

  it('reads every outlet through a site rule, and every rule is exercised here or by a fixture', () => {
    expect(results.filter((r) => r.rule === null).map((r) => r.id)).toEqual([]);
    const used = new Set([...results.map((r) => r.rule), ...FIXTURE_RULES]);
    expect(BUILTIN_RULES.map((r) => r.name).filter((n) => !used.has(n))).toEqual([]);
  });
});
