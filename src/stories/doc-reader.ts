import { type ClaimView, claimView } from './claim-view.ts';
import { type DocText, NOT_LOOKED_UP, type StoryInput, readDoc, termBag, termOf } from './features.ts';
import type { ClusterOptions } from './options.ts';
import { int32s } from './slab.ts';
import type { Doc, Story } from './story-state.ts';
import { type Vocabulary, vectorize } from './vectors.ts';

/** An article read into what the clusterer keeps of it; its terms are counted into the vocabulary. */
export function readArticle(input: StoryInput, opts: ClusterOptions, vocab: Vocabulary, seq: number): Doc {
  const text = readDoc(input, opts.features);
  // The headline's term ids, looked up once: the bag reads them, and so do the claim checks.
  const titleTerms = int32s(text.titleWords.length);
  const bag = termBag(text, opts.features, vocab, titleTerms);
  vocab.count(bag.ids);
  return {
    key: input.id,
    source: input.source,
    time: input.published,
    title: text.title,
    anchors: text.anchors,
    sig: text.sig,
    hash: text.hash,
    vec: vectorize(bag, vocab, opts.keepTerms),
    epoch: vocab.epoch,
    claims: readClaims(text, titleTerms, bag.ids, vocab),
    headlineOnly: !text.leadWords.length && !text.body.count,
    thin: !text.body.count,
    story: undefined as unknown as Story, // set by Story.add
    links: [],
    duplicateOf: null,
    alive: true,
    slot: -1,
    bandItem: -1,
    seq,
  };
}

/**
 * What the claim checks read: the headline's words and terms, every term and number of the article.
 * `terms` are the headline's term ids as the bag found them; a word the bag joined with its neighbour is
 * looked up here, in order, after the whole bag (as every headline word once was: new ids come in the same order).
 */
function readClaims(text: DocText, terms: Int32Array, ids: Iterable<number>, vocab: Vocabulary): ClaimView {
  for (let i = 0; i < terms.length; i++) {
    if (terms[i] === NOT_LOOKED_UP) terms[i] = vocab.wordTerm(text.titleWords[i] as string, termOf);
  }
  return claimView(text.titleWords, terms, ids, [text.leadWords, text.body.numberTokens]);
}
