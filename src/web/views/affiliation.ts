import type { Affiliation } from '../../model/types.ts';

/** How each affiliation is named to readers: a description of ownership or stance, not a verdict. */
export const AFFILIATION_FA: Record<Affiliation, string> = {
  state: 'دولتی',
  'semi-official': 'نیمه‌رسمی',
  principlist: 'اصولگرا',
  reformist: 'اصلاح‌طلب',
  independent: 'مستقل',
  diaspora: 'برون‌مرزی',
  unknown: 'نامشخص',
};

/** What each label means, in one sentence about ownership or editorial line. */
export const AFFILIATION_MEANING: Record<Affiliation, string> = {
  state: 'مالکیت یا مدیریت آن با دولت یا نهادی رسمی است.',
  'semi-official': 'به نهادی عمومی یا حکومتی وابسته است و در کار روزانه استقلال نسبی دارد.',
  principlist: 'خط‌مشی تحریریه‌اش به جریان سیاسی اصولگرا نزدیک است.',
  reformist: 'خط‌مشی تحریریه‌اش به جریان سیاسی اصلاح‌طلب نزدیک است.',
  independent: 'مالکیت خصوصی دارد و وابستگی رسمی‌اش به نهاد یا جریانی سیاسی شناخته نیست.',
  diaspora: 'بیرون از ایران منتشر می‌شود؛ برخی از این رسانه‌ها رسانهٔ عمومیِ کشوری دیگرند و از بودجهٔ آن کشور اداره می‌شوند.',
  unknown: 'برای این منبع هنوز برچسبی با استناد ثبت نشده است.',
};

/** The order groups are shown in, from the state's own media outward. */
export const AFFILIATION_ORDER: Affiliation[] = ['state', 'semi-official', 'principlist', 'reformist', 'independent', 'diaspora', 'unknown'];

/** The stored label when it is one Khabar knows; anything else (an old or hand-edited row) reads as unknown. */
export function knownAffiliation(a: string): Affiliation {
  return a in AFFILIATION_FA ? (a as Affiliation) : 'unknown';
}
