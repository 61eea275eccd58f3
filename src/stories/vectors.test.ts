import { describe, expect, it } from 'vitest';
import { DEFAULT_FEATURES, readDoc, termBag, termFactor } from './features.ts';
import { DEFAULT_CLUSTER } from './options.ts';
import { isDateTerm } from './text/anchors.ts';
import { fold } from './text/fold.ts';
import { Vocabulary, dot, reweigh, vectorize } from './vectors.ts';

describe('date words in the vectors', () => {
  it('are the months, the weekdays and the years of the news', () => {
    for (const w of ['آذر', 'اردیبهشت', 'چهارشنبه', 'سه‌شنبه', '۱۴۰۶', '2026'])
      expect(isDateTerm(fold(w)), w).toBe(true);
    for (const w of ['بودجه', 'مجلس', '۱۵', '۸۰۰', '۱۲۰۰', '۳۰۰۰']) expect(isDateTerm(fold(w)), w).toBe(false);
  });

  it('count at the date weight beside their idf, in a new vector and one weighed again', () => {
    const vocab = new Vocabulary(termFactor(DEFAULT_FEATURES));
    const read = (title: string) => {
      const bag = termBag(
        readDoc({ id: title, title, source: 's', published: 0 }, DEFAULT_FEATURES),
        DEFAULT_FEATURES,
        vocab,
      );
      vocab.count(bag.ids);
      return vectorize(bag, vocab, 64);
    };
    // Each term once, in documents of their own: every idf alike.
    read('بودجه آذر');
    const v = read('بودجه آذر');
    const weightOf = (term: string) => v.weights[v.ids.indexOf(vocab.find(term))] as number;
    expect(weightOf(fold('آذر')) / weightOf('بودجه')).toBeCloseTo(DEFAULT_FEATURES.dateWeight, 5);
    const again = reweigh(v, vocab);
    expect(dot(again, again)).toBeCloseTo(1, 5);
    expect(
      (again.weights[again.ids.indexOf(vocab.find(fold('آذر')))] as number) /
        (again.weights[again.ids.indexOf(vocab.find('بودجه'))] as number),
    ).toBeCloseTo(DEFAULT_FEATURES.dateWeight, 5);
  });

  it('do not join two events of one week on their date alone', () => {
    const vocab = new Vocabulary(termFactor(DEFAULT_FEATURES));
    const plain = new Vocabulary();
    const cosine = (v: Vocabulary) => {
      const read = (title: string) => {
        const bag = termBag(
          readDoc({ id: title, title, source: 's', published: 0 }, DEFAULT_FEATURES),
          DEFAULT_FEATURES,
          v,
        );
        v.count(bag.ids);
        return vectorize(bag, v, 64);
      };
      return dot(
        read('لایحه بودجه ۱۴۰۶ چهارشنبه ۱۵ آذر تقدیم مجلس شد'),
        read('مهلت ثبت‌نام آزمون ارشد ۱۴۰۶ تا چهارشنبه ۱۵ آذر تمدید شد'),
      );
    };
    // Counted in full, the shared year, weekday, day and month carry them over the bar to join a story.
    expect(cosine(plain)).toBeGreaterThan(DEFAULT_CLUSTER.join);
    expect(cosine(vocab)).toBeLessThan(DEFAULT_CLUSTER.join);
  });
});
