// npm run bench:extract — Khabar's extraction against Readability 0.6 on jsdom 26 (the reference setup of
// the ScrapingHub benchmark's readability_js runner), over the same 181 pages in the same run. Pages are
// taken in turn by both, alternating which goes first, so load on the machine falls on both alike. Prints
// pages per second, the ratio, and each one's precision, recall and F1 on the benchmark's metric.
import { Readability } from '@mozilla/readability';
import { SingleBar } from 'cli-progress';
import { JSDOM, VirtualConsole } from 'jsdom';
import { SourceAliases, extractArticle } from '../src/extract/index.ts';
import { SCRAPINGHUB_DIR, loadScrapinghub, scrapinghubAvailable } from '../src/extract/quality/scrapinghub.ts';
import { macroScores, shingleCounts } from '../src/extract/quality/shingles.ts';

const WARM_UP_PAGES = 20;
const BAR = 10;

if (!scrapinghubAvailable()) {
  process.stderr.write(`bench:extract: ${SCRAPINGHUB_DIR} is missing; the benchmark needs the shared corpora beside the repository\n`);
  process.exit(1);
}

const pages = loadScrapinghub();
const aliases = new SourceAliases([]);
// jsdom reports every stylesheet it cannot parse; the benchmark's runner does not look at them either.
const quiet = new VirtualConsole();

const khabar = (html: string, url: string) => extractArticle(html, { url, aliases }).text;
const readabilityJsdom = (html: string, url: string) => {
  const dom = new JSDOM(html, { url: url || 'https://example.org/', virtualConsole: quiet });
  try {
    return new Readability(dom.window.document).parse()?.textContent ?? '';
  } finally {
    dom.window.close();
  }
};

for (const p of pages.slice(0, WARM_UP_PAGES)) {
  khabar(p.html, p.url);
  readabilityJsdom(p.html, p.url);
}

const time = { khabar: 0, readability: 0 };
const outputs = { khabar: [] as string[], readability: [] as string[] };
const bar = new SingleBar({ format: 'extract {bar} {value}/{total} pages', stream: process.stderr });
bar.start(pages.length, 0);
pages.forEach((p, i) => {
  const runs = [
    ['khabar', khabar],
    ['readability', readabilityJsdom],
  ] as const;
  for (const [name, run] of i % 2 ? [...runs].reverse() : runs) {
    const t = performance.now();
    outputs[name].push(run(p.html, p.url));
    time[name] += performance.now() - t;
  }
  bar.increment();
});
bar.stop();

const rate = (ms: number) => pages.length / (ms / 1000);
const khabarRate = rate(time.khabar);
const readabilityRate = rate(time.readability);
const score = (texts: string[]) => macroScores(pages.map((p, i) => shingleCounts(p.articleBody, texts[i] ?? '')));
const fmt = (s: { precision: number; recall: number; f1: number }) =>
  `P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}`;

console.log(`ScrapingHub article-extraction benchmark, ${pages.length} pages`);
console.log(`  Khabar (linkedom)        ${khabarRate.toFixed(1).padStart(7)} pages/s   ${fmt(score(outputs.khabar))}`);
console.log(`  Readability 0.6 + jsdom  ${readabilityRate.toFixed(1).padStart(7)} pages/s   ${fmt(score(outputs.readability))}`);
console.log(`  ratio ${(khabarRate / readabilityRate).toFixed(1)}× (bar: ≥ ${BAR}×)`);
