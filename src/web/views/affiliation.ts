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
