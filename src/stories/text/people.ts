import { readFileSync } from 'node:fs';
import { fold, startsWithDigit } from './fold.ts';
import { STOPWORDS } from './stopwords.ts';

// People and government offices named in a headline. A person is found by a given name («منوچهر
// آذرپاد») or a title («دکتر», «آیت‌الله») and stands for the word after it (the family name, whose
// first part is kept with the next word so «کریمی‌نژاد», «کریمی نژاد» and «کریمینژاد» meet). An office is
// a ministry after «وزیر» or «وزارت».

interface PeopleFile {
  given: string[];
  titles: string[];
}
interface OfficesFile {
  offices: Record<string, string[]>;
}

const read = <T>(name: string): T => JSON.parse(readFileSync(new URL(`../lexicon/${name}`, import.meta.url), 'utf8')) as T;
const phrases = (list: string[]) => list.map((w) => fold(w).split(' '));

let cues: {
  given: Map<string, string[][]>;
  /** Two given names written as one word: «علیمراد», «محمدامین». */
  pairs: Set<string>;
  titles: Map<string, string[][]>;
  offices: [string, string[]][];
  heads: Set<string>;
} | null = null;

function load() {
  if (cues) return cues;
  const people = read<PeopleFile>('people.json');
  const offices = read<OfficesFile>('offices.json');
  const officeNames: [string, string[]][] = [];
  for (const [office, names] of Object.entries(offices.offices)) {
    for (const n of names) officeNames.push([fold(office), fold(n).split(' ')]);
  }
  // Longest written form first, so «راه و شهرسازی» wins over «راه».
  officeNames.sort((a, b) => b[1].length - a[1].length);
  const single = people.given.map((g) => fold(g).replace(/ /g, ''));
  cues = {
    given: byFirstWord(phrases(people.given)),
    pairs: new Set(single.flatMap((a) => single.map((b) => a + b))),
    titles: byFirstWord(phrases(people.titles)),
    offices: officeNames,
    heads: new Set(['وزیر', 'وزارت', 'وزارتخانه', 'سرپرست'].map((w) => fold(w))),
  };
  return cues;
}

/** Phrases by their first word, and every phrase's solid spelling as a one-word phrase. */
function byFirstWord(list: string[][]): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  const put = (p: string[]) => {
    const have = out.get(p[0] ?? '');
    if (have) have.push(p);
    else out.set(p[0] ?? '', [p]);
  };
  for (const p of list) {
    put(p);
    if (p.length > 1) put([p.join('')]);
  }
  for (const l of out.values()) l.sort((a, b) => b.length - a.length);
  return out;
}

/** Length of the phrase starting at `i`, or 0; a word made of two given names («علیمراد») is one. */
function matchAt(words: readonly string[], i: number, phrases: Map<string, string[][]>, pairs?: Set<string>): number {
  const w = words[i] ?? '';
  const list = phrases.get(w);
  if (list) for (const p of list) if (startsAt(words, i, p)) return p.length;
  return pairs?.has(w) ? 1 : 0;
}

/** True when `words` hold the phrase `p` from `i` on (a loop, not a function per phrase tried). */
function startsAt(words: readonly string[], i: number, p: readonly string[]): boolean {
  for (let k = 0; k < p.length; k++) if (words[i + k] !== p[k]) return false;
  return true;
}

const NOT_A_NAME = new Set(['رغم'].map((w) => fold(w)));

/** The cue bits of a word (`lexicon-cues.ts`): it may begin a person's name or title, it heads a ministry. */
export const PERSON_CUE = 2;
export const OFFICE_CUE = 4;

export function personCues(word: string): number {
  const { given, titles, pairs, heads } = load();
  return (titles.has(word) || given.has(word) || pairs.has(word) ? PERSON_CUE : 0) | (heads.has(word) ? OFFICE_CUE : 0);
}

/** Every word `personCues` gives a bit to. */
export function* personCueWords(): Iterable<string> {
  const { given, titles, pairs, heads } = load();
  yield* titles.keys();
  yield* given.keys();
  yield* pairs;
  yield* heads;
}

/** What the finders return when they find nothing: one list, frozen (most headlines name no one). */
const NONE: string[] = Object.freeze([]) as unknown as string[];

/**
 * People in folded tokens, each as «first-part next-word» of the family name. With `cues`, a word whose
 * PERSON bit is off is passed over without a lookup (no title or given name begins with it). None found is
 * a shared frozen list.
 */
export function findPeople(words: readonly string[], cues?: Uint8Array): string[] {
  const { given, titles, pairs } = load();
  let out = NONE;
  for (let i = 0; i < words.length; i++) {
    if (cues && !((cues[i] as number) & PERSON_CUE)) continue;
    const t = matchAt(words, i, titles);
    let g = t ? 0 : matchAt(words, i, given, pairs);
    if (!t && !g) continue;
    let j = i + (t || g);
    // «علی مراد بهادروند», «سید محمد …»: a run of given names, then the family name.
    while (j < words.length && (g = matchAt(words, j, given, pairs))) j += g;
    const name = words[j];
    if (!name || STOPWORDS.has(name) || NOT_A_NAME.has(name) || startsWithDigit(name) || name.length < 2) continue;
    const next = words[j + 1] ?? '';
    if (out === NONE) out = [];
    out.push(next && !STOPWORDS.has(next) && !startsWithDigit(next) ? `${name} ${next}` : name);
    i = j;
  }
  return out;
}

/** Two person keys name the same person when the family names meet, however the parts were spaced. */
export function samePerson(a: string, b: string): boolean {
  const [fa = '', na = ''] = a.split(' ');
  const [fb = '', nb = ''] = b.split(' ');
  return fa === fb || (fa + na).startsWith(fb + nb) || (fb + nb).startsWith(fa + na);
}

/** Ministries named after «وزیر» or «وزارت» (none: a shared frozen list). */
export function findOffices(words: readonly string[], cues?: Uint8Array): string[] {
  const { offices, heads } = load();
  let out = NONE;
  for (let i = 0; i + 1 < words.length; i++) {
    if (cues ? !((cues[i] as number) & OFFICE_CUE) : !heads.has(words[i] ?? '')) continue;
    for (const [office, form] of offices) {
      if (startsAt(words, i + 1, form)) {
        if (out === NONE) out = [];
        out.push(office);
        break;
      }
    }
  }
  return out;
}
