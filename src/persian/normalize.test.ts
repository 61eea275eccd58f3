import { describe, expect, it } from 'vitest';
import { normalizeDisplay, searchKey } from './normalize.ts';

describe('normalizeDisplay', () => {
  it('maps Arabic yeh and kaf to Persian', () => {
    expect(normalizeDisplay('كتاب ايراني')).toBe('کتاب ایرانی');
  });
  it('writes Persian digits but keeps Latin tokens and URLs intact', () => {
    expect(normalizeDisplay('سال 1405 و MiG-29 در https://example.ir/a/123')).toBe(
      'سال ۱۴۰۵ و MiG-29 در https://example.ir/a/123',
    );
  });
  it('removes kashida, invisible marks and stray ZWNJ, and tidies spacing before punctuation', () => {
    expect(normalizeDisplay('\u200Fخـــبر\u200C  مهم ، امروز')).toBe('خبر مهم، امروز');
  });
});

describe('searchKey', () => {
  it('folds letter, digit and ZWNJ variants to one key', () => {
    expect(searchKey('پیش‌نویس ۱۴۰۵')).toBe(searchKey('پيشنويس 1405'));
    expect(searchKey('مدرسة')).toBe(searchKey('مدرسه'));
  });
});
