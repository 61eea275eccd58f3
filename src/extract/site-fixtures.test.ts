import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../fetch/index.ts';
import { SourceAliases } from './attribution.ts';
import { extractArticle } from './extract.ts';
import { loadSiteFixtures } from './site-fixtures.ts';

const aliases = new SourceAliases([
  { slug: 'mehr', nameFa: 'خبرگزاری مهر', aliases: ['مهر'] },
  { slug: 'tasnim', nameFa: 'خبرگزاری تسنیم', aliases: ['تسنیم'] },
  { slug: 'isna', nameFa: 'ایسنا', aliases: ['خبرگزاری دانشجویان ایران'] },
]);

describe('site rule fixtures (src/extract/fixtures)', () => {
  for (const f of loadSiteFixtures()) {
    it(`${f.name}: read through rule ${f.rule}`, () => {
      const got = extractArticle(decodeDocument(f.html).text, { url: f.url, aliases });
      expect(got.warnings).toEqual([]);
      expect(got.rule).toBe(f.rule);
      expect(Object.fromEntries(Object.keys(f.expected).map((k) => [k, got[k as keyof typeof got]]))).toEqual(f.expected);
    });
  }
});
