// The ScrapingHub article-extraction benchmark in the workspace's shared corpora (not in the repository).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

/** <repo>/../shared/corpora/article-extraction-benchmark */
export const SCRAPINGHUB_DIR = fileURLToPath(new URL('../../../../shared/corpora/article-extraction-benchmark/', import.meta.url));

export interface BenchmarkPage {
  id: string;
  url: string;
  html: string;
  articleBody: string;
}

export function scrapinghubAvailable(dir = SCRAPINGHUB_DIR): boolean {
  return existsSync(`${dir}/ground-truth.json`);
}

/** The 181 pages with their ground truth; the HTML files are gzipped UTF-8. */
export function loadScrapinghub(dir = SCRAPINGHUB_DIR): BenchmarkPage[] {
  const truth = JSON.parse(readFileSync(`${dir}/ground-truth.json`, 'utf8')) as Record<string, { articleBody?: string; url?: string }>;
  return Object.entries(truth).map(([id, t]) => ({
    id,
    url: t.url ?? '',
    articleBody: t.articleBody ?? '',
    html: gunzipSync(readFileSync(`${dir}/html/${id}.html.gz`)).toString('utf8'),
  }));
}
