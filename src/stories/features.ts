import { type Anchors, LEAD_KINDS, findAnchors, findLeadAnchors } from './text/anchors.ts';
import { stripDecorations } from './text/decorations.ts';
import { lightStem, numberWord } from './text/stem.ts';
import { STOPWORDS } from './text/stopwords.ts';
import { TwoGenerationCache } from './text/cache.ts';
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

/** An article read once: folded words per field, anchors, shingle signature and exact-content hash. */
export interface DocText {
  title: string;
  titleWords: string[];
  leadWords: string[];
  bodyWords: string[];
  anchors: Anchors;
  sig: Signature;
  hash: string;
}

// The credit line that opens most Persian agency copy: «به گزارش ایسنا،», «به گزارش خبرنگار مهر به نقل از ایرنا،».
const CREDIT = /^\s*(?:به\s+گزارش|به\s+نقل\s+از)[^،,.:؛\n]{0,120}[،,:؛]\s*/u;

export function readDoc(input: StoryInput, opts: FeatureOptions): DocText {
  const title = stripDecorations(input.title, opts.outletNames);
  const lead = (input.lead ?? '').replace(CREDIT, '');
  const body = (input.text ?? '').replace(CREDIT, '');
  // Each field is folded once: its words are the folded text split, and the signature reads the same text.
  const folded = [fold(title), fold(lead), fold(body.slice(0, opts.bodyWords * 10))];
  const [titleWords, leadWords, bodyWords] = folded.map((f) => (f ? f.split(' ') : [])) as [string[], string[], string[]];
  if (bodyWords.length > opts.bodyWords) bodyWords.length = opts.bodyWords;
  const { hash, ...sig } = signature(folded);
  const anchors = findAnchors(titleWords, title);
  const leadAnchors = findLeadAnchors(leadWords);
  // Where it happened and who did it are often only in the lead («… در بازار بزرگ تهران»); dates and
  // numbers are the headline's own.
  for (const k of LEAD_KINDS) anchors[k] = [...new Set([...anchors[k], ...leadAnchors[k]])];
  return {
    title,
    titleWords,
    leadWords,
    bodyWords,
    anchors,
    sig,
    hash,
  };
}

// Words recur endlessly in a news stream: each one's term is worked out once (while it keeps recurring).
const termCache = new TwoGenerationCache<string, string | null>(50_000);

/** The term a folded word counts as (its stem, a number word's digits), or null for a stopword. */
export function termOf(w: string): string | null {
  let t = termCache.get(w);
  if (t !== undefined) return t;
  t = numberWord(w) ?? (STOPWORDS.has(w) || w.length < 2 ? null : lightStem(w));
  termCache.set(w, t);
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
 * lead, where they decide matches; the body, most of the words, takes one cached lookup a word.
 */
export function termBag(doc: DocText, opts: FeatureOptions, vocab: Vocabulary): Bag {
  const known = (t: string) => vocab.has(t);
  // Ids first (a new term gets its id before the bag is opened), weights after.
  const head: [number, number][] = [];
  for (const [words, weight] of [
    [doc.titleWords, opts.titleWeight],
    [doc.leadWords, opts.leadWeight],
  ] as const) {
    for (const t of indexTerms(words, known)) head.push([vocab.id(t), weight]);
  }
  const body = doc.bodyWords.map((w) => vocab.wordTerm(w, termOf));
  const bag = vocab.bag();
  for (const [id, weight] of head) bag.put(id, weight);
  for (const id of body) if (id >= 0) bag.put(id, opts.bodyWeight);
  return bag.done();
}
