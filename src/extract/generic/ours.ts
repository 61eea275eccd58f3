// Our own reading of an unknown page: the scorer picks the subtree, chrome inside it is left out, and the
// blocks around the text that are not the text (the headline, the standfirst, bylines and dates above it;
// link lists) are dropped.
import { type Block, collectBlocks } from '../blocks.ts';
import { judgeBlock } from '../boilerplate.ts';
import { type ScoreResult, scoreDocument } from './score.ts';

/** A block made mostly of links is navigation, unless it is a long paragraph with a few. */
const MAX_BLOCK_LINK_DENSITY = 0.5;
/** Blocks above the first paragraph this long are the article's header (headline, byline, date)… */
const FIRST_PARAGRAPH = 120;
/** …when there are only a few of them. */
const MAX_HEADER_BLOCKS = 8;
const HEADER_LINE = 100;
/** A label is a line of at most this many words and letters. */
const LABEL_WORDS = 3;
const LABEL_LETTERS = 25;

// Chinese, Japanese and Korean say in one character what alphabets say in about three.
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;
function weightedLength(text: string): number {
  return text.length + 2 * (text.match(CJK)?.length ?? 0);
}

// Bylines, datelines and labels as the header above an article writes them, in the languages most seen.
const META_LINE =
  /^(?:by|from|updated|published|posted|written by|last updated|photo|image|credit|source|von|par|por|di|door)\b|\b(?:19|20)\d\d\b|\d{1,2}:\d\d|^\P{L}*$/iu;

export interface OurReading {
  blocks: Block[];
  root: Element | null;
  score: ScoreResult;
}

function dropHeader(blocks: Block[]): Block[] {
  const firstParagraph = blocks.findIndex((b) => b.kind === 'p' && weightedLength(b.text) >= FIRST_PARAGRAPH);
  if (firstParagraph <= 0 || firstParagraph > MAX_HEADER_BLOCKS) return blocks;
  const header = blocks.slice(0, firstParagraph).filter((b) => {
    if (b.kind === 'h' || b.kind === 'caption') return false;
    const label = b.text.split(' ').length <= LABEL_WORDS && b.text.length <= LABEL_LETTERS;
    return !(weightedLength(b.text) <= HEADER_LINE && (META_LINE.test(b.text) || label));
  });
  return [...header, ...blocks.slice(firstParagraph)];
}

export function readWithScorer(doc: Document): OurReading {
  const body = doc.body ?? doc.documentElement;
  const score = scoreDocument(body);
  const root = score.root;
  if (!root) return { blocks: [], root: null, score };
  const rootGood = score.stats.get(root)?.good ?? 0;
  // Chrome inside the chosen subtree is left out, unless it holds most of the article (a wrapper whose
  // name happens to contain "sidebar" or "meta").
  const skip = (el: Element) => {
    const st = score.stats.get(el);
    return st !== undefined && st.chrome && st.good < rootGood / 2;
  };
  return { blocks: tidyBlocks(collectBlocks(root, { skip })), root, score };
}

/**
 * Leaves out the headline, link lists and the header lines above the text. A link line under a «بیشتر
 * بخوانید:» label standing alone stays: it is a related link, which the body rules take out of the text.
 */
export function tidyBlocks(blocks: Block[]): Block[] {
  return dropHeader(
    blocks.filter((b, i) => {
      if (b.el?.tagName === 'H1') return false;
      if (b.linkChars / Math.max(1, b.text.length) <= MAX_BLOCK_LINK_DENSITY) return true;
      const before = blocks[i - 1];
      return before !== undefined && judgeBlock(before.text, false).kind === 'related-label';
    }),
  );
}
