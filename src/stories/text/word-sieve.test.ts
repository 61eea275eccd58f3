import { describe, expect, it } from 'vitest';
import { lexiconCues } from './lexicon-cues.ts';
import { personCueWords, personCues } from './people.ts';
import { places } from './places.ts';
import { WordSieve } from './word-sieve.ts';

const words = ['شنبه', 'جمعه', 'و', 'در', 'خرماباد', 'تربتحیدریه', ''];

describe('a word sieve', () => {
  it('lets by every word it was made of, and turns most others away', () => {
    const sieve = new WordSieve(words);
    for (const w of words) expect(sieve.mayHave(w)).toBe(true);
    let strangers = 0;
    for (let i = 0; i < 1000; i++) if (sieve.mayHave(`کلمه${i}`)) strangers++;
    expect(strangers).toBeLessThan(100);
  });

  it('reads words joined without joining them', () => {
    const sieve = new WordSieve(['خرماباد', 'تربتحیدریه', 'ابکنار']);
    const tokens = ['در', 'خرم', 'اباد', 'و', 'تربت', 'حیدریه', 'ا', 'بکنار', ''];
    for (let i = 0; i < tokens.length; i++) {
      for (let n = 1; i + n <= tokens.length; n++) {
        expect(sieve.mayHaveJoined(tokens, i, n)).toBe(sieve.mayHave(tokens.slice(i, i + n).join('')));
      }
    }
    expect(sieve.mayHaveJoined(tokens, 1, 2)).toBe(true);
  });
});

describe('lexicon cues', () => {
  it('are what the lexicons say of each word, sieve or not', () => {
    const g = places();
    const cueWords = [...g.startWords(), ...personCueWords()];
    const others = ['در', 'از', 'به', 'خبر', 'تازه', 'و', 'ایرانی', 'وزیر', 'دکتر', 'کرمانشاه', 'خرم', 'x'];
    for (const w of [...cueWords.filter((_w, i) => i % 7 === 0), ...others]) {
      expect(lexiconCues([w])[0]).toBe(g.placeCues(w) | personCues(w));
    }
  });
});
