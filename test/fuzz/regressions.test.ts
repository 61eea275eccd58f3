import { describe, expect, it } from 'vitest';
import { SourceAliases, extractArticle } from '../../src/extract/index.ts';
import { executableIn } from '../security/executable.ts';
import { call } from './properties.ts';

// Inputs the fuzzer found, kept so that what they broke stays fixed.
const FOUND: [string, string][] = [
  [
    // A <![CDATA[ in HTML becomes a comment holding "-->"; Readability re-reads the page from its HTML, finds a
    // <!doctype> in the body and looped for ever (315 bytes kept a crawl and the site busy indefinitely).
    'a CDATA section holding "-->" and a doctype (npm run fuzz, seed 20261129)',
    '<!doctype html><html lang="fa" dir="rtl"><head>>\tۀط\u202e</p></head><body><tr dir="\u{f2681}\u{ce44b}خق|"><main property=\'V+بع\u{d025c}\u{e4865}\' src=1ز乖حٔو>چ丘ح _\u2068\ufffd ح ۴ ش\u05eb\u0626\u0007 ق</main><a id=\'https://example.com/a?b=1&c=2\' style="\t"><![CDATA[--><!doctype html><figcaption id="rtl">ق%<![CDATA[</body></html>',
  ],
  ['the same, reduced', '<a><![CDATA[--><!doctype html>'],
  ['a doctype in the body', '<body><![CDATA[--><!doctype html>'],
];

describe('inputs found by fuzzing', () => {
  it.each(FOUND)('extractArticle ends on %s', (_name, html) => {
    const r = call('extractArticle', 10_000, () => extractArticle(html, { url: 'https://example.com/1', aliases: new SourceAliases([]) }));
    expect(executableIn(r?.html ?? '')).toEqual([]);
  });
});
