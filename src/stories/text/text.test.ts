import { describe, expect, it } from 'vitest';
import { clashes, findAnchors, shareLocalFact } from './anchors.ts';
import { stripDecorations } from './decorations.ts';
import { fold } from './fold.ts';
import { findOffices, findPeople, samePerson } from './people.ts';
import { places } from './places.ts';
import { tokens } from './tokens.ts';

const anchors = (title: string) => findAnchors(tokens(title), title);

describe('fold and tokens', () => {
  it('gives every spelling of a word one form', () => {
    expect(fold('می‌شود')).toBe(fold('میشود'));
    expect(fold('كتاب يك')).toBe(fold('کتاب یک'));
    expect(fold('آتش‌بس')).toBe(fold('آتشبس'));
    expect(fold('اَلْبَتّه')).toBe(fold('البته'));
    expect(fold('ABC-12')).toBe('abc 12');
  });

  it('keeps numbers whole in any digit script', () => {
    expect(tokens('زلزله ۴٫۷ ریشتری')).toEqual(['زلزله', '4.7', 'ریشتری']);
    expect(tokens('4.7 و ٤٫٧ و ۴/۷')).toEqual(['4.7', 'و', '4.7', 'و', '4.7']);
    expect(tokens('۸۷٬۴۰۰ و 87,400 واحد')).toEqual(['87400', 'و', '87400', 'واحد']);
    expect(tokens('ویروس H3N2 در ۱۱ماه')).toEqual(['ویروس', 'h3n2', 'در', '11', 'ماه']);
  });

  it('folds a text longer than any before it whole (its buffer grows)', () => {
    const long = 'هشدار سیل در ۱۲ استان. '.repeat(400);
    expect(fold(long)).toBe('هشدار سیل در 12 استان '.repeat(400).trimEnd());
  });
});

describe('stripDecorations', () => {
  it('removes what outlets wrap a headline in', () => {
    const h = 'زلزله ۵٫۱ ریشتری زرند را لرزاند';
    expect(stripDecorations(`فوری | ${h}`)).toBe(h);
    expect(stripDecorations(`${h} + فیلم`)).toBe(h);
    expect(stripDecorations(`${h} (فیلم)`)).toBe(h);
    expect(stripDecorations(`سپهر خبر :: ${h}`)).toBe(h);
    expect(stripDecorations(`ایسنا | ${h}`, ['ایسنا'])).toBe(h);
  });

  it('leaves a quoted speaker alone', () => {
    const h = 'سفیر ایران در کابل: طالبان باید حقابه هیرمند را تحویل دهد';
    expect(stripDecorations(h)).toBe(h);
  });
});

