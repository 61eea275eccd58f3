import { fold } from './fold.ts';
import { lexicon } from './lexicon.ts';

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
  /** Negated form → the predicate's key (its past stem). */
  negated: Map<string, string>;
  affirmed: Map<string, string>;
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
  forms = { negated, affirmed };
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

/** The negated and affirmed verbs among folded tokens. */
export function verbPolarity(tokens: readonly string[]): Polarity {
  const { negated, affirmed } = build();
  const out: Polarity = { negated: [], affirmed: [] };
  for (let i = 0; i < tokens.length; i++) {
    let w = tokens[i] ?? '';
    if ((w === MI || w === NAMI) && i + 1 < tokens.length) w += tokens[i + 1];
    const neg = negated.get(w);
    if (neg !== undefined) out.negated.push({ at: i, key: neg });
    else if (w.startsWith(NAMI) && w.length > 4) out.negated.push({ at: i, key: w.slice(3) });
    else {
      const pos = affirmed.get(w);
      if (pos !== undefined) out.affirmed.push({ at: i, key: pos });
    }
    if (w !== tokens[i]) i++;
  }
  return out;
}
