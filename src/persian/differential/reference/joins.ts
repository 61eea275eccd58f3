import { ZWNJ, isPersianLetter } from './chars.ts';
import { ADJECTIVES, FIRST_PARTS, KNOWN, PREVERBS, PREVERB_FORMS, SOLID, SPACED, STOPWORDS, VERB_FORMS, joiner } from './lexicons.ts';

// ZWNJ restoration, the word pass of display normalization. It runs on the output of the character pass
// (single spaces, Persian letters) and only ever joins what the lexicons vouch for: a wrong join in a
// headline is worse than a missed one.

const PLURAL = ['هایشان', 'هایمان', 'هایتان', 'هاشون', 'هامون', 'هاتون', 'هایش', 'هایم', 'هایت', 'هایی', 'هاست', 'های', 'هام', 'ها'];
const PLURAL_SET = new Set(PLURAL);
/** Clitics written after a word ending in silent «ه»: «خانه‌ای», «رفته‌اند». */
const AFTER_HEH = new Set(['ای', 'ام', 'ات', 'اش', 'اند', 'ایم', 'اید', 'ی']);
/** Bound parts that never stand alone in news text: written apart, they belong to the word before. */
const BOUND = new Set(['گر', 'گری', 'گرها', 'آمیز', 'آمیزی', 'انگیز', 'انگیزی', 'پذیر', 'پذیری', 'ناپذیر', 'ناپذیری',
  'کننده', 'کنندگان', 'کنندگی', 'آلود', 'مند', 'مندی', 'مندان', 'ترین']);
const SURNAME_PARTS = new Set(['نژاد', 'نیا', 'پور']);
/** Words that look like stem + «ها» but are whole: «تنها», «بها», «رها». */
const NO_PLURAL_SPLIT = new Set(['تنها', 'بها', 'رها', 'اژدها', 'گرانبها', 'خونبها', 'سها', 'مها', 'فقها']);
const MONTH_CONTEXT = /^(ماه|[۰-۹0-9]+)$/;

const IS_LETTER = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) if (isPersianLetter(c)) IS_LETTER[c] = 1;
const PREVERB_SET = new Set(PREVERBS);

/** End of the word starting at i: Persian letters, ZWNJ, ezafe hamza and tanvin. */
function wordEnd(s: string, i: number): number {
  let j = i;
  for (;;) {
    const c = s.charCodeAt(j);
    if (IS_LETTER[c] || c === 0x200c || c === 0x654 || c === 0x64b) j++;
    else return j;
  }
}

function isMi(w: string): boolean {
  return w === 'می' || w === 'نمی';
}

/** A known form after «می»/«نمی», for a bare or a prefixed verb («بر» + «گردم»). */
function verbAfterMi(rest: string, preverb: string): boolean {
  return preverb ? (PREVERB_FORMS.get(preverb)?.has(rest) ?? false) : VERB_FORMS.has(rest);
}

/** Joins `next` onto `word` where they are one word written apart; null where they are two words. */
function merge(word: string, next: string, prev: string): string | null {
  if (word.length <= 3 && isMi(word)) return VERB_FORMS.has(next) && !MONTH_CONTEXT.test(prev) ? word + ZWNJ + next : null;
  const spaced = FIRST_PARTS.has(word) ? SPACED.get(`${word} ${next}`) : undefined;
  if (spaced) return spaced;
  if (next === 'تر' && ADJECTIVES.has(word)) return word + joiner(word) + next;
  if (PREVERB_SET.has(word)) {
    const mi = next.startsWith('نمی') ? 'نمی' : next.startsWith('می') ? 'می' : '';
    const rest = next.slice(mi.length).replace(/^\u200C/, '');
    if (mi && verbAfterMi(rest, word)) return word + mi + ZWNJ + rest;
  }
  if (STOPWORDS.has(word) && !PLURAL_SET.has(next)) return null;
  if (PLURAL_SET.has(next) || BOUND.has(next)) return word + joiner(word) + next;
  if (AFTER_HEH.has(next) && word.endsWith('ه') && word.length >= 3) return word + ZWNJ + next;
  if (SURNAME_PARTS.has(next) && word.endsWith('ی') && word.length >= 3) return word + ZWNJ + next;
  return null;
}

/**
 * Three words that are one: a spaced compound («گفت و گو»), or a preverb, «می»/«نمی» and a verb form
 * written apart («بر می گردم» → «برمی‌گردم»).
 */
