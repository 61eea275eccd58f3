import { type Anchors, LEAD_KINDS, findAnchors, findLeadAnchors, isDateTerm } from './text/anchors.ts';
import { stripDecorations } from './text/decorations.ts';
import { lightStem, numberWord } from './text/stem.ts';
import { STOPWORDS } from './text/stopwords.ts';
import { WordIds } from './text/word-ids.ts';
import { type BodyWords, readText } from './text/body-words.ts';
import type { ScannedWords } from './text/text-scan.ts';
import type { Signature } from './minhash.ts';
import type { Bag, Vocabulary } from './vectors.ts';

/** What clustering reads of an article. Only `id`, `title`, `source` and `published` are required. */
export interface StoryInput {
  id: string;
  title: string;
  lead?: string;
  text?: string;
  source: string;
  /** Milliseconds since the epoch. */
  published: number;
}

/** Field weights and limits of the term bag. */
export interface FeatureOptions {
  titleWeight: number;
  leadWeight: number;
  bodyWeight: number;
  /** Body words read; the top of a news story says what happened, the rest adds background. */
  bodyWords: number;
  /** Outlets' names, stripped when they decorate a headline. */
  outletNames: readonly string[];
  /**
   * How much a month, a weekday or a year counts in a vector, beside its idf: it says when, not what, and
   * two events of one week share it (it still vetoes a merge when the two name different ones).
   */
  dateWeight: number;
}

export const DEFAULT_FEATURES: FeatureOptions = {
  titleWeight: 3,
  leadWeight: 2,
  bodyWeight: 1,
  bodyWords: 150,
  outletNames: [],
  dateWeight: 0.5,
};

/** How much a term counts in a vector beside its idf (see `dateWeight`): the vocabulary's `factorOf`. */
export function termFactor(opts: FeatureOptions): (term: string) => number {
  return (term) => (isDateTerm(term) ? opts.dateWeight : 1);
}

/**
 * An article read once: folded words of the headline and lead, the body's folded characters and word bounds
 * (valid until the next article is read: `termBag` reads them), anchors, shingle signature and hash.
 */
export interface DocText {
  title: string;
  titleWords: string[];
  leadWords: string[];
  /** The headline's words then the lead's, bounded in their folded characters (valid until the next read). */
  fields: ScannedWords;
  body: BodyWords;
  anchors: Anchors;
  sig: Signature;
  hash: string;
}

// The credit line that opens most Persian agency copy: «به گزارش ایسنا،», «به گزارش خبرنگار مهر به نقل از ایرنا،».
const CREDIT = /^\s*(?:به\s+گزارش|به\s+نقل\s+از)[^،,.:؛\n]{0,120}[،,:؛]\s*/u;

export function readDoc(input: StoryInput, opts: FeatureOptions): DocText {
  const title = stripDecorations(input.title, opts.outletNames);
  const lead = (input.lead ?? '').replace(CREDIT, '');
  // The body's credit line is skipped, not cut out: only its first `bodyWords * 10` characters are read.
  const text = input.text ?? '';
  const credit = CREDIT.exec(text)?.[0].length ?? 0;
  const body = text.slice(credit, credit + opts.bodyWords * 10);
  // Each field is folded once, in one scan: the headline's and lead's words are their folded text split (and
  // bounded in place, for the word table), the body's are read from its folded characters; the signature
  // reads the same text.
  const read = readText(title, lead, body, opts.bodyWords);
  const titleWords = read.title ? read.title.split(' ') : [];
  const leadWords = read.lead ? read.lead.split(' ') : [];
  const anchors = findAnchors(titleWords, title);
  const leadAnchors = findLeadAnchors(leadWords);
  // Where it happened and who did it are often only in the lead («… در بازار بزرگ تهران»); dates and
  // numbers are the headline's own.
  for (const k of LEAD_KINDS) {
    const lead = leadAnchors[k];
    // Most leads name none of a kind: the headline's list (already each value once) stands as it is.
    if (lead.length) anchors[k] = withLead(anchors[k], lead);
  }
  return {
    title,
    titleWords,
    leadWords,
    fields: read.fields,
    body: read.body,
    anchors,
    sig: read.sig,
    hash: read.hash,
  };
}

/**
 * The headline's values of a kind (each once already), then the lead's not among them, each once: what a
 * set of both gives, in the same order, without the set and the two copies (the lead names one value most times).
 */
function withLead(own: readonly string[], lead: readonly string[]): string[] {
  const out = own.slice();
  for (const v of lead) if (!out.includes(v)) out.push(v);
  return out;
}

// Words recur endlessly in a news stream: each one's term is worked out once (while it keeps recurring). The
// table gives an index into `termList`; both are emptied together when the table is full.
const termIndex = new WordIds(16);
let termList: (string | null)[] = [];

/** The term a folded word counts as (its stem, a number word's digits), or null for a stopword. */
export function termOf(w: string): string | null {
  const k = termIndex.get(w);
  if (k !== undefined) return termList[k] ?? null;
  const t = numberWord(w) ?? (STOPWORDS.has(w) || w.length < 2 ? null : lightStem(w));
  if (termIndex.full) {
    termIndex.clear();
    termList = [];
  }
  termIndex.set(w, termList.length);
  termList.push(t);
  return t;
}

