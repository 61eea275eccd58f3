import type { RelatedLink } from '../model/types.ts';
import type { Block } from './blocks.ts';
import { judgeBlock, linksOf } from './boilerplate.ts';

export interface Body {
  blocks: Block[];
  related: RelatedLink[];
  /** Names from «منبع: …» credit lines. */
  credits: string[];
}

function letters(s: string): number {
  return s.replace(/\s+/g, '').length;
}

/** A block that is nothing but a link: the item after a «بیشتر بخوانید:» label standing alone. */
function isLinkOnly(b: Block): boolean {
  return b.anchors.length > 0 && b.linkChars >= 0.8 * letters(b.text);
}

/**
 * Applies the Persian body rules to a container's blocks: the text stops at «انتهای پیام»; «بیشتر بخوانید»
 * lines (and the link lines under a label standing alone) become related links; promos, code and
 * short-link lines and a closing desk sign-off are dropped; credit lines are kept aside for attribution.
 */
export function cleanBody(blocks: Block[], baseUrl: string): Body {
  const kept: Block[] = [];
  const related: RelatedLink[] = [];
  const credits: string[] = [];
  let underLabel = false;
  // The text ends at the end marker; a sign-off is judged against the last block before it.
  let end = blocks.findIndex((b) => b.kind !== 'caption' && judgeBlock(b.text, false).kind === 'end');
  if (end < 0) end = blocks.length;
  for (let i = 0; i < end; i++) {
    const b = blocks[i] as Block;
    if (b.kind === 'caption') {
      kept.push(b);
      continue;
    }
    const verdict = judgeBlock(b.text, i === end - 1);
    if (underLabel && verdict.kind === 'keep' && isLinkOnly(b)) {
      related.push(...linksOf(b.anchors, baseUrl));
      continue;
    }
    underLabel = verdict.kind === 'related-label';
    if (verdict.kind === 'related' || verdict.kind === 'related-label') related.push(...linksOf(b.anchors, baseUrl));
    else if (verdict.kind === 'credit') credits.push(verdict.name);
    else if (verdict.kind === 'keep') kept.push(b);
  }
  return { blocks: kept, related, credits };
}