describe('anchors', () => {
  it('reads days, weekdays, years, decimals and scores', () => {
    const a = anchors('قیمت سکه امروز سه‌شنبه ۳ آذر ۱۴۰۵');
    expect(a.days).toEqual(['3 اذر']);
    expect(a.weekdays).toEqual(['سهشنبه']);
    expect(a.years).toEqual(['1405']);
    expect(anchors('سه شنبه').weekdays).toEqual(['سهشنبه']);
    expect(anchors('نمایشگاه کتاب ۱۶ تا ۲۶ اردیبهشت').days).toEqual(['16 اردیبهشت', '26 اردیبهشت']);
    expect(anchors('زلزله ۵٫۱ ریشتری').decimals).toEqual(['5.1']);
    expect(anchors('پیروزی ۲ بر یک ایران').scores).toEqual(['2-1']);
    expect(anchors('ایران ۲ - ازبکستان ۱').scores).toEqual(['2-1']);
    expect(anchors('نمایشگاه ۱۶-۲۶ اردیبهشت').scores).toEqual([]);
  });

  it('finds places, and routes between two places', () => {
    expect(anchors('آتش‌سوزی انبار در حکم‌آباد تبریز').places).toEqual(['حکماباد', 'تبریز']);
    expect(anchors('برداشت زعفران در تربت حیدریه').places).toEqual(anchors('برداشت زعفران در تربت‌حیدریه').places);
    expect(anchors('تصادف در آزادراه قزوین-زنجان').routes).toEqual(['زنجان|قزوین']);
    expect(anchors('زلزله زرند کرمان').routes).toEqual([]);
    // «فارس» alone is the news agency; after «استان» it is the province.
    expect(anchors('به گزارش فارس').places).toEqual([]);
    expect(anchors('باران در استان فارس').places).toEqual(['فارس']);
  });

  it('vetoes on clashing anchors only', () => {
    expect(clashes(anchors('زلزله ۴٫۷ ریشتری زرند'), anchors('زلزله ۵٫۱ ریشتری زرند'))).toEqual(['decimals']);
    expect(clashes(anchors('زلزله در زرند'), anchors('زلزله در استان کرمان'))).toEqual([]);
    expect(clashes(anchors('آتش‌سوزی در تبریز'), anchors('آتش‌سوزی در بازار تهران'))).toEqual(['places']);
    // A country beside a city says nothing against another city of that country.
    const zarand = anchors('زلزله زرند کرمان در ایران');
    expect(clashes(zarand, anchors('زلزله در بستک'))).toEqual(['places']);
    expect(clashes(anchors('زلزله در ایران'), anchors('زلزله در بستک'))).toEqual([]);
    expect(clashes(anchors('قیمت سکه امروز سه‌شنبه'), anchors('قیمت سکه امروز پنجشنبه'))).toEqual(['weekdays']);
  });

  it('tells a shared town or person from a shared country', () => {
    expect(shareLocalFact(anchors('ذخایر سدهای مشهد به ۳ درصد رسید'), anchors('شب‌های بی‌آب در مشهد'))).toBe(true);
    // A town and the province that holds it are one place.
    expect(shareLocalFact(anchors('زلزله در زرند'), anchors('زلزله در استان کرمان'))).toBe(true);
    expect(shareLocalFact(anchors('منوچهر آذرپاد درگذشت'), anchors('پیکر منوچهر آذرپاد تشییع شد'))).toBe(true);
    // Two strikes, one in each country, both name the two countries.
    const dnipro = anchors('حمله پهپادی روسیه به کارخانه‌ای در دنیپرو اوکراین');
    const bryansk = anchors('حمله پهپادی اوکراین به کارخانه‌ای در بریانسک روسیه');
    expect(shareLocalFact(dnipro, bryansk)).toBe(false);
    expect(shareLocalFact(anchors('تورم در ایران'), anchors('بیکاری در ایران'))).toBe(false);
  });
});

describe('people and offices', () => {
  it('finds people by a given name or a title, and meets spellings of the family name', () => {
    expect(findPeople(tokens('منوچهر آذرپاد، بازیگر پیشکسوت، درگذشت'))).toEqual(['اذرپاد بازیگر']);
    expect(findPeople(tokens('علی‌مراد بهادروند درگذشت'))).toEqual(['بهادروند درگذشت']);
    expect(findPeople(tokens('علی رغم هشدارها'))).toEqual([]);
    expect(samePerson('کریمی نژاد', 'کریمینژاد استاندار')).toBe(true);
    expect(samePerson('اذرپاد بازیگر', 'کاردان بازیگر')).toBe(false);
  });

  it('names ministries after «وزیر» and «وزارت»', () => {
    expect(findOffices(tokens('استیضاح وزیر راه و شهرسازی'))).toEqual(['راه و شهرسازی']);
    expect(findOffices(tokens('هشدار وزارت بهداشت'))).toEqual(['بهداشت']);
  });

  it('knows which place holds which', () => {
    const g = places();
    expect(g.related('زرند', 'کرمان')).toBe(true);
    expect(g.related('تبریز', 'تهران')).toBe(false);
  });
});
