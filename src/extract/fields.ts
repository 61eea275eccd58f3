// Reading single fields out of the elements a rule (or the page) points at: titles without the site's name,
// news codes, tag lists, dates in ISO form or as Persian sites print them.
import { normalizeDisplay, parseJalali, parseRelative, toLatinDigits } from '../persian/index.ts';
import { fold } from './boilerplate.ts';
import { textOf } from './dom.ts';
import { toInstant } from './metadata.ts';

/** True when a text is written mostly in Arabic script (Persian, as far as Khabar is concerned). */
export function isPersianText(text: string): boolean {
  let arabic = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x600 && c <= 0x6ff) arabic++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  return arabic > 0 && arabic >= latin;
}

/** Persian text gets display normalization; other scripts keep their own digits and punctuation. */
export function normalizeText(text: string): string {
  return isPersianText(text) ? normalizeDisplay(text) : text.replace(/\s+/g, ' ').trim();
}

// The separators sites put between a headline and their name in <title> and og:title.
const TITLE_SEPARATOR = /(\s+(?:\||-|–|—|»|«|·)\s+|\s*::\s*)/;

/** The headline without the site's name before or after it («ایسنا | …», «… - خبرگزاری تسنیم»). */
export function stripSiteName(title: string, isSiteName: (segment: string) => boolean): string {
  // Segments and the separators between them: [segment, separator, segment, …].
  const parts = title.trim().split(TITLE_SEPARATOR);
  while (parts.length >= 3 && isSiteName((parts[0] ?? '').trim())) parts.splice(0, 2);
  while (parts.length >= 3 && isSiteName((parts[parts.length - 1] ?? '').trim())) parts.splice(-2, 2);
  return parts.join('').trim();
}

// «کد خبر: ۸۵۶۱۲۳۸۹», «شناسه خبر ۱۲۳», «News ID: 123».
const CODE_LABEL = /(?:کد ?خبر|شناسه ?خبر|کد ?مطلب|شماره ?خبر|news ?(?:id|code))\s*[:：#]?\s*(\d{3,})/i;

/** The news code in an element: the number after a «کد خبر» label, or the element's only long number. */
export function newsCodeFrom(el: Element | null): string | null {
  if (!el) return null;
  const text = fold(textOf(el));
  const labelled = CODE_LABEL.exec(text);
  if (labelled?.[1]) return labelled[1];
  const numbers = text.match(/\d{4,}/g) ?? [];
  return numbers.length === 1 && text.replace(/[\d\s:：#]/g, '').length <= 12 ? (numbers[0] ?? null) : null;
}

// The same label in the raw page: «کد خبر: ۳۴۱۲۱۵۵», possibly with tags between label and number.
const CODE_IN_HTML = /(?:ک|ك)د\s*خبر\s*[:：]?\s*(?:<[^>]{0,200}>\s*){0,4}([0-9۰-۹]{3,})/;

/** The news code a page prints next to a «کد خبر» label, for pages no rule knows. */
export function newsCodeInHtml(html: string): string | null {
  const m = CODE_IN_HTML.exec(html);
  return m?.[1] ? toLatinDigits(m[1]) : null;
}

/** Tag texts; one element holding «برچسب‌ها: الف، ب، پ» is split into its tags. */
export function tagsFrom(els: Element[]): string[] {
  const texts = els.map((el) => textOf(el)).filter(Boolean);
  const split =
    texts.length === 1 && /[،,]/.test(texts[0] ?? '')
      ? (texts[0] ?? '').replace(/^[^:：]{1,30}[:：]\s*/, '').split(/\s*[،,]\s*/)
      : texts.map((t) => t.replace(/^[^:：]{1,30}[:：]\s*/, ''));
  return [...new Set(split.map((t) => normalizeText(t.replace(/^#/, ''))).filter(Boolean))];
}

/** A section name without a «دسته‌بندی:» label. */
export function sectionFrom(el: Element | null): string | null {
  const t = textOf(el).replace(/^[^:：]{1,20}[:：]\s*/, '');
  return t ? normalizeText(t) : null;
}

/** The moment an element names: its datetime/content attribute when that has a time, else its Jalali text. */
export function instantFrom(el: Element | null): string | null {
  if (!el) return null;
  const attr = toInstant(el.getAttribute('datetime') ?? el.getAttribute('content'));
  if (attr) return attr;
  const text = textOf(el);
  return /\d{1,2}:\d{2}/.test(toLatinDigits(text)) ? parseJalali(text) : null;
}

/** The day an element names, when it names no time: a Jalali date at midnight Tehran time. */
export function dayFrom(el: Element | null): string | null {
  return el ? parseJalali(textOf(el)) : null;
}

// Any instant will do to tell whether a line is a relative date at all.
const SOME_INSTANT = new Date(0);

/** A short line that is only a date («۴ آذر ۱۴۰۵ - ۰۹:۳۰», «۳ ساعت پیش»), as generic readings bring along. */
export function isDateLine(text: string): boolean {
  return text.split(' ').length <= 8 && (parseJalali(text) !== null || parseRelative(text, SOME_INSTANT) !== null);
}
