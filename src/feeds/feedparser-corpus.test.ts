import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus, runKhabar } from './testing/corpus.ts';
import { NA, verdict } from './testing/evaluate.ts';
import { khabarContext } from './testing/khabar-view.ts';
import { parseExpr } from './testing/python-expr.ts';
import { dangersIn, dangersInFeed } from './testing/xss.ts';

// python feedparser's own test corpus (2,107 files), run through Khabar's decoder and parser. Each file's `Expect:`
// line is read as Python and evaluated against Khabar's output seen through feedparser's names (khabar-view.ts):
// assertions about fields Khabar keeps (titles, links, ids, dates, authors, summaries, content, categories,
// enclosures, encodings, <ttl>) count; assertions only about what Khabar does not keep are not applicable.
const dir = fileURLToPath(new URL('../../../shared/corpora/feedparser-tests/tests', import.meta.url));

describe.skipIf(!existsSync(dir))('the python feedparser corpus (../shared/corpora is absent)', () => {
  const cases = existsSync(dir) ? loadCorpus(dir) : [];
  const runs = new Map(cases.map((c) => [c.path, runKhabar(c)]));

  it('has every file, and reads each without a crash: a feed, or a one-line refusal', () => {
    expect(cases.length).toBe(2107);
    expect(runs.size).toBe(cases.length);
    for (const [path, run] of runs) if (run.refusal) expect(run.refusal.message, path).toMatch(/^[^\n]+$/);
  });

  it('parses every well-formed file', () => {
    const wellFormed = cases.filter((c) => c.path.startsWith('wellformed/') || c.expect?.startsWith('not bozo'));
    const refused = wellFormed.filter((c) => runs.get(c.path)?.refusal).map((c) => `${c.path}: ${runs.get(c.path)?.refusal?.message}`);
    expect(wellFormed.length).toBeGreaterThan(cases.length / 2);
    expect(refused).toEqual([]);
  });

  it('passes at least 95% of the applicable Expect assertions', () => {
    let pass = 0;
    let na = 0;
    const failed: string[] = [];
    for (const c of cases) {
      if (!c.expect) continue;
      const run = runs.get(c.path);
      if (!run) continue;
      const v = verdict(parseExpr(c.expect), khabarContext(run.feed, run.charset));
      if (v === NA) na++;
      else if (v) pass++;
      else failed.push(c.path);
    }
    const rate = pass / (pass + failed.length);
    console.info(`feedparser corpus: ${pass}/${pass + failed.length} applicable assertions pass (${(rate * 100).toFixed(1)}%), ${na} not applicable`);
    console.info(`failing: ${failed.join(' ')}`);
    expect(pass + failed.length).toBeGreaterThan(1200);
    expect(rate).toBeGreaterThanOrEqual(0.95);
  });

  it('leaves no script, event handler, javascript: URL or dangerous element in any field of the sanitize cases', () => {
    const sanitize = cases.filter((c) => c.path.startsWith('wellformed/sanitize/'));
    expect(sanitize.length).toBe(745);
    const found = sanitize.flatMap((c) => {
      const feed = runs.get(c.path)?.feed;
      return feed ? dangersInFeed(feed).map((d) => `${c.path} ${d}`) : [];
    });
    expect(found).toEqual([]);
  });
});

describe('the corpus checks themselves', () => {
  it('evaluate Python with three values: true, false, and not applicable', () => {
    const feed = { title: 'Example feed', link: 'http://example.com/', items: [] };
    const ctx = () => khabarContext(feed, 'utf-8');
    expect(verdict(parseExpr("not bozo and feed['title'] == 'Example feed'"), ctx())).toBe(true);
    expect(verdict(parseExpr("feed['title'] == u'Other'"), ctx())).toBe(false);
    expect(verdict(parseExpr("not bozo and feed['tagline'] == 'x'"), ctx())).toBe(NA);
    expect(verdict(parseExpr("feed.link == 'http://example.com/' and encoding == 'UTF-8'"), ctx())).toBe(true);
    expect(verdict(parseExpr("entries[0]['title'] == 'x'"), ctx())).toBe(false);
    expect(verdict(parseExpr("len(entries) == 0 and feed['title'] == 'Ex' + 'ample feed'"), ctx())).toBe(true);
  });

  it('find what they look for', () => {
    expect(dangersIn('<p onclick="x()">a</p>', 'html')).toContain('event handler attribute');
    expect(dangersIn('<a href=" jav&#x09;ascript:alert(1)">x</a>', 'html')[0]).toMatch(/unsafe URL/);
    expect(dangersIn('<svg><script>alert(1)</script></svg>', 'html')[0]).toMatch(/<svg> element/);
    expect(dangersIn('javascript:alert(1)', 'url')).toHaveLength(1);
    expect(dangersIn('<p>safe <b>text</b> <a href="https://example.com/">x</a></p>', 'html')).toEqual([]);
  });
});
