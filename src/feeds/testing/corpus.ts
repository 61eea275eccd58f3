import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import iconv from 'iconv-lite';
import { decodeDocument } from '../../fetch/charset.ts';
import type { ParsedFeed } from '../../model/types.ts';
import { FeedError } from '../errors.ts';
import { parseFeed } from '../parse.ts';

/** One file of python feedparser's test corpus: its bytes and what its leading comment says. */
export interface CorpusCase {
  /** Relative to the corpus's `tests/` folder, with forward slashes. */
  path: string;
  bytes: Buffer;
  description: string;
  expect: string | null;
  /** The simulated HTTP response headers (`Header:` lines), names in lower case. */
  headers: Record<string, string>;
}

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? walk(p) : [p];
    });
}

/** The leading comment read independently of Khabar's decoder: as UTF-8, else as each wide Unicode encoding. */
function comment(bytes: Buffer): string {
  for (const enc of ['utf8', 'utf16le', 'utf16be', 'utf32le', 'utf32be']) {
    const text = enc === 'utf8' ? bytes.toString('utf8') : iconv.decode(bytes, enc);
    if (text.includes('Expect:') || text.includes('Description:')) return text;
  }
  return '';
}

export function loadCorpus(dir: string): CorpusCase[] {
  return walk(dir).map((file) => {
    const bytes = readFileSync(file);
    const text = comment(bytes);
    const headers: Record<string, string> = {};
    for (const m of text.matchAll(/^\s*Header:\s*([\w-]+):[ \t]*(.*?)\s*$/gm)) headers[(m[1] ?? '').toLowerCase()] = m[2] ?? '';
    return {
      path: relative(dir, file).split('\\').join('/'),
      bytes,
      description: /Description:\s*(.*?)\s*(?:Expect:|$)/m.exec(text)?.[1] ?? '',
      expect: /Expect:\s*(.*?)\s*(?:-->|$)/m.exec(text)?.[1] ?? null,
      headers,
    };
  });
}

export interface KhabarRun {
  feed: ParsedFeed | null;
  charset: string;
  /** A clear refusal (not a feed); anything else thrown is a crash and propagates. */
  refusal: FeedError | null;
}

/**
 * Decodes and parses one case as Khabar would a fetched feed. The base URL is where feedparser's own harness serves
 * the file, unless a Content-Location header says otherwise.
 */
export function runKhabar(c: CorpusCase): KhabarRun {
  const { text, charset } = decodeDocument(c.bytes, c.headers['content-type'] ?? null);
  const served = `http://127.0.0.1:8097/tests/${c.path}`;
  const location = c.headers['content-location'] ? new URL(c.headers['content-location'], served).href : '';
  const base = /^https?:/.test(location) ? location : served;
  try {
    return { feed: parseFeed(text, base), charset, refusal: null };
  } catch (err) {
    if (err instanceof FeedError) return { feed: null, charset, refusal: err };
    throw err;
  }
}
