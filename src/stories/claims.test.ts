import { describe, expect, it } from 'vitest';
import { type ClaimView, claimClash, claimView, positiveOf } from './claims.ts';
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
  return claimView(words, terms, all, [tokens(more)]);
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

  it('see a predicate negated in another tense or person, and its light verb only with the same complement', () => {
    expect(claimClash(view('عراق قطعنامه ۵۹۸ را پذیرفت'), view('عراق قطعنامه ۵۹۸ را نمی‌پذیرد'), rare, false)).toBe('polarity');
    expect(claimClash(view('لایحه بودجه تصویب می‌شود'), view('لایحه بودجه تصویب نشد'), rare, false)).toBe('polarity');
    expect(claimClash(view('لایحه بودجه تصویب شد'), view('لایحه بودجه اعلام نشد'), rare, false)).toBeNull();
    // A headline that affirms and denies the same verb contradicts nothing.
    expect(claimClash(view('آنچه می‌دانیم و نمی‌دانیم'), view('هر آنچه باید بدانید'), rare, false)).toBeNull();
  });

  it('see opposites, unless the other article has the word too', () => {
    expect(claimClash(view('افزایش قیمت بنزین'), view('کاهش قیمت بنزین'), rare, false)).toBe('opposite');
    expect(claimClash(view('افزایش قیمت بنزین'), view('کاهش قیمت بنزین', 'پس از افزایش هفته پیش'), rare, false)).toBeNull();
  });

  it('see a word denied in one headline and stated in the other', () => {
    expect(claimClash(view('عدم پذیرش قرارداد الجزایر'), view('پذیرش قرارداد الجزایر'), rare, false)).toBe('denied');
    expect(claimClash(view('نه تنها نفت بلکه گاز'), view('نفت و گاز'), rare, false)).toBeNull();
  });

  it('see a count beside the same word in either order, in words, ordinals and units of time', () => {
    expect(claimClash(view('قطعنامه ۴۷۹ شورای امنیت'), view('قطعنامه ۴۷۸ شورای امنیت'), rare, false)).toBe('count');
    expect(claimClash(view('واژه تجدد در قرن نوزدهم'), view('واژه تجدد در قرن ۱۵'), rare, false)).toBe('count');
    expect(claimClash(view('نتیجه ظرف یک هفته اعلام می‌شود'), view('نتیجه ظرف دو هفته اعلام می‌شود'), rare, false)).toBe('count');
    expect(claimClash(view('قرن نوزدهم'), view('قرن ۱۹'), rare, false)).toBeNull();
    // A number after the same word that counts other things is no clash: «زرند هفت پس‌لرزه» / «زرند یک کشته».
    expect(claimClash(view('زلزله زرند هفت پس‌لرزه داشت'), view('زلزله زرند یک کشته داد'), rare, false)).toBeNull();
  });
});
