import { describe, expect, it } from 'vitest';
import { sentences, words } from './tokenize.ts';

describe('words', () => {
  it('keeps ZWNJ compounds whole and drops punctuation', () => {
    expect(words('چه سیب‌های قشنگی! «پیش‌نویس» قانون، تصویب شد.')).toEqual(['چه', 'سیب‌های', 'قشنگی', 'پیش‌نویس', 'قانون', 'تصویب', 'شد']);
  });
  it('keeps numbers with separators, Latin codes and URLs as one token', () => {
    expect(words('نرخ ۲٫۷ و ۱۵٬۰۰۰ تومان، MiG-29 در https://example.ir/a/123.')).toEqual([
      'نرخ', '۲٫۷', 'و', '۱۵٬۰۰۰', 'تومان', 'MiG-29', 'در', 'https://example.ir/a/123',
    ]);
  });
  it('drops ZWNJ at word edges', () => {
    expect(words('\u200Cسلام\u200C به \u200Cهمه')).toEqual(['سلام', 'به', 'همه']);
  });
});

describe('sentences', () => {
  it('splits on terminal punctuation and keeps it', () => {
    expect(sentences('ما چه کردیم؟ و چه خواهیم کرد در این فرصت کم!؟')).toEqual(['ما چه کردیم؟', 'و چه خواهیم کرد در این فرصت کم!؟']);
  });
  it('does not split inside «» quotes, decimals or abbreviations', () => {
    expect(sentences('او گفت: «من فردا می‌روم. تو بمان.» نرخ ۲۴.۵ درصد شد. سال ۱۳۵۷ ه.ش. آغاز شد.')).toEqual([
      'او گفت: «من فردا می‌روم. تو بمان.»',
      'نرخ ۲۴.۵ درصد شد.',
      'سال ۱۳۵۷ ه.ش. آغاز شد.',
    ]);
  });
  it('ends a sentence at a line break', () => {
    expect(sentences('عنوان خبر\n\nمتن خبر است.')).toEqual(['عنوان خبر', 'متن خبر است.']);
  });
});
