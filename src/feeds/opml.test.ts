import { describe, expect, it } from 'vitest';
import type { Source } from '../model/types.ts';
import { readOpml, writeOpml } from './opml.ts';

const mehr: Source = {
  slug: 'mehr',
  nameFa: 'خبرگزاری مهر',
  nameEn: 'Mehr News Agency',
  homepage: 'https://www.mehrnews.com',
  feeds: ['https://www.mehrnews.com/rss', 'https://www.mehrnews.com/rss?tp=1&pl=2'],
  affiliation: 'semi-official',
};

describe('OPML', () => {
  it('reads subscriptions from nested folders', () => {
    const feeds = readOpml(`<?xml version="1.0"?><opml version="1.0"><head><title>اشتراک‌ها</title></head><body>
      <outline text="خبرگزاری‌ها"><outline text="ایسنا" type="rss" xmlUrl="https://www.isna.ir/rss" htmlUrl="https://www.isna.ir"/></outline>
      <outline text="رادیو فردا" title="Radio Farda" xmlUrl="https://www.radiofarda.com/api/zrqiteuuir"/></body></opml>`);
    expect(feeds).toMatchObject([
      { xmlUrl: 'https://www.isna.ir/rss', htmlUrl: 'https://www.isna.ir', text: 'ایسنا', folder: 'خبرگزاری‌ها' },
      { xmlUrl: 'https://www.radiofarda.com/api/zrqiteuuir', text: 'رادیو فردا', title: 'Radio Farda', folder: '' },
    ]);
  });

  it('writes OPML 2.0 that reads back to the same sources', () => {
    const xml = writeOpml([mehr], { title: 'Khabar', now: new Date('2026-11-24T08:15:00Z') });
    expect(xml).toContain('<opml version="2.0">');
    expect(xml).toContain('xmlUrl="https://www.mehrnews.com/rss?tp=1&amp;pl=2"');
    expect(readOpml(xml).map((f) => [f.xmlUrl, f.slug, f.affiliation, f.nameEn, f.text])).toEqual(
      mehr.feeds.map((u) => [u, 'mehr', 'semi-official', 'Mehr News Agency', 'خبرگزاری مهر']),
    );
  });

  it('says plainly when a file is not OPML', () => {
    expect(() => readOpml('<rss><channel/></rss>')).toThrow(/not an OPML document/);
  });
});
