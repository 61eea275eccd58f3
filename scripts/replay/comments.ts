// Reader comments for the comment sections of domestic sites. Generic enough to sit under any story,
// varied in tone and length, in correct Persian (ZWNJ, ی/ک, Persian digits).
import type { ReaderComment } from './model.ts';
import { intBelow, pickSome, rng } from './prng.ts';

const POOL: ReadonlyArray<{ name: string; text: string }> = [
  { name: 'علی', text: 'ممنون از گزارش خوبتان. کاش پیگیری کنید و نتیجه را هم اطلاع بدهید.' },
  { name: 'مریم', text: 'این خبر را دیروز هم شنیده بودم ولی جزئیاتش اینجا کامل‌تر است.' },
  { name: 'ناشناس', text: 'حرف زیاد زده می‌شود، مهم این است که در عمل چه اتفاقی می‌افتد.' },
  { name: 'رضا از اصفهان', text: 'در شهر ما هم همین وضع است؛ لطفاً به شهرستان‌ها هم سر بزنید.' },
  { name: 'سارا', text: 'چرا منبع آمارها ذکر نشده؟ خواننده حق دارد بداند این اعداد از کجا آمده.' },
  { name: 'محمدحسین', text: 'خدا قوت به همه کسانی که در این کار زحمت می‌کشند.' },
  { name: 'یک شهروند', text: 'ای کاش مسئولان قبل از تصمیم‌گیری نظر کارشناسان را هم بپرسند.' },
  { name: 'نرگس', text: 'تیتر با متن خبر همخوانی ندارد؛ لطفاً دقیق‌تر بنویسید.' },
  { name: 'حمید', text: 'بالاخره یک خبر خوب! امیدوارم ادامه داشته باشد.' },
  { name: 'فاطمه', text: 'ما که هنوز اثری از این وعده‌ها در زندگی‌مان ندیده‌ایم.' },
  { name: 'کاوه', text: 'گزارش بی‌طرفانه‌ای بود. ممنون که نظر هر دو طرف را آورده‌اید.' },
  { name: 'زهرا از تبریز', text: 'لطفاً درباره هزینه‌های این طرح هم گزارش تهیه کنید؛ بودجه‌اش از کجا تأمین می‌شود؟' },
  { name: 'امیر', text: 'سه سال پیش هم همین را گفتند. ببینیم این بار چه می‌شود.' },
  { name: 'ناشناس', text: 'عکس‌های بیشتری بگذارید، متن به‌تنهایی کافی نیست.' },
  { name: 'پروین', text: 'با این گرانی‌ها مردم به فکر معیشت‌اند، نه این حرف‌ها.' },
  { name: 'مهدی', text: 'یک اشتباه کوچک در متن هست: عدد پاراگراف دوم با تیتر نمی‌خواند. لطفاً اصلاح کنید.' },
];

/** 0–3 comments for an article, chosen by its id; later comments come later in time. */
export function commentsFor(articleId: string): ReaderComment[] {
  const rand = rng(`comments:${articleId}`);
  const count = intBelow(rand, 4);
  let minutes = 0;
  return pickSome(rand, POOL, count).map((c) => {
    minutes += 12 + intBelow(rand, 170);
    return { name: c.name, text: c.text, afterMinutes: minutes };
  });
}
