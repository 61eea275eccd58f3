import { describe, expect, it } from 'vitest';
import { canonicalUrl } from './canonical-url.ts';

describe('canonicalUrl', () => {
  it('drops tracking parameters and sorts the rest', () => {
    expect(canonicalUrl('https://www.isna.ir/news/1403/?utm_source=telegram&utm_medium=social&b=2&a=1&fbclid=x')).toBe(
      'https://isna.ir/news/1403?a=1&b=2',
    );
  });

  it('folds AMP and mobile addresses into the article', () => {
    const want = 'https://example.ir/news/85612389';
    expect(canonicalUrl('https://m.example.ir/news/85612389')).toBe(want);
    expect(canonicalUrl('https://amp.example.ir/news/85612389/')).toBe(want);
    expect(canonicalUrl('https://example.ir/amp/news/85612389')).toBe(want);
    expect(canonicalUrl('https://example.ir/news/85612389/amp')).toBe(want);
    expect(canonicalUrl('https://example.ir/news/85612389?amp=1')).toBe(want);
    expect(canonicalUrl('https://WWW.Example.IR:443/news/85612389#comments')).toBe(want);
  });

  it('keeps the parameters that name the article', () => {
    expect(canonicalUrl('http://sepehr.example/show.php?id=42&from=rss')).toBe('http://sepehr.example/show.php?id=42');
  });

  it('meets Persian slugs however they were encoded', () => {
    const plain = canonicalUrl('https://example.ir/news/1/زلزله-زرند');
    expect(canonicalUrl('https://example.ir/news/1/%D8%B2%D9%84%D8%B2%D9%84%D9%87-%D8%B2%D8%B1%D9%86%D8%AF')).toBe(plain);
    expect(canonicalUrl('https://example.ir/news/1/%d8%b2%d9%84%d8%b2%d9%84%d9%87-%d8%b2%d8%b1%d9%86%d8%af/')).toBe(plain);
  });

  it('returns what is not an http(s) address unchanged', () => {
    expect(canonicalUrl('not a url')).toBe('not a url');
    expect(canonicalUrl('mailto:a@b.ir')).toBe('mailto:a@b.ir');
  });
});
