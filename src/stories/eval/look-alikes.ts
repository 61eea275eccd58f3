// Templated look-alikes: pairs of reports written from one template that are different events (another
// day, place, magnitude, score, person, ministry). Written for Khabar; the values are invented.

export interface LookAlike {
  kind: string;
  a: { title: string; lead: string };
  b: { title: string; lead: string };
}

type Fill = Record<string, string>;
interface Template {
  kind: string;
  title: string;
  lead: string;
  /** Slot values per variant; pairs are made of every two different variants. */
  variants: Fill[];
}

const TEMPLATES: Template[] = [
  {
    kind: 'quake',
    title: 'زلزله {mag} ریشتری {city} را لرزاند',
    lead: 'زمین‌لرزه‌ای به بزرگی {mag} ریشتر بامداد امروز {city} در استان {province} را لرزاند؛ تاکنون گزارشی از خسارت جانی نرسیده است.',
    variants: [
      { mag: '۴٫۷', city: 'زرند', province: 'کرمان' },
      { mag: '۵٫۱', city: 'زرند', province: 'کرمان' },
      { mag: '۵٫۱', city: 'بستک', province: 'هرمزگان' },
      { mag: '۴٫۲', city: 'خوی', province: 'آذربایجان غربی' },
      { mag: '۴٫۷', city: 'سرپل ذهاب', province: 'کرمانشاه' },
    ],
  },
  {
    kind: 'daily-prices',
    title: 'قیمت سکه و دلار امروز {weekday} {day} آذر؛ دلار {dollar} هزار تومان شد',
    lead: 'در بازار تهران امروز {weekday} {day} آذر ۱۴۰۵ هر دلار آمریکا {dollar} هزار تومان و سکه امامی {coin} میلیون تومان معامله شد.',
    variants: [
      { weekday: 'شنبه', day: '۱', dollar: '۱۲۷', coin: '۱۳۹' },
      { weekday: 'یکشنبه', day: '۲', dollar: '۱۲۸', coin: '۱۴۰' },
      { weekday: 'سه‌شنبه', day: '۴', dollar: '۱۲۸', coin: '۱۴۱' },
      { weekday: 'چهارشنبه', day: '۵', dollar: '۱۲۹', coin: '۱۴۲' },
      { weekday: 'پنجشنبه', day: '۶', dollar: '۱۲۷', coin: '۱۴۰' },
    ],
  },
  {
    kind: 'match',
    title: '{home} {g1} بر {g2} {away} را شکست داد',
    lead: 'در دیدار هفته دوازدهم لیگ برتر فوتبال، {home} در ورزشگاه خانگی خود با نتیجه {g1} بر {g2} از سد {away} گذشت.',
    variants: [
      { home: 'ملوان', away: 'آلومینیوم اراک', g1: '۱', g2: '۰' },
      { home: 'گل‌گهر', away: 'خیبر خرم‌آباد', g1: '۲', g2: '۱' },
      { home: 'فولاد', away: 'چادرملو', g1: '۳', g2: '۲' },
      { home: 'سپاهان', away: 'ذوب‌آهن', g1: '۲', g2: '۰' },
      { home: 'تراکتور', away: 'مس رفسنجان', g1: '۲', g2: '۱' },
    ],
  },
  {
    kind: 'fuel-weekly',
    title: 'مصرف روزانه بنزین در {province} به {litres} میلیون لیتر رسید',
    lead: 'میانگین مصرف روزانه بنزین در استان {province} در هفته گذشته به {litres} میلیون لیتر رسید که نسبت به هفته پیش از آن {change} درصد بیشتر است.',
    variants: [
      { province: 'خراسان رضوی', litres: '۱۴٫۶', change: '۲٫۳' },
      { province: 'کرمانشاه', litres: '۳٫۹', change: '۱٫۱' },
      { province: 'اصفهان', litres: '۱۲٫۴', change: '۲٫۳' },
      { province: 'فارس', litres: '۱۰٫۱', change: '۰٫۸' },
    ],
  },
  {
    kind: 'air-quality',
    title: 'شاخص آلودگی هوای تهران امروز {weekday} به {aqi} رسید',
    lead: 'میانگین شاخص کیفیت هوای تهران امروز {weekday} {day} آذر {aqi} ثبت شد و هوا برای گروه‌های حساس ناسالم است.',
    variants: [
      { weekday: 'سه‌شنبه', day: '۴', aqi: '۱۳۸' },
      { weekday: 'پنجشنبه', day: '۶', aqi: '۱۶۱' },
      { weekday: 'شنبه', day: '۸', aqi: '۱۴۵' },
    ],
  },
  {
    kind: 'fire',
    title: 'آتش‌سوزی انبار {goods} در {city} مهار شد',
    lead: 'آتش‌سوزی یک انبار {goods} در {city} پس از دو ساعت تلاش آتش‌نشانان مهار شد و به کسی آسیب نرسید.',
    variants: [
      { goods: 'پارچه', city: 'تبریز' },
      { goods: 'پارچه', city: 'رشت' },
      { goods: 'لوازم خانگی', city: 'مشهد' },
      { goods: 'پارچه', city: 'اهواز' },
    ],
  },
  {
    kind: 'road-closed',
    title: 'محور {a}–{b} به دلیل بارش برف مسدود شد',
    lead: 'پلیس راه اعلام کرد محور {a}–{b} از بامداد امروز به دلیل بارش شدید برف و کولاک در هر دو مسیر بسته است.',
    variants: [
      { a: 'کرج', b: 'چالوس' },
      { a: 'اسالم', b: 'خلخال' },
      { a: 'هراز', b: 'آمل' },
      { a: 'سنندج', b: 'مریوان' },
    ],
  },
  {
    kind: 'crash',
    title: 'تصادف زنجیره‌ای در آزادراه {a}–{b}؛ {n} نفر مصدوم شدند',
    lead: 'برخورد زنجیره‌ای چند خودرو در مه غلیظ آزادراه {a}–{b} امروز {n} مصدوم برجا گذاشت.',
    variants: [
      { a: 'قزوین', b: 'رشت', n: '۷' },
      { a: 'قزوین', b: 'زنجان', n: '۷' },
      { a: 'تهران', b: 'قم', n: '۵' },
      { a: 'اصفهان', b: 'شیراز', n: '۹' },
    ],
  },
  {
    kind: 'flight',
    title: 'نخستین پرواز مستقیم {a} به {b} با {n} مسافر انجام شد',
    lead: 'نخستین پرواز مستقیم از فرودگاه {a} به {b} امروز با {n} مسافر انجام شد و این مسیر هفته‌ای دو بار برقرار است.',
    variants: [
      { a: 'اردبیل', b: 'استانبول', n: '۱۴۸' },
      { a: 'تبریز', b: 'استانبول', n: '۱۵۰' },
      { a: 'اردبیل', b: 'مشهد', n: '۱۲۰' },
      { a: 'شیراز', b: 'دوحه', n: '۱۴۸' },
    ],
  },
  {
    kind: 'exam-results',
    title: 'نتایج آزمون {exam} {year} اعلام شد',
    lead: 'سازمان سنجش آموزش کشور نتایج آزمون {exam} سال {year} را منتشر کرد و داوطلبان می‌توانند کارنامه خود را ببینند.',
    variants: [
      { exam: 'کارشناسی ارشد', year: '۱۴۰۵' },
      { exam: 'کارشناسی ارشد', year: '۱۴۰۴' },
      { exam: 'دکتری', year: '۱۴۰۵' },
      { exam: 'کارآموزی وکالت', year: '۱۴۰۵' },
    ],
  },
  {
    kind: 'death',
    title: '{name}، {role} پیشکسوت، درگذشت',
    lead: '{name}، {role} پیشکسوت، امروز پس از یک دوره بیماری در {age} سالگی در تهران درگذشت.',
    variants: [
      { name: 'منوچهر آذرپاد', role: 'بازیگر', age: '۸۸' },
      { name: 'پرویز کاردان', role: 'بازیگر', age: '۸۱' },
      { name: 'علی‌مراد بهادروند', role: 'نوازنده', age: '۸۴' },
      { name: 'هوشنگ امیرپور', role: 'کارگردان', age: '۷۹' },
    ],
  },
  {
    kind: 'impeachment',
    title: 'استیضاح وزیر {ministry} رأی نیاورد',
    lead: 'نمایندگان مجلس امروز به استیضاح وزیر {ministry} رأی ندادند و وزیر در سمت خود ابقا شد.',
    variants: [
      { ministry: 'راه و شهرسازی' },
      { ministry: 'آموزش و پرورش' },
      { ministry: 'صنعت، معدن و تجارت' },
      { ministry: 'جهاد کشاورزی' },
    ],
  },
  {
    kind: 'appointment',
    title: '{person} استاندار {province} شد',
    lead: 'هیئت وزیران با انتصاب {person} به سمت استاندار {province} موافقت کرد.',
    variants: [
      { person: 'حمیدرضا کریمی‌نژاد', province: 'خوزستان' },
      { person: 'مهدی صادقی', province: 'گیلان' },
      { person: 'حمیدرضا کریمی‌نژاد', province: 'ایلام' },
      { person: 'رضا محمدی', province: 'یزد' },
    ],
  },
  {
    kind: 'museum',
    title: 'موزه {name} پس از مرمت بازگشایی شد',
    lead: 'موزه {name} در {city} پس از {months} ماه مرمت امروز دوباره به روی بازدیدکنندگان باز شد.',
    variants: [
      { name: 'آبگینه', city: 'تهران', months: '۱۴' },
      { name: 'رضا عباسی', city: 'تهران', months: '۸' },
      { name: 'آذربایجان', city: 'تبریز', months: '۱۲' },
      { name: 'پارس', city: 'شیراز', months: '۶' },
    ],
  },
];

function fill(template: string, values: Fill): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
}

/** Every two different variants of every template. */
export function lookAlikes(): LookAlike[] {
  const out: LookAlike[] = [];
  for (const t of TEMPLATES) {
    for (let i = 0; i < t.variants.length; i++) {
      for (let j = i + 1; j < t.variants.length; j++) {
        const x = t.variants[i] as Fill;
        const y = t.variants[j] as Fill;
        out.push({
          kind: t.kind,
          a: { title: fill(t.title, x), lead: fill(t.lead, x) },
          b: { title: fill(t.title, y), lead: fill(t.lead, y) },
        });
      }
    }
  }
  return out;
}
