import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveUrl, safeLink } from './urls.ts';

describe('resolveUrl', () => {
  it('gives what the WHATWG parser gives, for absolute URLs of every shape', () => {
    const part = fc.constantFrom('a', 'Z', '0', '-', '.', '..', '/', '%D9%BE', '%zz', "'", ' ', '~', '?', '#', '&', '=', 'پ', ':', '@', '\\', '!');
    const host = fc.constantFrom('www.mehrnews.com', 'WWW.ISNA.IR', 'x.y', '127.1', '0x7f.1', 'example.com:80', 'example.com:8080', 'xn--mgbai9a.ir', 'a.b.');
    fc.assert(
      fc.property(fc.constantFrom('http', 'https', 'HTTP'), host, fc.array(part, { maxLength: 12 }), (scheme, h, path) => {
        const url = `${scheme}://${h}/${path.join('')}`;
        expect(resolveUrl(url, 'https://base.example/feed')).toBe(new URL(url).href);
      }),
      { numRuns: 2000 },
    );
  });
  it('resolves relative references and leaves the unresolvable as written', () => {
    expect(resolveUrl('../a/./b', 'https://www.isna.ir/fa/news/')).toBe('https://www.isna.ir/fa/a/b');
    expect(resolveUrl('/news/1', '')).toBe('/news/1');
    expect(resolveUrl('  ', 'https://x/')).toBe('');
  });
});

describe('safeLink', () => {
  it('keeps http(s) and relative links, and drops other schemes however they are disguised', () => {
    expect(safeLink('https://www.isna.ir/news/1')).toBe('https://www.isna.ir/news/1');
    expect(safeLink('/news/1')).toBe('/news/1');
    for (const bad of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'vbscript:x']) {
      expect(safeLink(bad)).toBe('');
    }
  });
});
