// Collects generated files in memory, then writes sites/, serve.json and redirects.json in one go.
// Keys are sorted so the same input always gives byte-identical files.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import iconv from 'iconv-lite';
import {
  REDIRECTS_FILE,
  SERVE_INDEX_FILE,
  storedFilePath,
  type Redirects,
  type ServeIndex,
  type ServedOutlet,
} from '../../src/replay/site-index.ts';
import type { Outlet } from './model.ts';

export interface OutFile {
  path: string;
  bytes: Buffer;
  type: string;
  outlet: string | null;
  lastModified: Date;
}

/** Encodes text in the outlet's charset, refusing characters the code page cannot hold. */
export function encodeFor(text: string, charset: string, where: string): Buffer {
  if (charset === 'utf-8') return Buffer.from(text, 'utf8');
  const bytes = iconv.encode(text, charset);
  const back = iconv.decode(bytes, charset);
  if (back !== text) {
    const i = [...text].findIndex((c, k) => c !== [...back][k]);
    const c = [...text][i] ?? '?';
    throw new Error(`${where}: ${charset} cannot hold U+${c.codePointAt(0)?.toString(16).toUpperCase()} «${c}»`);
  }
  return bytes;
}

const SLOW_DELAY_MS = 1500;

export function servedOutlet(o: Outlet): ServedOutlet {
  return { charset: o.charset, charsetIn: o.charsetIn, delayMs: o.slow ? SLOW_DELAY_MS : 0, flaky: o.flaky };
}

function sortedRecord<T>(entries: Array<[string, T]>): Record<string, T> {
  return Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** A URL path that is both a page and the parent of another page cannot be stored as files. */
function checkNoCollisions(paths: string[]): void {
  const set = new Set(paths.map(storedFilePath));
  for (const p of set) {
    const parts = p.split('/');
    for (let i = 1; i < parts.length; i++) {
      const parent = parts.slice(0, i).join('/');
      if (set.has(parent)) throw new Error(`URL collision: ${parent} is a page and a folder of ${p}`);
    }
  }
}

export async function writeSites(
  dir: string,
  files: OutFile[],
  outlets: Outlet[],
  redirects: Redirects,
): Promise<void> {
  const seen = new Set<string>();
  for (const f of files) {
    if (seen.has(f.path)) throw new Error(`two generated files share the URL path ${f.path}`);
    seen.add(f.path);
  }
  checkNoCollisions(files.map((f) => f.path));
  const sites = join(dir, 'sites');
  await rm(sites, { recursive: true, force: true });
  for (const f of files) {
    const target = join(sites, storedFilePath(f.path));
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, f.bytes);
  }
  const index: ServeIndex = {
    outlets: sortedRecord(outlets.map((o) => [o.slug, servedOutlet(o)])),
    files: sortedRecord(
      files.map((f) => [f.path, { type: f.type, outlet: f.outlet, lastModified: f.lastModified.toISOString() }]),
    ),
  };
  await writeFile(join(dir, SERVE_INDEX_FILE), `${JSON.stringify(index, null, 1)}\n`);
  await writeFile(join(dir, REDIRECTS_FILE), `${JSON.stringify(sortedRecord(Object.entries(redirects)), null, 1)}\n`);
}
