import { describe, expect, it } from 'vitest';
import { DEFAULT_FEATURES, readDoc, termBag, termFactor } from './features.ts';
import { DEFAULT_CLUSTER } from './options.ts';
import { isDateTerm } from './text/anchors.ts';
import { fold } from './text/fold.ts';
import { type SparseVector, Vocabulary, dot, reweigh, vectorize } from './vectors.ts';

/** A headline alone read into a vector, its terms counted into `vocab` as an article's are. */
function headlineVector(vocab: Vocabulary, title: string) {
  const bag = termBag(
    readDoc({ id: title, title, source: 's', published: 0 }, DEFAULT_FEATURES),
    DEFAULT_FEATURES,
    vocab,
  );
  vocab.count(bag.ids);
  return vectorize(bag, vocab, 64);
}

describe('date words in the vectors', () => {
  it('are the months, the weekdays and the years of the news', () => {
    for (const w of ['آذر', 'اردیبهشت', 'چهارشنبه', 'سه‌شنبه', '۱۴۰۶', '2026'])
      expect(isDateTerm(fold(w)), w).toBe(true);
    for (const w of ['بودجه', 'مجلس', '۱۵', '۸۰۰', '۱۲۰۰', '۳۰۰۰']) expect(isDateTerm(fold(w)), w).toBe(false);
  });

  it('count at the date weight beside their idf, in a new vector and one weighed again', () => {
    const vocab = new Vocabulary(termFactor(DEFAULT_FEATURES));
    // Each term once, in documents of their own: every idf alike.
    headlineVector(vocab, 'بودجه آذر');
    const v = headlineVector(vocab, 'بودجه آذر');
    const weightOf = (u: SparseVector, term: string) => u.weights[u.ids.indexOf(vocab.find(term))] as number;
    expect(weightOf(v, fold('آذر')) / weightOf(v, 'بودجه')).toBeCloseTo(DEFAULT_FEATURES.dateWeight, 5);
    const again = reweigh(v, vocab);
    expect(dot(again, again)).toBeCloseTo(1, 5);
    expect(weightOf(again, fold('آذر')) / weightOf(again, 'بودجه')).toBeCloseTo(DEFAULT_FEATURES.dateWeight, 5);
  });

  it('do not join two events of one week on their date alone', () => {
    const cosine = (vocab: Vocabulary) =>
      dot(
        headlineVector(vocab, 'لایحه بودجه ۱۴۰۶ چهارشنبه ۱۵ آذر تقدیم مجلس شد'),
        headlineVector(vocab, 'مهلت ثبت‌نام آزمون ارشد ۱۴۰۶ تا چهارشنبه ۱۵ آذر تمدید شد'),
      );
    // Counted in full, the shared year, weekday, day and month carry them over the bar to join a story.
    expect(cosine(new Vocabulary())).toBeGreaterThan(DEFAULT_CLUSTER.join);
    expect(cosine(new Vocabulary(termFactor(DEFAULT_FEATURES)))).toBeLessThan(DEFAULT_CLUSTER.join);
  });
});
