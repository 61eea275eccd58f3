import { describe, expect, it } from 'vitest';
import { normalizeDisplay, searchKey } from './normalize.ts';
import { iribnewsLines, replayLines } from './testing/corpus-lines.ts';

const Z = '\u200C';

describe('normalizeDisplay', () => {
  it('maps Arabic yeh and kaf, presentation forms and ligatures to Persian letters', () => {
    expect(normalizeDisplay('كتاب ايراني')).toBe('کتاب ایرانی');
    expect(normalizeDisplay('ﻻ ﷲ')).toBe('لا الله');
  });
  it('writes Persian digits but keeps Latin tokens, URLs, e-mails and handles intact', () => {
    expect(normalizeDisplay('سال 1405 و MiG-29 در https://example.ir/a/123')).toBe('سال ۱۴۰۵ و MiG-29 در https://example.ir/a/123');
    expect(normalizeDisplay('Windows 11 و H5N1 و a.b@example.ir و @isna_ir و #ایران_1404')).toBe(
      'Windows 11 و H5N1 و a.b@example.ir و @isna_ir و #ایران_1404',
    );
  });
  it('writes Persian decimal and thousands separators, and keeps times and dates', () => {
    expect(normalizeDisplay('نرخ 2.7 درصد و 15,000 تومان، ساعت 14:14 روز 1402/08/12')).toBe(
      'نرخ ۲٫۷ درصد و ۱۵٬۰۰۰ تومان، ساعت ۱۴:۱۴ روز ۱۴۰۲/۰۸/۱۲',
    );
  });
  it('removes kashida, invisible marks and stray ZWNJ, and tidies spacing around punctuation', () => {
    expect(normalizeDisplay('\u200Fخـــبر\u200C  مهم ، امروز')).toBe('خبر مهم، امروز');
    expect(normalizeDisplay('شرکت « گوگل »اعلام کرد ...')).toBe('شرکت «گوگل» اعلام کرد …');
  });
  it('ends a sentence at a dot written after a space, as at one written against the word', () => {
    expect(normalizeDisplay('او گفت .ما رفتیم')).toBe('او گفت. ما رفتیم');
    expect(normalizeDisplay('ه .ش')).toBe(normalizeDisplay('ه.ش'));
    expect(normalizeDisplay('خيیيلی')).toBe('خیلی');
  });
  it('reads a number broken before its decimal point as one number, as when it is read again', () => {
    for (const broken of ['رشد ۱ .۲ درصد', 'رشد ۱ً.۲ درصد', 'رشد 1 .2 درصد']) {
      expect(normalizeDisplay(broken), broken).toBe('رشد ۱٫۲ درصد');
    }
    // A point that is not the number's only separator stays a point, as it does in the number written whole.
    expect(normalizeDisplay('ساعت ۱۰ :۳۰ .۵')).toBe(normalizeDisplay('ساعت ۱۰:۳۰.۵'));
    // A space after the point parts the two numbers.
    expect(normalizeDisplay('رشد ۱ . ۲ درصد')).toBe('رشد ۱. ۲ درصد');
  });
  it('keeps tanvin and hamza, drops short vowels', () => {
    expect(normalizeDisplay('فورًا و مُؤَسَّسه')).toBe('فوراً و مؤسسه');
  });
  it('restores ZWNJ after «می»/«نمی», before plural and comparative endings, and in known compounds', () => {
    expect(normalizeDisplay('میشود نمی دانم کتابها بزرگتر پیش نویس بینالمللی وبسایت علیاف')).toBe(
      `می${Z}شود نمی${Z}دانم کتاب${Z}ها بزرگ${Z}تر پیش${Z}نویس بین${Z}المللی وب${Z}سایت علی${Z}اف`,
    );
  });
  it('makes no false joins on words that merely look like prefix or suffix forms', () => {
    const words = ['میلادی', 'میز', 'میلیون', 'میان', 'تنها', 'میوه', 'میخ', 'بها', 'رها', 'میدان', 'میهن', 'میراث'];
    for (const w of words) expect(normalizeDisplay(w)).toBe(w);
    expect(normalizeDisplay('ماه می سال جدید')).toBe('ماه می سال جدید');
    expect(normalizeDisplay('۱۵ می ۲۰۲۵')).toBe('۱۵ می ۲۰۲۵');
    expect(normalizeDisplay('هیچ جای دنیا تر و خشک را با هم نمی‌سوزانند.')).toBe('هیچ جای دنیا تر و خشک را با هم نمی‌سوزانند.');
  });
  it('keeps line breaks: one line in, one line out', () => {
    expect(normalizeDisplay('سطر اول\nسطر  دوم')).toBe('سطر اول\nسطر دوم');
  });
});

