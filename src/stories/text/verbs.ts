import { fold } from './fold.ts';
import { lexicon } from './lexicon.ts';
import { WordSieve } from './word-sieve.ts';

// Which verbs of a headline are negated and which affirmed, by stem: «نمی‌پذیرد» and «پذیرفت» are the
// same predicate («پذیر»/«پذیرفت») with opposite polarity. Folded text has no ZWNJ, so «نمی‌شود» is
// «نمیشود», and «نمی شود» written with a space is joined back first.

interface VerbsFile {
  /** [past stem, present stem] */
  verbs: [string, string][];
  /** Present stems whose forms without «می» or «ب» are verbs more often than not («دارد», «شود»). */
  barePresent: string[];
  modals: Record<string, string>;
  notNegated: string[];
}

const load = lexicon<VerbsFile>('verbs.json');

const PAST_ENDINGS = ['', 'م', 'ی', 'یم', 'ید', 'ند', 'ه', 'ن', 'هام', 'های', 'هایم', 'هاید', 'هاند', 'هاست'];
const PRESENT_ENDINGS = ['م', 'ی', 'د', 'یم', 'ید', 'ند'];

interface Forms {
  /** Each form → its predicate's key (its past stem) by number: key index × 2, plus 1 for a negated form. */
  codes: Map<string, number>;
  keys: string[];
  /** The forms again: most words of a headline are none, and are turned away before `codes` is asked. */
  sieve: WordSieve;
}

let forms: Forms | null = null;

function build(): Forms {
  if (forms) return forms;
  const file = load();
  const negated = new Map<string, string>();
  const affirmed = new Map<string, string>();
  const bare = new Set(file.barePresent.map(fold));
  const add = (stem: string, key: string, endings: string[], presentTense: boolean) => {
    for (const e of endings) {
      const form = stem + e;
      affirmed.set(`می${form}`, key);
      // A present stem with an ending alone is more often a word than a verb, but for a few: «ب» marks it.
      if (!presentTense || bare.has(stem)) affirmed.set(form, key);
      if (presentTense && stem.length > 1) affirmed.set(`ب${form}`, key);
      negated.set(`نمی${form}`, key);
      // «نیامد», «نیاورد»: before «آ» (folded «ا») the negation takes a «ی».
      negated.set(stem.startsWith('ا') ? `نی${form}` : `ن${form}`, key);
    }
  };
  for (const [past, present] of file.verbs) {
    // A verb's key is its past stem: «نمی‌پذیرد» and «پذیرفت» are one predicate.
    const key = fold(past);
    add(key, key, PAST_ENDINGS, false);
    add(fold(present), key, PRESENT_ENDINGS, true);
  }
  for (const [neg, pos] of Object.entries(file.modals)) {
    negated.set(fold(neg), fold(pos));
    affirmed.set(fold(pos), fold(pos));
  }
  for (const w of file.notNegated) negated.delete(fold(w));
  for (const w of affirmed.keys()) negated.delete(w);
  // No form is both (the affirmed ones were taken out of the negated): one table answers for both.
  const codes = new Map<string, number>();
  const keys: string[] = [];
  const index = new Map<string, number>();
  const code = (key: string, negative: number) => {
    let k = index.get(key);
    if (k === undefined) {
      k = keys.push(key) - 1;
      index.set(key, k);
    }
    return k * 2 + negative;
  };
  for (const [form, key] of negated) codes.set(form, code(key, 1));
  for (const [form, key] of affirmed) codes.set(form, code(key, 0));
  forms = { codes, keys, sieve: new WordSieve(codes.keys()) };
  return forms;
}

/** A verb in a headline: where it is and which predicate it is. */
export interface VerbHit {
  at: number;
  key: string;
}

export interface Polarity {
  negated: VerbHit[];
  affirmed: VerbHit[];
}

const MI = 'می';
const NAMI = 'نمی';
const NO_HITS: VerbHit[] = Object.freeze([]) as unknown as VerbHit[];
// Most headlines have no verb the tables know: they share one answer (an object an article fewer to keep).
const NO_VERBS: Readonly<Polarity> = { negated: NO_HITS, affirmed: NO_HITS };

/** The negated and affirmed verbs among folded tokens (none of a kind: a shared frozen list; none at all: a shared answer). */
export function verbPolarity(tokens: readonly string[]): Polarity {
  const { codes, keys, sieve } = build();
  let negated = NO_HITS;
  let affirmed = NO_HITS;
  for (let i = 0; i < tokens.length; i++) {
    let w = tokens[i] ?? '';
    if ((w === MI || w === NAMI) && i + 1 < tokens.length) w += tokens[i + 1];
    const code = sieve.mayHave(w) ? codes.get(w) : undefined;
    if (code !== undefined && code & 1) negated = withHit(negated, i, keys[code >>> 1] as string);
    // «نمی…» of a verb the table does not know (its first letter tested first: few words begin with «ن»).
    else if (w.length > 4 && w.charCodeAt(0) === 0x646 && w.startsWith(NAMI)) negated = withHit(negated, i, w.slice(3));
    else if (code !== undefined) affirmed = withHit(affirmed, i, keys[code >>> 1] as string);
    if (w !== tokens[i]) i++;
  }
  return negated === NO_HITS && affirmed === NO_HITS ? NO_VERBS : { negated, affirmed };
}

/** `hits` with one more: a list of its own for the first. */
function withHit(hits: VerbHit[], at: number, key: string): VerbHit[] {
  const hit = { at, key };
  if (hits === NO_HITS) return [hit];
  hits.push(hit);
  return hits;
}

const VERB_END = /(?:د|ند|دند|ست|ده)$/;

function verbLike(x: string): boolean {
  return VERB_END.test(x) || x.startsWith('می');
}

/** The positive form of a negated verb («نشد» → «شد», «نمیشود» → «میشود», «نیاورد» → «اورد»), or null. */
export function positiveOf(w: string): string | null {
  if (w.charCodeAt(0) !== 0x646) return null; // «ن»
  if (w === 'نیست') return 'است';
  if (w === 'نیستند') return 'هستند';
  if (w.startsWith('نمی') && w.length > 4) return w.slice(1);
  // «نیاورد», «نیامد»: the negation takes a «ی» before a verb that begins with «آ» (folded to «ا»).
  if (w.startsWith('نیا') && w.length > 3 && verbLike(w.slice(2))) return w.slice(2);
  if (w.startsWith('ن') && w.length > 2 && verbLike(w.slice(1))) return w.slice(1);
  return null;
}
