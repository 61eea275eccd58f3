// Builds the replay corpus in `dir`: reads content/*.json and outlets.json, writes sites/, manifest.json,
// serve.json and redirects.json. Everything is a function of the input: no clock, no unseeded randomness.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { feedFor } from './feeds/index.ts';
import { loadContent, loadOutlets } from './load.ts';
import { buildManifest, type Manifest } from './manifest.ts';
import type { SiteArticlesByOutlet } from './model.ts';
import { encodeFor, writeSites, type OutFile } from './output.ts';
import { planSites } from './plan.ts';
import { SECTIONS } from './sections.ts';
import { templateFor } from './templates/index.ts';

/** Last-Modified of pages on a site with no articles yet: the corpus's first possible date. */
const CORPUS_START = new Date('2026-11-24T03:00:00Z');

export const ROBOTS_TXT = ['User-agent: *', 'Disallow: /*/search', 'Allow: /', ''].join('\n');

export interface BuildResult {
  manifest: Manifest;
  files: number;
  redirects: number;
}

function siteFiles(site: SiteArticlesByOutlet): OutFile[] {
  const { outlet, articles } = site;
  const tmpl = templateFor(outlet.family);
  const encode = (text: string, where: string) => encodeFor(text, outlet.charset, where);
  const updated = articles[0]?.published ?? CORPUS_START;
  const file = (path: string, text: string, type: string, lastModified: Date): OutFile => ({
    path,
    bytes: encode(text, path),
    type,
    outlet: outlet.slug,
    lastModified,
  });
  const out: OutFile[] = articles.map((a) => file(a.path, tmpl.articlePage(a), 'text/html', a.published));
  out.push(
    file(
      outlet.homepage,
      tmpl.listPage({ outlet, path: outlet.homepage, section: null, articles: articles.slice(0, 40) }),
      'text/html',
      updated,
    ),
  );
  for (const s of SECTIONS) {
    const path = tmpl.sectionPath(outlet, s.key);
    const inSection = articles.filter((a) => a.authored.section === s.fa);
    const lastModified = inSection[0]?.published ?? CORPUS_START;
    out.push(
      file(path, tmpl.listPage({ outlet, path, section: s.fa, articles: inSection }), 'text/html', lastModified),
    );
  }
  const feed = feedFor(site, updated);
  out.push(file(outlet.feed.path, feed.text, feed.type, updated));
  return out;
}

export async function buildReplay(dir: string): Promise<BuildResult> {
  const outlets = await loadOutlets(join(dir, 'outlets.json'));
  const content = await loadContent(join(dir, 'content'), outlets);
  const { all, sites } = planSites(content, outlets);
  const files = sites.flatMap(siteFiles);
  files.push({
    path: '/robots.txt',
    bytes: Buffer.from(ROBOTS_TXT, 'utf8'),
    type: 'text/plain',
    outlet: null,
    lastModified: CORPUS_START,
  });
  const redirects: Record<string, string> = {};
  for (const a of all) if (a.shortPath) redirects[a.shortPath] = a.path;
  await writeSites(dir, files, outlets, redirects);
  const manifest = buildManifest(content, outlets, all);
  await writeFile(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return { manifest, files: files.length, redirects: Object.keys(redirects).length };
}
