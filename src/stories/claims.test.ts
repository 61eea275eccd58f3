import { describe, expect, it } from 'vitest';
import { type ClaimView, claimClash, positiveOf, termSet } from './claims.ts';
import { termOf } from './features.ts';
import { tokens } from './text/tokens.ts';

const ids = new Map<string, number>();
const id = (t: string) => ids.get(t) ?? (ids.set(t, ids.size), ids.size - 1);
function view(title: string, more = ''): ClaimView {
  const words = tokens(title);
  const terms = Int32Array.from(words, (w) => {
    const t = termOf(w);
    return t === null ? -1 : id(t);
  });
  const all = [...words, ...tokens(more)].map(termOf).filter((t): t is string => t !== null).map(id);
  return { words, terms, all: termSet(all), numbers: [...words, ...tokens(more)].filter((w) => /^\d/.test(w)) };
}
const rare = () => true;

describe('claim checks', () => {
  it('turn a negated verb into its affirmative', () => {
    expect(positiveOf('نشد')).toBe('شد');
    expect(positiveOf('نیاورد')).toBe('اورد');
    expect(positiveOf('نمیشود')).toBe('میشود');
    expect(positiveOf('نفت')).toBeNull();
    expect(positiveOf('نشان')).toBeNull();
  });

  it('see the same predicate affirmed and negated', () => {
    expect(claimClash(view('طرح دوفوریتی در مجلس تصویب شد'), view('طرح دوفوریتی در مجلس تصویب نشد'), rare, false)).toBe('negation');
    expect(claimClash(view('وزیر راه ابقا شد'), view('مجلس وزیر راه را برکنار نکرد'), rare, false)).toBeNull();
  });

  it('see the same thing counted differently', () => {
    expect(claimClash(view('۱۷۲ نماینده به طرح رأی دادند'), view('۱۲۷ نماینده به طرح رأی دادند'), rare, false)).toBe('count');
    // The other count is in the article's text: an update, not a contradiction.
    expect(claimClash(view('۹ مصدوم در زلزله'), view('۲۱ مصدوم در زلزله', 'پیش‌تر ۹ مصدوم گزارش شده بود'), rare, false)).toBeNull();
  });

  it('see one slot of a shared frame filled with different names, when asked to', () => {
    const a = view('نتایج آزمون کارشناسی ارشد اعلام شد');
    const b = view('نتایج آزمون دکتری اعلام شد');
    expect(claimClash(a, b, rare, true)).toBe('swap');
    expect(claimClash(a, b, rare, false)).toBeNull();
    expect(claimClash(a, b, () => false, true)).toBeNull();
    // Spacing variants are no swap.
    expect(claimClash(view('ممنوعیت به کارگیری بستگان'), view('ممنوعیت بهکارگیری بستگان'), rare, true)).toBeNull();
  });
});
