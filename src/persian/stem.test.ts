import { describe, expect, it } from 'vitest';
import { stem } from './stem.ts';

describe('stem', () => {
  it('takes off plural, comparative and possessive suffixes', () => {
    expect(stem('کتاب‌هایشان')).toBe('کتاب');
    expect(stem('کتابها')).toBe('کتاب');
    expect(stem('دوستان')).toBe('دوست');
    expect(stem('رزمندگان')).toBe('رزمنده');
    expect(stem('دشوارترین')).toBe('دشوار');
    expect(stem('قدمش')).toBe('قدم');
  });
  it('keeps words that merely end like a suffix', () => {
    for (const w of ['تهران', 'ایران', 'پایان', 'زعفران', 'تنها', 'بها', 'رها']) expect(stem(w)).toBe(w);
  });
  it('is idempotent', () => {
    for (const w of ['کتاب‌هایشان', 'دوستان', 'حیوانات']) expect(stem(stem(w))).toBe(stem(w));
  });
});
