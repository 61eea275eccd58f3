import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface StaticFile {
  body: Uint8Array;
  type: string;
  etag: string;
}

const require = createRequire(import.meta.url);
const vazirmatn = dirname(require.resolve('vazirmatn/package.json'));
// The Non-Latin subset: Persian and Arabic glyphs only, about 22 KB a weight; Latin falls back to system fonts.
const FONT_DIR = join(vazirmatn, 'misc', 'Non-Latin', 'fonts', 'webfonts');

function file(path: string, type: string): StaticFile {
  const body = readFileSync(path);
  return { body, type, etag: `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"` };
}

/** Everything the site serves itself, read once at start: no request ever goes to another host. */
export function loadStaticFiles(): Map<string, StaticFile> {
  return new Map([
    ['style.css', file(new URL('./static/style.css', import.meta.url).pathname, 'text/css; charset=utf-8')],
    ['favicon.svg', file(new URL('./static/favicon.svg', import.meta.url).pathname, 'image/svg+xml')],
    ['fonts/vazirmatn-regular.woff2', file(join(FONT_DIR, 'Vazirmatn-NL-Regular.woff2'), 'font/woff2')],
    ['fonts/vazirmatn-bold.woff2', file(join(FONT_DIR, 'Vazirmatn-NL-Bold.woff2'), 'font/woff2')],
  ]);
}
