// The generic path for pages no site rule knows: our scorer first, Readability as a second opinion when our
// reading is in doubt, and the choice between the two made on the rules trafilatura uses.
import type { Block } from '../blocks.ts';
import { readWithScorer, tidyBlocks } from './ours.ts';
import { readabilityWork, withinBudget } from './budget.ts';
import { readWithReadability } from './readability.ts';

/** trafilatura's MIN_EXTRACTED_SIZE: below this many characters an extraction is suspect. */
const MIN_EXTRACTED_SIZE = 250;
/** We ask for a second opinion below this length, or when our pick is the whole page. */
const DOUBT_LENGTH = 2 * MIN_EXTRACTED_SIZE;

export type Engine = 'khabar' | 'readability';

export interface GenericReading {
  blocks: Block[];
  engine: Engine;
  /** True when Readability was consulted. */
  secondOpinion: boolean;
}

function textLength(blocks: Block[]): number {
  let n = 0;
  for (const b of blocks) if (b.kind !== 'caption') n += b.text.length + 1;
  return Math.max(0, n - 1);
}

function paragraphText(blocks: Block[]): number {
  let n = 0;
  for (const b of blocks) if (b.kind === 'p') n += b.text.length;
  return n;
}

/**
 * Which reading to keep, after trafilatura's compare_extraction: the longer one when one is more than twice
 * the other; Readability's when ours is empty, or has no <p> text, or is mostly table cells; ours otherwise.
 */
export function chooseReading(ours: Block[], theirs: Block[]): Engine {
  const lenOurs = textLength(ours);
  const lenTheirs = textLength(theirs);
  if (lenTheirs === 0 || lenTheirs === lenOurs) return 'khabar';
  if (lenOurs === 0) return 'readability';
  if (lenOurs > 2 * lenTheirs) return 'khabar';
  if (lenTheirs > 2 * lenOurs) return 'readability';
  if (paragraphText(ours) === 0 && lenTheirs > 2 * MIN_EXTRACTED_SIZE) return 'readability';
  const paragraphs = ours.filter((b) => b.kind === 'p' && b.parent.closest('table') === null).length;
  const inTable = ours.some((b) => b.parent.closest('table') !== null);
  if (inTable && paragraphs < 3 && lenTheirs > 2 * MIN_EXTRACTED_SIZE) return 'readability';
  return 'khabar';
}

export function readGeneric(doc: Document, html: string, url: string): GenericReading {
  const ours = readWithScorer(doc);
  const body = doc.body ?? doc.documentElement;
  const doubtful = textLength(ours.blocks) < DOUBT_LENGTH || ours.root === body || ours.root === doc.documentElement;
  // A page past Readability's budget (./budget.ts) keeps our reading: on such pages it ran for minutes.
  if (!doubtful || !withinBudget(readabilityWork(doc.documentElement))) return { blocks: ours.blocks, engine: 'khabar', secondOpinion: false };
  // As trafilatura sanitizes what Readability returns, its blocks get the same tidying as ours.
  const theirs = tidyBlocks(readWithReadability(html, url));
  const engine = chooseReading(ours.blocks, theirs);
  return { blocks: engine === 'khabar' ? ours.blocks : theirs, engine, secondOpinion: true };
}
