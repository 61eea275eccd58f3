// A light stemmer for matching, on search keys (ZWNJ already dropped: «کشته‌های» is «کشتههای» here).
// It only removes what inflects a noun without changing the event it names: plural and possessive
// endings, the superlative, the adjectival «ی». Verbs are left to the stopword list. Names of places and
// people are long enough, and their endings rare enough, to pass through unchanged.

import { startsWithDigit } from './fold.ts';

const SUFFIXES: [string, number][] = [
  // suffix, shortest stem left after removing it
  ['هایشان', 3],
  ['هایی', 2],
  ['های', 2],
  ['ها', 2],
  ['ترین', 3],
  ['یی', 3],
  ['ای', 4],
  ['ی', 4],
];

/** The stem of one folded word. */
export function lightStem(word: string): string {
  // A word that begins with a digit is left as it is.
  if (word.length < 4 || startsWithDigit(word)) return word;
  for (const [suffix, min] of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= min) {
      const stem = word.slice(0, -suffix.length);
      // «کشتههای» → «کشته»; a trailing «ه» before a plural is the word's own.
      return stem;
    }
  }
  return word;
}

const NUMBER_WORDS = new Map<string, string>(Object.entries({
  یک: '1', دو: '2', سه: '3', چهار: '4', پنج: '5', شش: '6', هفت: '7', هشت: '8', ده: '10',
  یازده: '11', دوازده: '12', سیزده: '13', چهارده: '14', پانزده: '15', شانزده: '16', هفده: '17',
  هجده: '18', نوزده: '19', بیست: '20', سی: '30', چهل: '40', پنجاه: '50', شصت: '60', صد: '100',
}));

/** «هفت» and «۷» name one number; «نه» is left alone, it means «no» more often than «nine». */
export function numberWord(word: string): string | undefined {
  return NUMBER_WORDS.get(word);
}
