import { type Anchors, LEAD_KINDS, findAnchors, findLeadAnchors } from './text/anchors.ts';
import { stripDecorations } from './text/decorations.ts';
import { lightStem, numberWord } from './text/stem.ts';
import { STOPWORDS } from './text/stopwords.ts';
import { WordIds } from './text/word-ids.ts';
import { type BodyWords, readBody } from './text/body-words.ts';
import { fold } from './text/fold.ts';
import { type Signature, signature } from './minhash.ts';
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
}

export const DEFAULT_FEATURES: FeatureOptions = {
  titleWeight: 3,
  leadWeight: 2,
  bodyWeight: 1,
  bodyWords: 150,
  outletNames: [],
};

/**
 * An article read once: folded words of the headline and lead, the body's folded characters and word bounds
 * (valid until the next article is read: `termBag` reads them), anchors, shingle signature and hash.
 */
export interface DocText {
  title: string;
  titleWords: string[];
  leadWords: string[];
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
  // Each field is folded once: the headline's and lead's words are their folded text split, the body's are
  // read from its folded characters; the signature reads the same text.
  const folded = [fold(title), fold(lead)];
  const [titleWords, leadWords] = folded.map((f) => (f ? f.split(' ') : [])) as [string[], string[]];
  const bodyWords = readBody(body, opts.bodyWords);
  const { mins, size, hash } = signature(folded, bodyWords.chars, bodyWords.length);
  const anchors = findAnchors(titleWords, title);
  const leadAnchors = findLeadAnchors(leadWords);
  // Where it happened and who did it are often only in the lead («… در بازار بزرگ تهران»); dates and
  // numbers are the headline's own.
  for (const k of LEAD_KINDS) {
    const lead = leadAnchors[k];
    // Most leads name none of a kind: the headline's list (already each value once) stands as it is.
    if (lead.length) anchors[k] = [...new Set([...anchors[k], ...lead])];
  }
  return {
    title,
    titleWords,
    leadWords,
    body: bodyWords,
    anchors,
    sig: { mins, size },
    hash,
  };
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
 * and a term's id is made in the same order.
 */
export function termBag(doc: DocText, opts: FeatureOptions, vocab: Vocabulary): Bag {
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
  for (const [words, weight] of [
    [doc.titleWords, opts.titleWeight],
    [doc.leadWords, opts.leadWeight],
  ] as const) {
    const before = vocab.size;
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as string;
      const next = words[i + 1];
      // Only a short part is likely half of a word split by a space («آتش بس», «پس لرزه»).
      if (next && next.length > 1 && (w.length <= 3 || next.length <= 3) && termOf(w) && termOf(next)) {
        const joined = vocab.find(lightStem(w + next));
        if (joined >= 0 && joined < before) {
          ids[n] = joined;
          weights[n++] = weight;
          i++;
          continue;
        }
      }
      const id = vocab.wordTerm(w, termOf);
      if (id < 0) continue;
      ids[n] = id;
      weights[n++] = weight;
    }
  }
  const { chars, starts, lengths } = body;
  for (let k = 0; k < body.count; k++) {
    ids[n] = vocab.wordTermAt(chars, starts[k] as number, lengths[k] as number, termOf);
    weights[n++] = opts.bodyWeight;
  }
  return vocab.tally(ids, weights, n);
}

// The term bag's scratch, reused from one article to the next.
let scratchIds = new Int32Array(1024);
let scratchWeights = new Float64Array(1024);
