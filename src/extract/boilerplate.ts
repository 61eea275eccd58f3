import type { RelatedLink } from '../model/types.ts';

// Patterns from shared/reference/attribution-patterns.md, matched on text with ZWNJ and spacing folded.
const READ_MORE = /^(بیشتر بخوانید|همچنین بخوانید|حتما بخوانید|حتماً بخوانید|در ادامه بخوانید|در این رابطه بخوانید|بخوانید|مطلب مرتبط|مطالب مرتبط|اخبار مرتبط|مقاله پیشنهادی|پیشنهاد خواندنی|بیشتر بدانید|بیشتر)\s*[:：]/;
const END_MARKER = /^(انتهای پیام|پایان پیام|پایان خبر)(?:$|[\s/.:،-])/;
const DROP_LINE = [
  /^کد خبر\s*[:：]/,
  /^لینک کوتاه/,
  /^کپی شد$/,
  /^شناسه خبر/,
  /^تاریخ انتشار\s*[:：]/,
  /^(بازدید|برچسب ?ها)\s*[:：]?/,
  /^ارسال نظر/,
  /(کانال|صفحه).{0,40}(تلگرام|ایتا|بله|روبیکا|سروش|اینستاگرام).{0,40}(بپیوندید|دنبال کنید|عضو شوید)/,
  /^همراه ما باشید/,
  /^این خبر به‌?روز ?رسانی می‌?شود/,
  /^تهیه شده در اداره کل رسانه/,
];
// Desk sign-offs like «/م», «./س», «۳۱۲۱/» at the very end.
const SIGN_OFF = /^[./\s]*[\u0600-\u06FF0-9۰-۹]{1,6}[./\s]*$/;

export function fold(text: string): string {
  return text.replace(/\u200C/g, ' ').replace(/\s+/g, ' ').trim();
}

export type BlockVerdict = { kind: 'keep' } | { kind: 'drop' } | { kind: 'related' } | { kind: 'end' };

/** What to do with one block of body text. */
export function judgeBlock(text: string, isLast: boolean): BlockVerdict {
  const t = fold(text);
  if (!t) return { kind: 'drop' };
  if (END_MARKER.test(t)) return { kind: 'end' };
  if (READ_MORE.test(t)) return { kind: 'related' };
  if (DROP_LINE.some((re) => re.test(t))) return { kind: 'drop' };
  if (isLast && SIGN_OFF.test(t) && t.length <= 8) return { kind: 'drop' };
  return { kind: 'keep' };
}

export function linksOf(el: Element, baseUrl: string): RelatedLink[] {
  return [...el.querySelectorAll('a[href]')].flatMap((a) => {
    const href = a.getAttribute('href') ?? '';
    const title = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
    try {
      return title ? [{ url: new URL(href, baseUrl || undefined).href, title }] : [];
    } catch {
      return [];
    }
  });
}
