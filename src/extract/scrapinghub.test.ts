// The ScrapingHub article-extraction benchmark (181 pages, in the workspace's shared corpora) through the whole
// extraction, scored with the benchmark's own metric. Readability.js scores F1 0.947 here, trafilatura 0.958.
import { describe, expect, it } from 'vitest';
import { SourceAliases } from './attribution.ts';
import { extractArticle } from './extract.ts';
import { SCRAPINGHUB_DIR, loadScrapinghub, scrapinghubAvailable } from './quality/scrapinghub.ts';
import { macroScores, shingleCounts } from './quality/shingles.ts';

const BAR = 0.96;

describe.skipIf(!scrapinghubAvailable())(`ScrapingHub article-extraction benchmark (${SCRAPINGHUB_DIR})`, () => {
  it(`scores F1 ≥ ${BAR} on all 181 pages`, () => {
    const pages = loadScrapinghub();
    const aliases = new SourceAliases([]);
    const counts = pages.map((p) => shingleCounts(p.articleBody, extractArticle(p.html, { url: p.url, aliases }).text));
    const s = macroScores(counts);
    console.log(`ScrapingHub benchmark, ${pages.length} pages: P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}`);
    expect(pages).toHaveLength(181);
    expect(s.f1).toBeGreaterThanOrEqual(BAR);
  });
});
