import { describe, expect, it } from 'vitest';
import { SourceAliases, parseAttribution } from './attribution.ts';

const aliases = new SourceAliases([
  { slug: 'isna', nameFa: 'ایسنا', aliases: ['خبرگزاری دانشجویان ایران'] },
  { slug: 'irna', nameFa: 'ایرنا', aliases: ['خبرگزاری جمهوری اسلامی'] },
  { slug: 'bbc', nameFa: 'بی‌بی‌سی فارسی', aliases: ['بی‌بی‌سی'] },
  { slug: 'hamshahri', nameFa: 'همشهری آنلاین' },
  { slug: 'mehr', nameFa: 'مهر', aliases: ['خبرگزاری مهر'] },
]);

describe('parseAttribution', () => {
  it('reads the seed page chain «به گزارش ایسنا، به نقل از بی‌بی‌سی،»', () => {
    expect(parseAttribution('به گزارش ایسنا، به نقل از بیبیسی، الهام علیاف و …', aliases, 'mirnews').reportedBy).toBe('isna');
    expect(parseAttribution('به گزارش ایسنا، به نقل از بی‌بی‌سی، الهام علی‌اف …', aliases, null)).toEqual({
      reportedBy: 'isna',
      quoting: ['bbc'],
    });
  });
  it('reads a chain inside one phrase and a reporter desk', () => {
    expect(parseAttribution('به گزارش همشهری آنلاین به نقل از ایرنا، وزیر گفت …', aliases, null)).toEqual({
      reportedBy: 'hamshahri',
      quoting: ['irna'],
    });
    expect(parseAttribution('به گزارش خبرنگار مهر، جلسه امروز …', aliases, null)).toEqual({ reportedBy: 'mehr', quoting: [] });
    expect(parseAttribution('به گزارش خبرنگار سرویس فرهنگی خبرگزاری دانشجویان ایران (ایسنا)، …', aliases, null).reportedBy).toBe('isna');
  });
  it('keeps unknown sources by name and falls back to the publisher', () => {
    expect(parseAttribution('به گزارش ایسنا، به نقل از رویترز، …', aliases, null)).toEqual({ reportedBy: 'isna', quoting: ['رویترز'] });
    expect(parseAttribution('وزیر امور خارجه امروز گفت …', aliases, 'bbc')).toEqual({ reportedBy: 'bbc', quoting: [] });
    expect(parseAttribution('تهران- ایرنا- رئیس مجلس گفت …', aliases, 'tabnak')).toEqual({ reportedBy: 'irna', quoting: [] });
  });
});
