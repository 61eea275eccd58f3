// Persian boilerplate inside an article's body, from ../shared/reference/attribution-patterns.md (B, C, D):
// read-more lines, end markers, channel promos, credit and code lines, desk sign-offs. Matched on folded text
// (Arabic ي/ك as Persian, ZWNJ and spacing as one space, digits as Latin).
import type { RelatedLink } from '../model/types.ts';
import { toLatinDigits } from '../persian/index.ts';

/** Text as the patterns below read it. */
export function fold(text: string): string {
  return toLatinDigits(text.replace(/ي/g, 'ی').replace(/ك/g, 'ک'))
    .replace(/[\u200C\u200F\u200E\u0640]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** «بیشتر بخوانید:» and its variants, as the label of a related-links line. */
const READ_MORE_LABEL =
  '(?:بیشتر بخوانید|همچنین بخوانید|حتما بخوانید|حتماً بخوانید|در ادامه بخوانید|در این رابطه بخوانید|در همین رابطه بخوانید|این مطلب را هم بخوانید|بخوانید|مطلب مرتبط|مطالب مرتبط|خبر مرتبط|اخبار مرتبط|مقاله پیشنهادی|پیشنهاد خواندنی|پیشنهاد مطالعه|بیشتر بدانید|بیشتر)';
const READ_MORE = new RegExp(`^${READ_MORE_LABEL}\\s*[:：]`);
const READ_MORE_ALONE = new RegExp(`^${READ_MORE_LABEL}\\s*[:：]?$`);

/** Everything after these is the agency's footer. */
const END_MARKER = /^(?:انتهای پیام|پایان پیام|پایان خبر|انتهای خبر)(?:$|[\s/.:،\-–]|\d)/;

const DROP_LINE = [
  /^(?:کد خبر|شناسه خبر|کد مطلب)\s*[:：]?\s*\d*$/,
  /^لینک کوتاه/,
  /^کپی شد$/,
  /^(?:تاریخ انتشار|زمان انتشار)\s*[:：]/,
  /^(?:بازدید|برچسب ?ها|کلمات کلیدی)\s*[:：]/,
  /^ارسال نظر/,
  /^اشتراک ?گذاری/,
];

// Channel and app promos (section D).
const PROMO = [
  /(?:کانال|صفحه|اکانت|حساب).{0,50}(?:تلگرام|ایتا|بله|روبیکا|سروش|اینستاگرام|واتس ?اپ|ایکس|توییتر|آپارات|گپ).{0,50}(?:بپیوندید|دنبال کنید|عضو شوید|مراجعه کنید)/,
  /^(?:عضویت|عضو شوید).{0,30}(?:کانال|تلگرام|ایتا)/,
  /^همراه ما باشید/,
  /^برای (?:دنبال کردن|دریافت|اطلاع از).{0,60}(?:کانال|تلگرام|ایتا|بله|اینستاگرام)/,
  /^این خبر به ?روز ?رسانی می ?شود/,
  /^تهیه شده در اداره کل رسانه/,
  /^بازگشت به صفحه/,
];

/** «منبع: خبرگزاری ایسنا», the credit line aggregators and republishers print. */
const CREDIT = /^(?:منبع|منابع|به نقل از|برگرفته از)\s*[:：]\s*(.{2,80})$/;

// Desk sign-offs after the last sentence: «/م», «./س», «۳۱۲۱/», «**».
const SIGN_OFF = /^[./*\s]*(?:[\u0600-\u06FF]{1,3}|\d{1,6})(?:\s*\/\s*(?:[\u0600-\u06FF]{1,3}|\d{1,6}))*[./*\s]*$|^\*+$/;

export type BlockVerdict =
  | { kind: 'keep' }
  | { kind: 'drop' }
  | { kind: 'related' }
  | { kind: 'related-label' }
  | { kind: 'credit'; name: string }
  | { kind: 'end' };

/** What to do with one block of body text. */
export function judgeBlock(text: string, isLast: boolean): BlockVerdict {
  const t = fold(text);
  if (!t) return { kind: 'drop' };
  if (END_MARKER.test(t)) return { kind: 'end' };
  if (READ_MORE_ALONE.test(t)) return { kind: 'related-label' };
  if (READ_MORE.test(t)) return { kind: 'related' };
  if (DROP_LINE.some((re) => re.test(t)) || PROMO.some((re) => re.test(t))) return { kind: 'drop' };
  const credit = CREDIT.exec(t);
  if (credit?.[1]) return { kind: 'credit', name: credit[1].trim() };
  if (isLast && t.length <= 12 && SIGN_OFF.test(t)) return { kind: 'drop' };
  return { kind: 'keep' };
}

export function linksOf(anchors: Iterable<Element>, baseUrl: string): RelatedLink[] {
  return [...anchors].flatMap((a) => {
    const href = a.getAttribute('href') ?? '';
    const title = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!href || !title || href.startsWith('#')) return [];
    try {
      // Web links only, judged on the parsed URL: like a browser, the parser reads " java\tscript:" as javascript:.
      const url = new URL(href, baseUrl || undefined);
      return url.protocol === 'http:' || url.protocol === 'https:' ? [{ url: url.href, title }] : [];
    } catch {
      return [];
    }
  });
}
