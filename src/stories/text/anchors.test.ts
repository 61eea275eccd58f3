import { describe, expect, it } from 'vitest';
import { findAnchors, isSpace } from './anchors.ts';
import { lexiconCues } from './lexicon-cues.ts';
import { places } from './places.ts';
import { tokens } from './tokens.ts';

describe('the score marks of a headline', () => {
  it('read white space as `\\s` does', () => {
    for (let c = 0; c < 0x10000; c++) expect(isSpace(c)).toBe(/\s/u.test(String.fromCharCode(c)));
    expect(isSpace(Number.NaN)).toBe(false);
  });

  it('find «بر» between any white space, and either dash', () => {
    for (const space of [' ', '\u00a0', '\t', '\u2009', '\ufeff']) {
      const title = `ایران ۲${space}بر${space}۱ ازبکستان`;
      expect(findAnchors(tokens(title), title).scores).toEqual(['2-1']);
    }
    expect(findAnchors(tokens('خبر ۲ بر۱'), 'خبر ۲ بر۱').scores).toEqual([]);
    for (const dash of ['-', '–']) {
      const title = `ایران ۲ ${dash} ازبکستان ۱`;
      expect(findAnchors(tokens(title), title).scores).toEqual(['2-1']);
    }
  });
});

describe('the gazetteer', () => {
  it('finds with the lexicon cues what it finds without them', () => {
    for (const title of ['آتش‌سوزی انبار در حکم‌آباد تبریز', 'برداشت زعفران در تربت حیدریه', 'باران در استان فارس', 'به گزارش فارس', 'جاده قزوین زنجان', 'سیل در خرم آباد و زرند کرمان']) {
      const words = tokens(title);
      const plain = places().find(words);
      expect(plain.length).toBeGreaterThan(title.includes('گزارش') ? -1 : 0);
      expect(places().find(words, lexiconCues(words))).toEqual(plain);
    }
  });
});
