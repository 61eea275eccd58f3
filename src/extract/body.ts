import type { RelatedLink } from '../model/types.ts';
import { normalizeDisplay } from '../persian/index.ts';
import { judgeBlock, linksOf } from './boilerplate.ts';

const BLOCK_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'LI', 'FIGCAPTION', 'PRE', 'TD']);
const HEADING = /^H[1-6]$/;
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'FORM', 'BUTTON', 'INPUT', 'SELECT', 'NAV', 'ASIDE', 'FOOTER']);

export interface BodyBlock {
  heading: boolean;
  /** The text as the page wrote it, before display normalization. */
  raw: string;
  text: string;
  html: string;
}

export interface Body {
  blocks: BodyBlock[];
  related: RelatedLink[];
}

/** Leaf blocks of a container: block elements holding text directly, and text runs in divs split by <br>. */
function collectBlocks(container: Element): Element[] {
  const out: Element[] = [];
  const walk = (el: Element) => {
    for (const child of el.children) {
      if (SKIP_TAGS.has(child.tagName)) continue;
      if (BLOCK_TAGS.has(child.tagName) && !child.querySelector('p, h2, h3, h4, li, blockquote')) out.push(child);
      else walk(child);
    }
  };
  walk(container);
  return out.length ? out : [container];
}

function blockHtml(el: Element, heading: boolean): string {
  const tag = heading ? 'h2' : el.tagName === 'BLOCKQUOTE' ? 'blockquote' : 'p';
  return `<${tag}>${el.innerHTML}</${tag}>`;
}

/**
 * Turns a body container into paragraphs and sub-headings, stopping at the agency's end marker and keeping
 * «بیشتر بخوانید» blocks as related links instead of text.
 */
export function readBody(container: Element, baseUrl: string): Body {
  const elements = collectBlocks(container);
  const blocks: BodyBlock[] = [];
  const related: RelatedLink[] = [];
  for (const [i, el] of elements.entries()) {
    const raw = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    const verdict = judgeBlock(raw, i === elements.length - 1);
    if (verdict.kind === 'end') break;
    if (verdict.kind === 'related') related.push(...linksOf(el, baseUrl));
    if (verdict.kind !== 'keep') continue;
    const heading = HEADING.test(el.tagName);
    blocks.push({ heading, raw, text: normalizeDisplay(raw), html: blockHtml(el, heading) });
  }
  return { blocks, related };
}
