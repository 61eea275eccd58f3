import { type ClaimView, termSet } from './claims.ts';
import { type DocText, type StoryInput, readDoc, termBag, termOf } from './features.ts';
import type { ClusterOptions } from './options.ts';
import type { Doc, Story } from './story-state.ts';
import { numberWord } from './text/stem.ts';
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
    claims: claimView(text, bag.ids, vocab),
    headlineOnly: !text.leadWords.length && !text.bodyWords.length,
    thin: !text.bodyWords.length,
    story: undefined as unknown as Story, // set by Story.add
    links: [],
    duplicateOf: null,
    alive: true,
    slot: -1,
    seq,
  };
}

/** What the claim checks read: the headline's words and terms, every term and number of the article. */
function claimView(text: DocText, ids: readonly number[], vocab: Vocabulary): ClaimView {
  const words = text.titleWords.map((w) => numberWord(w) ?? w);
  const terms = Int32Array.from(text.titleWords, (w) => vocab.wordTerm(w, termOf));
  const numbers = new Set<string>();
  for (const list of [words, text.leadWords, text.bodyWords]) {
    for (const w of list) {
      const c = w.charCodeAt(0);
      const n = c >= 48 && c <= 57 ? w : numberWord(w);
      if (n) numbers.add(n);
    }
  }
  return { words, terms, all: termSet(ids), numbers: [...numbers] };
}