/**
 * Index terms of folded words: stopwords out, number words as digits, light stems, and (with `known`)
 * two words that are one known word when written together («آتش بس» where «آتشبس» is known) joined.
 */
export function indexTerms(words: readonly string[], known?: (term: string) => boolean): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    const t = termOf(w);
    const next = words[i + 1];
    // Only a short part is likely half of a word split by a space («آتش بس», «پس لرزه»).
    if (known && t && next && next.length > 1 && (w.length <= 3 || next.length <= 3) && termOf(next)) {
      const joined = lightStem(w + next);
      if (known(joined)) {
        out.push(joined);
        i++;
        continue;
      }
    }
    if (t) out.push(t);
  }
  return out;
}

/**
 * Weighted term frequencies over the fields, by term id. Spacing variants are joined in the headline and
 * lead, where they decide matches; every word takes one lookup in the vocabulary's word table. It gives
 * what `indexTerms` gives, term for term: a join is only taken for a term known before the field was read,
 * and a term's id is made in the same order. With `titleTerms`, each headline word's term id is written
 * there (-1: a stopword; -2: a word joined with its neighbour, not looked up).
 */
export function termBag(doc: DocText, opts: FeatureOptions, vocab: Vocabulary, titleTerms?: Int32Array): Bag {
  // Ids first (a new term gets its id before the bag is opened), weights after.
  const body = doc.body;
  const need = doc.titleWords.length + doc.leadWords.length + body.count;
  if (scratchIds.length < need) {
    scratchIds = new Int32Array(need * 2);
    scratchWeights = new Float64Array(need * 2);
  }
  const ids = scratchIds;
  const weights = scratchWeights;
  let n = 0;
  // The body's words' slots of the word table are read ahead, all at once (the headline and lead are looked
  // up meanwhile): the table is far larger than the cache, and a lookup that waited for its slot before the
  // next one asked was most of the cost of the bag.
  vocab.warmWords(body.hashes, body.count);
  // So are the headline's and lead's, hashed as they were bounded.
  const fields = doc.fields;
  vocab.warmWords(fields.hashes, fields.count);
  let k = 0;
  for (let field = 0; field < 2; field++) {
    const words = field === 0 ? doc.titleWords : doc.leadWords;
    const weight = field === 0 ? opts.titleWeight : opts.leadWeight;
    const out = field === 0 ? titleTerms : undefined;
    const before = vocab.size;
    const first = k;
    // Each word's cached id is read once and kept for the next step, where it is the word itself: the
    // join test asks of both words whether they have a term, and most words of a field are asked.
    let known = words.length ? knownFieldTerm(vocab, fields, k) : undefined;
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as string;
      const next = words[i + 1];
      k = first + i + 1;
      const nextKnown = next === undefined ? undefined : knownFieldTerm(vocab, fields, k);
      // Only a short part is likely half of a word split by a space («آتش بس», «پس لرزه»).
      if (next && next.length > 1 && (w.length <= 3 || next.length <= 3) && hasTerm(w, known) && hasTerm(next, nextKnown)) {
        const joined = vocab.find(lightStem(w + next));
        if (joined >= 0 && joined < before) {
          ids[n] = joined;
          weights[n++] = weight;
          if (out) out[i] = out[i + 1] = NOT_LOOKED_UP;
          i++;
          const after = words[i + 1];
          k = first + i + 1;
          known = after === undefined ? undefined : knownFieldTerm(vocab, fields, k);
          continue;
        }
      }
      const id = known ?? vocab.wordTerm(w, termOf);
      if (out) out[i] = id;
      known = nextKnown;
      if (id < 0) continue;
      ids[n] = id;
      weights[n++] = weight;
    }
  }
  const { chars, starts, lengths, hashes } = body;
  for (let k = 0; k < body.count; k++) {
    ids[n] = vocab.wordTermAt(chars, starts[k] as number, lengths[k] as number, termOf, hashes[k] as number);
    weights[n++] = opts.bodyWeight;
  }
  return vocab.tally(ids, weights, n);
}

/** In `termBag`'s `titleTerms`: a headline word taken into a join, whose own term was not looked up. */
export const NOT_LOOKED_UP = -2;

/** Whether the word has a term (is no stopword): from its cached id when the word table holds it. */
function hasTerm(word: string, known: number | undefined): boolean {
  return known === undefined ? termOf(word) !== null : known >= 0;
}

// The term bag's scratch, reused from one article to the next.
let scratchIds = new Int32Array(1024);
let scratchWeights = new Float64Array(1024);

/** The id the word table holds for the `k`th headline or lead word read (-1: a stopword), or undefined. */
function knownFieldTerm(vocab: Vocabulary, fields: ScannedWords, k: number): number | undefined {
  return vocab.knownWordTermAt(fields.chars, fields.starts[k] as number, fields.lengths[k] as number, fields.hashes[k] as number);
}
