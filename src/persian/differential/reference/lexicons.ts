import { NON_JOINING, ZWNJ, mapLetters } from './chars.ts';
import { readLexicon } from './lexicon.ts';

// The lexicons of data/lexicons/ turned into the sets and maps that ZWNJ restoration, search keys and the
// stemmer look words up in. Built once at load; every lookup afterwards is one hash probe.

/** ZWNJ between two parts, or nothing after a letter that does not join the next one anyway. */
export function joiner(left: string): string {
  return NON_JOINING.has(left.charCodeAt(left.length - 1)) ? '' : ZWNJ;
}

/** A lexicon entry in the form display normalization writes: Persian letters, no ZWNJ that shows nothing. */
function canonical(entry: string): string {
  const parts = mapLetters(entry).split(ZWNJ);
  let out = parts[0] ?? '';
  for (const part of parts.slice(1)) out += joiner(out) + part;
  return out;
}

export const STOPWORDS = new Set(readLexicon('stopwords.txt').map(canonical));
export const ADJECTIVES = new Set(readLexicon('adjectives.txt').map(canonical));
const NAMES = readLexicon('names.txt').map(canonical);
const WORDS = readLexicon('words.txt').map(canonical);

// ---- verbs ----
export const PREVERBS = ['بر', 'باز', 'در', 'فرا', 'فرو', 'ور', 'وا'];
const PRESENT_ENDINGS = ['م', 'ی', 'د', 'یم', 'ید', 'ند'];
const PAST_ENDINGS = ['م', 'ی', '', 'یم', 'ید', 'ند'];
const COLLOQUIAL_ENDINGS = ['م', 'ی', 'ه', 'یم', 'ین', 'ن'];

function presentForms(stem: string, endings: string[], into: Set<string>): void {
  const vowelFinal = /[اآو]$/.test(stem);
  for (const e of endings) {
    into.add(stem + e);
    if (vowelFinal) into.add(`${stem}ی${e}`); // «آید», «گوید», «افزاید»
  }
}

/** Forms that may follow «می‌»/«نمی‌»: personal forms of both stems and the past participle. */
export const VERB_FORMS = new Set<string>(['توان']);
/** For a preverb, the forms of its prefixed verbs after «بر‌می‌»: «گردد» for «برمی‌گردد». */
export const PREVERB_FORMS = new Map<string, Set<string>>(PREVERBS.map((p) => [p, new Set<string>()]));
for (const line of readLexicon('verbs.txt')) {
  const [past = '', present = ''] = line.split(/\s+/).map(canonical);
  if (past === '~') {
    presentForms(present, COLLOQUIAL_ENDINGS, VERB_FORMS);
    continue;
  }
  const preverb = PREVERBS.find((p) => past.startsWith(p) && present.startsWith(p) && past.length > p.length + 1);
  const target = preverb ? (PREVERB_FORMS.get(preverb) ?? VERB_FORMS) : VERB_FORMS;
  const pastStem = preverb ? past.slice(preverb.length) : past;
  const presentStem = preverb ? present.slice(preverb.length) : present;
  presentForms(presentStem, PRESENT_ENDINGS, target);
  for (const e of PAST_ENDINGS) target.add(pastStem + e);
  target.add(`${pastStem}ه`);
}

// ---- compounds ----
/** Solid spelling («پیشنویس») → the form with ZWNJ. */
export const SOLID = new Map<string, string>();
/** Spaced spelling («پیش نویس», «گفت و گو») → the form with ZWNJ. */
export const SPACED = new Map<string, string>();
/** First words of spaced spellings, to try a merge only where one can start. */
export const FIRST_PARTS = new Set<string>();

function inflections(base: string): string[] {
  const last = base.slice(-1);
  const j = joiner(base);
  const forms = [base, `${base}${j}ها`, `${base}${j}های`, `${base}${j}هایی`, `${base}${j}هایش`, `${base}${j}هایشان`];
  if (last === 'ه') forms.push(`${base}${ZWNJ}ای`, `${base.slice(0, -1)}گان`, `${base}${ZWNJ}اش`);
  else if (last === 'ا' || last === 'و') forms.push(`${base}یی`, `${base}ی`, `${base}یان`);
  else forms.push(`${base}ی`, `${base}ان`);
  return forms;
}

/** Each ZWNJ of the base kept, written as a space or as nothing: every way the compound arrives broken. */
function variants(form: string, baseZwnjs: number): string[] {
  const parts = form.split(ZWNJ);
  const head = parts.slice(0, baseZwnjs + 1);
  const tail = parts.slice(baseZwnjs + 1);
  let built = [head[0] ?? ''];
  for (let k = 1; k < head.length; k++) {
    const part = head[k] ?? '';
    built = built.flatMap((s) => [s + ZWNJ + part, `${s} ${part}`, s + part]);
  }
  const out: string[] = [];
  for (const s of built) {
    const withTail = tail.length ? [s + ZWNJ + tail.join(ZWNJ), s + tail.join('')] : [s];
    for (const v of withTail) {
      out.push(v);
      if (v.includes(' و')) out.push(v.replace(/ و(?=\S)/g, ' و '));
    }
  }
  return out;
}

const COMPOUND_BASES: string[] = [];
for (const raw of readLexicon('compounds.txt')) {
  const solidOnly = raw.startsWith('=');
  // Variants come from the entry as written, so a part boundary after a non-joining letter («کار‌آفرینی»)
  // still yields the spaced spelling; each is then compared in its canonical form.
  const base = mapLetters(solidOnly ? raw.slice(1) : raw);
  const zwnjs = base.split(ZWNJ).length - 1;
  COMPOUND_BASES.push(canonical(base));
  for (const rawForm of inflections(base)) {
    const form = canonical(rawForm);
    for (const rawVariant of variants(rawForm, zwnjs)) {
      const v = canonical(rawVariant);
      if (v === form) continue;
      if (!v.includes(' ')) {
        if (v.includes(ZWNJ)) continue; // a ZWNJ where the lexicon has one already reads right
        if (!SOLID.has(v)) SOLID.set(v, form);
      } else if (!solidOnly && !SPACED.has(v)) {
        SPACED.set(v, form);
        FIRST_PARTS.add(v.slice(0, v.indexOf(' ')));
      }
    }
  }
}

/** Words known whole: the stemmer stops at them, and «می…» words among them are never split. */
export const KNOWN = new Set<string>([...WORDS, ...NAMES, ...STOPWORDS, ...ADJECTIVES]);
for (const form of COMPOUND_BASES) KNOWN.add(form);

export function isKnownWord(w: string): boolean {
  return KNOWN.has(w);
}