function mergeThree(word: string, second: string, third: string): string | null {
  const spaced = FIRST_PARTS.has(word) ? SPACED.get(`${word} ${second} ${third}`) : undefined;
  if (spaced) return spaced;
  if (!PREVERB_SET.has(word) || !isMi(second)) return null;
  return verbAfterMi(third, word) ? word + second + ZWNJ + third : null;
}

/** Restores ZWNJ inside one word written solid: «میشود», «پیشنویس», «کتابها», «بزرگتر». */
export function fixWord(w: string): string {
  const solid = SOLID.get(w);
  if (solid) return solid;
  if (KNOWN.has(w)) return w;
  const cut = w.indexOf(ZWNJ);
  if (cut > 0) {
    const head = SOLID.get(w.slice(0, cut));
    return head ? head + w.slice(cut) : w;
  }
  const first = w.charCodeAt(0);
  if (first === 0x645 || first === 0x646) {
    for (const p of ['نمی', 'می']) {
      if (w.startsWith(p) && VERB_FORMS.has(w.slice(p.length))) return p + ZWNJ + w.slice(p.length);
    }
  }
  for (const pv of PREVERBS) {
    if (first !== pv.charCodeAt(0) || !w.startsWith(pv)) continue;
    for (const p of ['نمی', 'می']) {
      if (w.startsWith(p, pv.length) && verbAfterMi(w.slice(pv.length + p.length), pv)) {
        return pv + p + ZWNJ + w.slice(pv.length + p.length);
      }
    }
  }
  return splitSuffix(w) ?? w;
}

// Last letters of the endings splitSuffix knows: ا ی ش م ت ن ر.
const ENDING_LAST = new Set([0x627, 0x6cc, 0x634, 0x645, 0x62a, 0x646, 0x631]);

function splitSuffix(w: string): string | null {
  if (!ENDING_LAST.has(w.charCodeAt(w.length - 1))) return null;
  const heh = w.length - 2;
  if (AFTER_HEH.has(w.slice(heh)) && w[heh - 1] === 'ه' && KNOWN.has(w.slice(0, heh))) return w.slice(0, heh) + ZWNJ + w.slice(heh);
  if (!NO_PLURAL_SPLIT.has(w)) {
    for (const suffix of PLURAL) {
      if (!w.endsWith(suffix)) continue;
      const head = w.slice(0, -suffix.length);
      const known = SOLID.get(head) ?? (KNOWN.has(head) && !STOPWORDS.has(head) ? head : null);
      if (known) return known + joiner(known) + suffix;
    }
  }
  for (const suffix of ['ترین', 'تر']) {
    const head = w.slice(0, -suffix.length);
    if (w.endsWith(suffix) && ADJECTIVES.has(head)) return head + joiner(head) + suffix;
  }
  return null;
}

/**
 * The word pass over one line of cleaned text. It walks the line by index and copies unchanged stretches in
 * one slice, so a line with nothing to restore costs one scan and a few hash lookups per word.
 */
export function restoreJoins(line: string): string {
  let out = '';
  let copied = 0;
  let prev = '';
  let i = 0;
  const n = line.length;
  while (i < n) {
    if (!IS_LETTER[line.charCodeAt(i)]) {
      i++;
      continue;
    }
    const a = i;
    const b = wordEnd(line, a);
    const original = line.slice(a, b);
    let word = original;
    let end = b;
    while (line.charCodeAt(end) === 32 && IS_LETTER[line.charCodeAt(end + 1)]) {
      const nb = wordEnd(line, end + 1);
      const next = line.slice(end + 1, nb);
      if ((FIRST_PARTS.has(word) || PREVERB_SET.has(word)) && line.charCodeAt(nb) === 32 && IS_LETTER[line.charCodeAt(nb + 1)]) {
        const nb2 = wordEnd(line, nb + 1);
        const three = mergeThree(word, next, line.slice(nb + 1, nb2));
        if (three) {
          word = three;
          end = nb2;
          continue;
        }
      }
      const merged = merge(word, next, prev);
      if (merged === null) break;
      word = merged;
      end = nb;
    }
    const fixed = fixWord(word);
    if (end !== b || fixed !== original) {
      out += line.slice(copied, a) + fixed;
      copied = end;
    }
    prev = fixed;
    i = end;
  }
  return copied === 0 ? line : out + line.slice(copied);
}
