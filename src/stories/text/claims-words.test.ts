import { describe, expect, it } from 'vitest';
import { corroborates, findAnchors } from './anchors.ts';
import { numberPhrases, numberValue } from './numbers.ts';
import { tokens } from './tokens.ts';
import { verbPolarity } from './verbs.ts';

const anchors = (title: string) => findAnchors(tokens(title), title);
const keys = (title: string) => {
  const p = verbPolarity(tokens(title));
  return { negated: p.negated.map((v) => v.key), affirmed: p.affirmed.map((v) => v.key) };
};

describe('numbers as headlines write them', () => {
  it('reads digits, number words, compounds and ordinals as one value', () => {
    expect(numberValue('129')).toBe('129');
    expect(numberValue('نوزدهم')).toBe('19');
    expect(numberValue('قرن')).toBeNull();
    expect(numberPhrases(tokens('اصل ۱۲۹ قانون اساسی')).map((p) => p.value)).toEqual(['129']);
    expect(numberPhrases(tokens('اصل یکصد و هفتاد و ششم')).map((p) => p.value)).toEqual(['176']);
    expect(numberPhrases(tokens('در قرن نوزدهم و سومین دوره')).map((p) => p.value)).toEqual(['19', '3']);
    // Digits do not join with «و»: «۲ و ۳» are two numbers.
    expect(numberPhrases(tokens('بندهای ۲ و ۳')).map((p) => p.value)).toEqual(['2', '3']);
    expect(numberPhrases(tokens('بیست و چهار و دو')).map((p) => p.value)).toEqual(['24', '2']);
    expect(numberPhrases(tokens('زلزله ۵٫۱ ریشتری')).map((p) => p.value)).toEqual(['5.1']);
  });
});

describe('verb polarity', () => {
  it('tells negated verbs from affirmed ones, by predicate, whatever the tense or spacing', () => {
    expect(keys('ایران قطعنامه را نمی‌پذیرد')).toEqual({ negated: ['پذیرفت'], affirmed: [] });
    expect(keys('ایران قطعنامه را نمی پذیرد')).toEqual({ negated: ['پذیرفت'], affirmed: [] });
    expect(keys('ایران قطعنامه را پذیرفت')).toEqual({ negated: [], affirmed: ['پذیرفت'] });
    expect(keys('هیئت ایرانی به ژنو نیامد')).toEqual({ negated: ['امد'], affirmed: [] });
    expect(keys('این طرح عملی نیست')).toEqual({ negated: ['است'], affirmed: [] });
  });

  it('does not take a word that begins with «ن» for a negated verb', () => {
    expect(keys('نام نماینده نبرد نهایی را اعلام کرد')).toEqual({ negated: [], affirmed: ['کرد'] });
  });
});

describe('anchors that corroborate', () => {
  it('count a shared day, person, city or foreign country, not Iran alone', () => {
    expect(corroborates(anchors('زلزله در کرمان'), anchors('خسارت زلزله کرمان'))).toBe(true);
    expect(corroborates(anchors('سفر به عربستان'), anchors('دیدار در عربستان'))).toBe(true);
    expect(corroborates(anchors('صادرات نفت ایران'), anchors('واردات گندم ایران'))).toBe(false);
    expect(corroborates(anchors('جلسه ۳ آذر مجلس'), anchors('مصوبه ۳ آذر'))).toBe(true);
  });
});