describe('searchKey', () => {
  it('folds letter, digit and ZWNJ variants to one key', () => {
    expect(searchKey('پیش‌نویس ۱۴۰۵')).toBe(searchKey('پيشنويس 1405'));
    expect(searchKey('مدرسة')).toBe(searchKey('مدرسه'));
    expect(searchKey('فوراً')).toBe(searchKey('فورا'));
  });
  it('gives one key to the ZWNJ, space and solid spellings of a compound', () => {
    for (const group of [
      ['پیش‌نویس', 'پیشنویس', 'پیش نویس'],
      ['آتش‌بس', 'آتشبس', 'آتش بس'],
      ['گفت‌وگو', 'گفتوگو', 'گفت و گو'],
      ['می‌شود', 'میشود', 'می شود'],
      ['کتاب‌ها', 'کتابها', 'کتاب ها'],
      ['به‌عنوان', 'به عنوان'],
    ]) {
      const keys = new Set(group.map(searchKey));
      expect(keys.size, group.join(' / ')).toBe(1);
    }
  });
  it('joins tokens with single spaces', () => {
    expect(searchKey('  «خبر»،  فوری! ')).toBe('خبر فوری');
  });
  it('gives a word beside a punctuation mark the key it has alone', () => {
    // The word a ZWNJ belongs to ends at the mark: «ها،» was read as the part after the ZWNJ, not an ending,
    // so «هزینه‌ها،» was keyed «هزینه ها» and a search for «هزینه‌ها» missed it at the end of every clause.
    expect(searchKey('هزینه‌ها،')).toBe(searchKey('هزینه‌ها'));
    expect(searchKey('در بخش هزینه ها، اعتبارات')).toBe('در بخش هزینهها اعتبارات');
    expect(searchKey('گفته‌اند.')).toBe(searchKey('گفته‌اند'));
    expect(searchKey('(می‌روند)')).toBe(searchKey('می‌روند'));
    expect(searchKey('«خانه‌ی» ما')).toBe(searchKey('خانه‌ی ما'));
    expect(searchKey('نیک‌منش،')).toBe(searchKey('نیک منش'));
    // A hashtag keeps its number on its word in the display; in the key it meets the same words written out.
    expect(normalizeDisplay('#کووید۱۹')).toBe('#کووید۱۹');
    expect(searchKey('#کووید۱۹')).toBe(searchKey('کووید۱۹'));
    expect(searchKey('#کووید۱۹').split(' ')).toContain(searchKey('کووید'));
    expect(searchKey('#ایران۲۰۲۶')).toBe(searchKey('ایران ۲۰۲۶'));
    // An ordinal stays on its number, as in the display; Latin letters and digits are one token.
    expect(searchKey('#۲۲ام')).toBe(searchKey('۲۲ام'));
    // Right after it, a key that ends where that one's «م» was is not taken for an ordinal.
    expect(searchKey('#۲۲ا')).toBe('22 ا');
    expect(searchKey('#H3N2')).toBe('h3n2');
  });
});

describe('normalizing what is already normal', () => {
  it('changes nothing the second time, however the first input was written', () => {
    // An invisible mark between a number and a word, an Arabic letter after a number, letters folding into a run,
    // and a letter the display keeps only inside a hashtag.
    // A space before a dot, a stretch written with two forms of one letter or with a mark inside, and ZWJ before
    // marks or more ZWJ.
    const more = ['او گفت .ما رفتیم', 'خيیيلی', 'ييی', 'یيي', 'ککَک', '\u200d\u200d\u200dتر', '\u200d\u0654آئ', 'ام،\u200d\u200dمأ', '\u200dي'];
    for (const input of ['0\u200cآ', '0\u202bآ', '۵\u200cسال', '0ي', '۲۲\u200cام', 'دهههای گذشته', 'سلاممممم', ...more]) {
      const once = normalizeDisplay(input);
      expect(normalizeDisplay(once), JSON.stringify(input)).toBe(once);
    }
    for (const input of ['آآأ', '#ػ', '#كتاب', 'اآاآ', 'دهه‌های گذشته', 'کتاب‌ها', '#1می', '#گروه۷']) {
      const once = searchKey(input);
      expect(searchKey(once), JSON.stringify(input)).toBe(once);
    }
  });
  it('keys a key to itself, and displays a display as itself, on every line of the replay corpus and of the real articles', () => {
    const lines = [...replayLines(), ...iribnewsLines()].filter((l) => l.trim());
    expect(lines.length).toBeGreaterThan(400);
    expect(lines.filter((line) => searchKey(searchKey(line)) !== searchKey(line)).slice(0, 3)).toEqual([]);
    expect(lines.filter((line) => normalizeDisplay(normalizeDisplay(line)) !== normalizeDisplay(line)).slice(0, 3)).toEqual([]);
  });
  it('gives back the ZWNJ a plural of a word ending in «ه» lost, instead of taking it for stretching', () => {
    expect(normalizeDisplay('دهههای گذشته')).toBe('دهه‌های گذشته');
    expect(searchKey('دهههای گذشته')).toBe(searchKey('دهه‌های گذشته'));
    expect(normalizeDisplay('ههههه')).toBe('ه');
  });
});
