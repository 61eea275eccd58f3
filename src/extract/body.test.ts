import { describe, expect, it } from 'vitest';
import { collectBlocks } from './blocks.ts';
import { cleanBody } from './body.ts';
import { judgeBlock } from './boilerplate.ts';
import { parseDocument } from './dom.ts';

function body(html: string) {
  const container = parseDocument(`<html><body><div id="c">${html}</div></body></html>`).querySelector('#c') as Element;
  return cleanBody(collectBlocks(container), 'https://example.org/news/1');
}

describe('Persian body rules', () => {
  it('knows the read-more labels, end markers, promos, credits and sign-offs', () => {
    for (const label of ['بیشتر بخوانید:', 'بيشتر بخوانيد :', 'همچنین بخوانید:', 'حتماً بخوانید:', 'در این رابطه بخوانید:', 'مطلب مرتبط:', 'اخبار مرتبط:', 'پیشنهاد خواندنی:']) {
      expect(judgeBlock(`${label} خبری دیگر`, false).kind, label).toBe('related');
      expect(judgeBlock(label, false).kind, label).toBe('related-label');
    }
    for (const end of ['انتهای پیام', 'انتهای پیام/ ۶۷۴', 'پایان پیام', 'پایان خبر']) expect(judgeBlock(end, false).kind, end).toBe('end');
    for (const promo of ['به کانال تلگرام یورونیوز فارسی بپیوندید.', 'ما را در ایتا دنبال کنید؛ کانال ما در ایتا را دنبال کنید', 'این خبر به‌روزرسانی می‌شود...', 'کد خبر: ۸۵۶۱۲۳۸۹', 'لینک کوتاه'])
      expect(judgeBlock(promo, false).kind, promo).toBe('drop');
    expect(judgeBlock('منبع : خبرگزاری ایسنا', false)).toEqual({ kind: 'credit', name: 'خبرگزاری ایسنا' });
    for (const signOff of ['/م', './س', '۳۱۲۱/', '**']) expect(judgeBlock(signOff, true).kind, signOff).toBe('drop');
    expect(judgeBlock('/م', false).kind).toBe('keep');
  });

  it('turns a label standing alone and the link lines under it into related links', () => {
    const b = body('<p>متن نخست خبر.</p><p><b>بیشتر بخوانید:</b></p><ul><li><a href="/a">خبر الف</a></li><li><a href="/b">خبر ب</a></li></ul><p>متن دوم خبر.</p>');
    expect(b.related).toEqual([
      { url: 'https://example.org/a', title: 'خبر الف' },
      { url: 'https://example.org/b', title: 'خبر ب' },
    ]);
    expect(b.blocks.map((x) => x.text)).toEqual(['متن نخست خبر.', 'متن دوم خبر.']);
  });

  it('splits old pages’ <br><br> paragraphs and reads their inline read-more lines', () => {
    const b = body('<font size="2">بند نخست.<br><br><b>بيشتر بخوانيد:</b> <a href="/n/2.htm">خبر دیگر</a><br><br>بند دوم.<br><br></font>');
    expect(b.blocks.map((x) => x.text)).toEqual(['بند نخست.', 'بند دوم.']);
    expect(b.related).toEqual([{ url: 'https://example.org/n/2.htm', title: 'خبر دیگر' }]);
  });

  it('keeps credit lines aside for attribution', () => {
    const b = body('<p>متن خبر.</p><p>منبع: خبرگزاری ایسنا</p>');
    expect(b.credits).toEqual(['خبرگزاری ایسنا']);
    expect(b.blocks.map((x) => x.text)).toEqual(['متن خبر.']);
  });
});
