import { describe, expect, it } from 'vitest';
import { foldSpace } from './html-text.ts';

describe('foldSpace', () => {
  it('folds every character `\\s` matches, and only those', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (foldSpace(`a${ch}b`) !== (/\s/.test(ch) ? 'a b' : `a${ch}b`)) wrong.push(`U+${c.toString(16)}`);
    }
    expect(wrong).toEqual([]);
  });
  it('folds runs to one space, trims, and leaves single spaces alone', () => {
    expect(foldSpace('  خبر  فوری\u00a0\n از   تهران\t')).toBe('خبر فوری از تهران');
    expect(foldSpace('سقف سود سپرده')).toBe('سقف سود سپرده');
  });
});
