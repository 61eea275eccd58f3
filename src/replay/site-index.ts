// The files the replay generator writes next to `sites/` so the server knows how to answer without guessing:
// which URL paths exist, their media types and fixed Last-Modified dates, each outlet's serving quirks,
// and the short links that answer 301.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The origin written into generated pages; the server swaps in its own origin when it serves them. */
export const PLACEHOLDER_ORIGIN = 'http://replay.khabar.test';

export const SERVE_INDEX_FILE = 'serve.json';
export const REDIRECTS_FILE = 'redirects.json';

export interface ServedOutlet {
  /** charset of the stored bytes, e.g. utf-8 or windows-1256 */
  charset: string;
  /** 'header': Content-Type names the charset; 'meta': only the document itself does */
  charsetIn: 'header' | 'meta';
  /** delay before every response of this outlet, in milliseconds (0 for none) */
  delayMs: number;
  /** answer a seeded, deterministic share of requests with 503 + Retry-After */
  flaky: boolean;
}

export interface ServedFile {
  /** media type without parameters, e.g. text/html */
  type: string;
  /** outlet slug, or null for site-wide files such as /robots.txt */
  outlet: string | null;
  /** ISO 8601 UTC; fixed per file so Last-Modified and 304s are stable across runs */
  lastModified: string;
}

export interface ServeIndex {
  outlets: Record<string, ServedOutlet>;
  /** keyed by decoded URL path, e.g. "/mehr/news/6389012/عنوان-خبر" */
  files: Record<string, ServedFile>;
}

/** decoded short-link path → decoded target path */
export type Redirects = Record<string, string>;

/** Where a URL path is stored under `sites/`: paths ending in "/" are directories holding index.html. */
export function storedFilePath(urlPath: string): string {
  const rel = urlPath.replace(/^\/+/, '');
  return rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
}

export async function loadServeIndex(dir: string): Promise<{ index: ServeIndex; redirects: Redirects }> {
  const index = JSON.parse(await readFile(join(dir, SERVE_INDEX_FILE), 'utf8')) as ServeIndex;
  const redirects = JSON.parse(await readFile(join(dir, REDIRECTS_FILE), 'utf8')) as Redirects;
  return { index, redirects };
}
