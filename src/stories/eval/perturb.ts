// Perturbations of a headline and lead that republishing sites make without changing the story:
// ZWNJ written as a space or dropped, Arabic ي/ك, another digit script, diacritics, a decoration or the
// outlet's name before the headline, «شد» for «شدند», and a lead cut short. Deterministic per seed.

export interface Perturbable {
  title: string;
  lead: string;
}

export type PerturbationKind =
  | 'zwnj-space'
  | 'zwnj-none'
  | 'arabic-letters'
  | 'latin-digits'
  | 'arabic-digits'
  | 'diacritics'
  | 'outlet-prefix'
  | 'decoration'
  | 'plural-verb'
  | 'truncated-lead'
  | 'legacy-site';

export const PERTURBATIONS: PerturbationKind[] = [
  'zwnj-space',
  'zwnj-none',
  'arabic-letters',
  'latin-digits',
  'arabic-digits',
  'diacritics',
  'outlet-prefix',
  'decoration',
  'plural-verb',
  'truncated-lead',
  'legacy-site',
];

const PREFIXES = ['سپهر خبر :: ', 'خبرگزاری فردا | ', 'پایگاه خبری نوید :: ', 'فوری | ', 'فوری: '];
const SUFFIXES = [' + فیلم', ' (فیلم)', ' + عکس', ' / ویدئو', ' (اینفوگرافیک)'];
// Fatha, kasra, damma, tanwin and shadda, as vocalized copies carry them.
const MARKS = ['\u064E', '\u0650', '\u064F', '\u064B', '\u0651'];

function pick<T>(list: readonly T[], seed: number): T {
  return list[Math.abs(seed) % list.length] as T;
}

function mapBoth(p: Perturbable, f: (s: string) => string): Perturbable {
  return { title: f(p.title), lead: f(p.lead) };
}

const toLatin = (s: string) => s.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x6f0));
const toArabicIndic = (s: string) => s.replace(/[۰-۹]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0x6f0 + 0x660));
const arabicLetters = (s: string) => s.replace(/ی/g, 'ي').replace(/ک/g, 'ك');

function diacritics(s: string, seed: number): string {
  let i = 0;
  // A mark after every fourth Persian letter: heavier than any real copy, so the test is strict.
  return s.replace(/[\u0628-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06CC]/g, (c) => (++i % 4 === 0 ? c + pick(MARKS, seed + i) : c));
}

/** «شد» ↔ «شدند» (and «کرد» ↔ «کردند»), at the first place one occurs; the headline unchanged if none does. */
function pluralVerb(s: string): string {
  const m = /(^|\s)(شدند|شد|کردند|کرد)(?=$|[\s؛،.:!؟])/.exec(s);
  if (!m) return s.replace(/(^|\s)(است)(?=$|[\s؛،.])/, '$1هستند');
  const swap: Record<string, string> = { شد: 'شدند', شدند: 'شد', کرد: 'کردند', کردند: 'کرد' };
  const at = m.index + (m[1] ?? '').length;
  return s.slice(0, at) + (swap[m[2] ?? ''] ?? '') + s.slice(at + (m[2] ?? '').length);
}

function truncate(s: string): string {
  const words = s.split(' ');
  return words.length < 6 ? s : `${words.slice(0, Math.ceil(words.length * 0.55)).join(' ')}…`;
}

/** One perturbed copy of an article's headline and lead. */
export function perturb(p: Perturbable, kind: PerturbationKind, seed: number): Perturbable {
  switch (kind) {
    case 'zwnj-space':
      return mapBoth(p, (s) => s.replace(/\u200C/g, ' '));
    case 'zwnj-none':
      return mapBoth(p, (s) => s.replace(/\u200C/g, ''));
    case 'arabic-letters':
      return mapBoth(p, arabicLetters);
    case 'latin-digits':
      return mapBoth(p, toLatin);
    case 'arabic-digits':
      return mapBoth(p, toArabicIndic);
    case 'diacritics':
      return mapBoth(p, (s) => diacritics(s, seed));
    case 'outlet-prefix':
      return { title: pick(PREFIXES, seed) + p.title, lead: p.lead };
    case 'decoration':
      return { title: p.title + pick(SUFFIXES, seed), lead: p.lead };
    case 'plural-verb':
      return { title: pluralVerb(p.title), lead: p.lead };
    case 'truncated-lead':
      return { title: p.title, lead: truncate(p.lead) };
    case 'legacy-site':
      // What a legacy site does all at once: Arabic letters, no ZWNJ, Latin digits, its name before the headline.
      return { title: `سپهر خبر :: ${toLatin(arabicLetters(p.title.replace(/\u200C/g, '')))}`, lead: toLatin(arabicLetters(p.lead.replace(/\u200C/g, ''))) };
  }
}
