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
  it('reads «X گزارش داد», legacy spelling, names not in the table, and a source inside the reporter phrase', () => {
    expect(parseAttribution('ایسنا گزارش داد: جلسه امروز برگزار شد.', aliases, 'tabnak')).toEqual({ reportedBy: 'isna', quoting: [] });
    expect(parseAttribution('وزیر در گفت‌وگو با ایسنا گزارش داد: …', aliases, 'tabnak')).toEqual({ reportedBy: 'tabnak', quoting: [] });
    expect(parseAttribution('به گزارش همشهري آنلاين به نقل از بيبيسي، …', aliases, null)).toEqual({ reportedBy: 'hamshahri', quoting: ['bbc'] });
    expect(parseAttribution('به نقل از خبرگزاری فرانسه، این فرش …', aliases, 'euronews')).toEqual({ reportedBy: 'euronews', quoting: ['خبرگزاری فرانسه'] });
    expect(parseAttribution('به گزارش ایرنا از روابط عمومی بانک مرکزی، شورا …', aliases, null)).toEqual({ reportedBy: 'irna', quoting: [] });
    expect(parseAttribution('به گزارش گروه بین‌الملل خبرگزاری مهر به نقل از الجزیره، …', aliases, null)).toEqual({ reportedBy: 'mehr', quoting: ['الجزیره'] });
  });
  it('falls back to a «منبع: …» credit line when the text names no reporter', () => {
    expect(parseAttribution('وزیر امور خارجه امروز گفت …', aliases, 'mirnews', ['خبرگزاری دانشجویان ایران'])).toEqual({ reportedBy: 'isna', quoting: [] });
  });
  it('keeps an unknown outlet by its name without a province desk', () => {
    expect(parseAttribution('به گزارش خبرگزاری صدا و سیمای استان خوزستان، استاندار گفت …', aliases, null).reportedBy).toBe('خبرگزاری صدا و سیما');
    expect(parseAttribution('به گزارش خبر گزاری صداوسیما مرکز کرمان ، …', aliases, null).reportedBy).toBe('خبرگزاری صداوسیما');
    expect(parseAttribution('به گزارش مرکز آمار ایران، تورم …', aliases, null).reportedBy).toBe('مرکز آمار ایران');
  });
});

