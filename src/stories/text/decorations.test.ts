import { describe, expect, it } from 'vitest';
import { stableUnderNfc, stripDecorations } from './decorations.ts';

// What `stripDecorations` made of a headline without marks before the survey: normalized, spaces tidied.
function tidied(title: string): string {
  const s = title.normalize('NFC');
  return (/\s\s|[^\S ]/u.test(s) ? s.replace(/\s+/g, ' ').trim() : s.trim()) || title.trim();
}

describe('the one-pass survey of a headline', () => {
  it('reads as normalized only characters NFC leaves alone, composes with nothing and does not reorder', () => {
    const stable: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (stableUnderNfc(c)) stable.push(String.fromCharCode(c));
    expect(stable.length).toBeGreaterThan(1000);
    for (const s of stable) {
      expect(s.normalize('NFC')).toBe(s);
      // A combining class of 0: a mark of class 240 before it stays where it is.
      expect(`a\u0345${s}`.normalize('NFD')).toBe(`a\u0345${s.normalize('NFD')}`);
    }
    let changed = 0;
    for (const a of stable) for (const b of stable) if ((a + b).normalize('NFC') !== a + b) changed++;
    expect(changed).toBe(0);
  });

  it('tidies spaces as the expressions did', () => {
    for (const t of ['  خبر  تازه ', 'خبر\u00a0تازه', 'خبر\tتازه', 'خبر\u200bتازه', 'خبر \u2009تازه', 'فعلاً خبر  تازه', 'خبر\u2028تازه', '\ufeffخبر', 'ا\u0653ب', '\u3000خبر', 'café']) {
      expect(stripDecorations(t)).toBe(tidied(t));
    }
  });
});

describe('the survey of white space', () => {
  it('reads as white space what `\\s` matches, among the characters it reads', () => {
    for (let c = 0; c < 0x10000; c++) {
      if (!stableUnderNfc(c)) continue;
      const s = String.fromCharCode(c);
      // A lone white space other than a plain one is untidy: «a␣b» is left as it is only for a plain space.
      expect(stripDecorations(`ا${s}ب`)).toBe((/\s/u.test(s) ? `ا${s}ب`.replace(/\s+/g, ' ') : `ا${s}ب`).trim());
    }
  });
});
