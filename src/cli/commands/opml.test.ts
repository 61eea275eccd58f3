import { describe, expect, it } from 'vitest';
import type { OpmlFeed } from '../../feeds/index.ts';
import type { StoredSource } from '../../store/index.ts';
import { planImport } from './opml.ts';

const health = { slug: 'mehr', lastSuccess: null, lastError: null, lastErrorAt: null, consecutiveFailures: 3, itemsSeen: 10, nextDue: null, intervalSeconds: 900, etag: null, lastModified: null };
const stored: StoredSource[] = [
  { slug: 'mehr', nameFa: 'خبرگزاری مهر', nameEn: 'Mehr', homepage: 'https://www.mehrnews.com', feeds: ['https://www.mehrnews.com/rss'], affiliation: 'semi-official', aliases: ['مهر'], health },
];
const outline = (o: Partial<OpmlFeed>): OpmlFeed => ({ xmlUrl: '', htmlUrl: '', text: '', title: '', folder: '', category: '', slug: '', affiliation: '', nameEn: '', ...o });

describe('planImport', () => {
  it('adds new outlets, joins feeds of one outlet, and leaves feeds already stored alone', () => {
    const plan = planImport(
      [
        outline({ xmlUrl: 'https://www.mehrnews.com/rss', text: 'مهر' }),
        outline({ xmlUrl: 'https://www.radiozamaneh.com/feed/', htmlUrl: 'https://www.radiozamaneh.com/', text: 'رادیو زمانه', title: 'Radio Zamaneh' }),
        outline({ xmlUrl: 'https://www.radiozamaneh.com/category/culture/feed/', text: 'زمانه، فرهنگ' }),
        outline({ xmlUrl: 'https://www.mehrnews.com/rss?pl=1', slug: 'mehr', text: 'مهر - سیاسی' }),
        outline({ xmlUrl: 'javascript:alert(1)', text: 'بد' }),
      ],
      stored,
    );
    expect(plan).toMatchObject({ added: 3, alreadyPresent: 1, problems: ['outline «بد»: javascript:alert(1) is not an http(s) address'] });
    const mehr = plan.upserts.find((s) => s.slug === 'mehr');
    expect(mehr).toMatchObject({ nameFa: 'خبرگزاری مهر', affiliation: 'semi-official', aliases: ['مهر'], feeds: ['https://www.mehrnews.com/rss', 'https://www.mehrnews.com/rss?pl=1'] });
    expect(plan.upserts.find((s) => s.slug === 'radiozamaneh')).toMatchObject({
      nameFa: 'رادیو زمانه',
      nameEn: 'Radio Zamaneh',
      homepage: 'https://www.radiozamaneh.com/',
      affiliation: 'unknown',
      feeds: ['https://www.radiozamaneh.com/feed/', 'https://www.radiozamaneh.com/category/culture/feed/'],
    });
  });

  it('keeps Khabar’s own attributes from an export, and refuses an unknown affiliation label', () => {
    const plan = planImport([outline({ xmlUrl: 'https://www.bbc.com/persian/index.xml', slug: 'bbc', affiliation: 'diaspora', nameEn: 'BBC Persian', text: 'بی‌بی‌سی فارسی' }), outline({ xmlUrl: 'https://x.example/rss', affiliation: 'evil' })], []);
    expect(plan.upserts.map((s) => [s.slug, s.affiliation, s.nameEn])).toEqual([
      ['bbc', 'diaspora', 'BBC Persian'],
      ['x', 'unknown', ''],
    ]);
  });
});
