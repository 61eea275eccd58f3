import { type ClaimView, claimView } from './claim-view.ts';
import { type DocText, type StoryInput, readDoc, termBag, termOf } from './features.ts';
import type { ClusterOptions } from './options.ts';
import type { Doc, Story } from './story-state.ts';
import { type Vocabulary, vectorize } from './vectors.ts';

/** An article read into what the clusterer keeps of it; its terms are counted into the vocabulary. */
export function readArticle(input: StoryInput, opts: ClusterOptions, vocab: Vocabulary, seq: number): Doc {
  const text = readDoc(input, opts.features);
  const bag = termBag(text, opts.features, vocab);
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
    claims: readClaims(text, bag.ids, vocab),
    headlineOnly: !text.leadWords.length && !text.body.count,
    thin: !text.body.count,
    story: undefined as unknown as Story, // set by Story.add
    links: [],
    duplicateOf: null,
    alive: true,
    slot: -1,
    seq,
  };
}

/** What the claim checks read: the headline's words and terms, every term and number of the article. */
function readClaims(text: DocText, ids: Iterable<number>, vocab: Vocabulary): ClaimView {
  // A loop, not `Int32Array.from` with a function: that walks the list through an iterator.
  const terms = new Int32Array(text.titleWords.length);
  for (let i = 0; i < terms.length; i++) terms[i] = vocab.wordTerm(text.titleWords[i] as string, termOf);
  return claimView(text.titleWords, terms, ids, [text.leadWords, text.body.numberTokens]);
}
