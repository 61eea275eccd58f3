// A container's text as a list of blocks: paragraphs, sub-headings, quotes, list items, captions. Runs of
// inline content between block elements (old table layouts, text split by <br><br>) become paragraphs too.

export type BlockKind = 'p' | 'h' | 'quote' | 'li' | 'caption' | 'pre';

export interface Block {
  kind: BlockKind;
  /** Text with white space folded to single spaces. */
  text: string;
  /** Characters of `text` inside links. */
  linkChars: number;
  /** The block's inner HTML, not yet sanitized. */
  html: string;
  anchors: Element[];
  /** The element the block is, or null for a run of inline content. */
  el: Element | null;
  /** The element the block was found in. */
  parent: Element;
}

/** Elements whose content is never text. */
export const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'CANVAS', 'VIDEO', 'AUDIO',
  'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'OPTION', 'MAP', 'HEAD', 'TITLE', 'META', 'LINK', 'DIALOG',
]);

const LEAF_BLOCKS: Record<string, BlockKind> = {
  P: 'p', H1: 'h', H2: 'h', H3: 'h', H4: 'h', H5: 'h', H6: 'h', LI: 'li', DD: 'p', DT: 'p',
  BLOCKQUOTE: 'quote', FIGCAPTION: 'caption', PRE: 'pre', CAPTION: 'caption',
};

/** Elements that start a new line, so inline runs end at them. */
const BLOCK_TAGS = new Set([
  ...Object.keys(LEAF_BLOCKS), 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'NAV', 'ASIDE', 'UL', 'OL',
  'DL', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH', 'FIGURE', 'FORM', 'FIELDSET', 'ADDRESS', 'HR',
  'CENTER', 'DETAILS', 'SUMMARY', 'HGROUP', 'BODY', 'HTML',
]);

/** Class names of image captions and credits. */
const CAPTION_NAME = /(?:^|[\s_-])(?:caption|credit|figcaption|photo-?credit|image-?credit|media-?credit)/i;

export function isBlockTag(tag: string): boolean {
  return BLOCK_TAGS.has(tag);
}

/** True when a block element sits anywhere inside `el` (a walk over elements only, cheaper than a query). */
export function hasBlockInside(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (BLOCK_TAGS.has(c.tagName) || (c.firstElementChild !== null && hasBlockInside(c))) return true;
  }
  return false;
}

function holdsParagraphBreaks(el: Element): boolean {
  return el.firstElementChild !== null && el.querySelectorAll('br').length >= 2;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

interface Collected {
  text: string;
  linkChars: number;
  anchors: Element[];
}

/** Text of inline content: <br> and nested blocks become spaces; links are counted. */
function inlineText(nodes: Iterable<ChildNode>, acc: Collected, inLink: boolean): void {
  for (const n of nodes) {
    if (n.nodeType === TEXT_NODE) {
      const t = (n as Text).data;
      acc.text += t;
      if (inLink) acc.linkChars += t.replace(/\s+/g, '').length;
      continue;
    }
    if (n.nodeType !== ELEMENT_NODE) continue;
    const el = n as Element;
    const tag = el.tagName;
    if (SKIP_TAGS.has(tag)) continue;
    if (tag === 'BR' || BLOCK_TAGS.has(tag)) acc.text += ' ';
    const isLink = tag === 'A';
    if (isLink) acc.anchors.push(el);
    inlineText(el.childNodes, acc, inLink || isLink);
    if (BLOCK_TAGS.has(tag)) acc.text += ' ';
  }
}

export function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function makeBlock(kind: BlockKind, nodes: Iterable<ChildNode>, html: string, el: Element | null, parent: Element): Block | null {
  const acc: Collected = { text: '', linkChars: 0, anchors: [] };
  inlineText(nodes, acc, false);
  const text = fold(acc.text);
  if (!text) return null;
  return { kind, text, linkChars: acc.linkChars, html, anchors: acc.anchors, el, parent };
}

export interface CollectOptions {
  /** Subtrees to leave out (chrome inside the container). */
  skip?: (el: Element) => boolean;
}

/** The blocks of a container, in reading order. */
export function collectBlocks(container: Element, opts: CollectOptions = {}): Block[] {
  const out: Block[] = [];
  const skip = opts.skip ?? (() => false);
  let run: ChildNode[] = [];
  let runKind: BlockKind | null = null;
  let runParent: Element = container;
  let brs = 0;

  const flush = () => {
    if (run.length) {
      const html = run.map((n) => (n.nodeType === TEXT_NODE ? escapeText((n as Text).data) : (n as Element).outerHTML ?? '')).join('');
      const b = makeBlock(runKind ?? 'p', run, html, null, runParent);
      if (b) out.push(b);
    }
    run = [];
    brs = 0;
  };

  const walk = (el: Element, kindInside: BlockKind | null) => {
    for (const n of el.childNodes) {
      if (!run.length) {
        runKind = kindInside === 'caption' || kindInside === 'quote' ? kindInside : null;
        runParent = el;
      }
      if (n.nodeType === TEXT_NODE) {
        const data = (n as Text).data;
        if (!run.length && !data.trim()) continue;
        if (data.trim()) brs = 0;
        run.push(n);
        continue;
      }
      if (n.nodeType !== ELEMENT_NODE) continue;
      const child = n as Element;
      const tag = child.tagName;
      if (SKIP_TAGS.has(tag)) continue;
      if (tag === 'BR') {
        // Two line breaks in a row end a paragraph, as old layouts write them.
        if (++brs >= 2) flush();
        else run.push(n);
        continue;
      }
      if (child.hasAttribute('hidden') || child.getAttribute('aria-hidden') === 'true' || skip(child)) {
        if (BLOCK_TAGS.has(tag)) flush();
        continue;
      }
      const leafKind = LEAF_BLOCKS[tag];
      if (!BLOCK_TAGS.has(tag)) {
        // Inline: part of the current run, unless it wraps blocks (<a><div>…</div></a>, <font><p>…</p></font>)
        // or paragraphs split by <br><br> (<font>…<br><br>…</font> on old sites).
        if (hasBlockInside(child) || holdsParagraphBreaks(child)) {
          flush();
          walk(child, kindInside);
          flush();
        } else {
          brs = 0;
          run.push(n);
        }
        continue;
      }
      flush();
      const inner = tag === 'FIGURE' || CAPTION_NAME.test(child.getAttribute('class') ?? '') ? 'caption' : kindInside;
      if (leafKind && !hasBlockInside(child)) {
        const kind = inner && leafKind !== 'h' ? inner : leafKind;
        const b = makeBlock(kind, child.childNodes, child.innerHTML, child, el);
        if (b) out.push(b);
      } else {
        walk(child, inner === 'caption' ? 'caption' : leafKind === 'quote' ? 'quote' : leafKind === 'li' ? 'li' : inner);
        flush();
      }
    }
  };
  walk(container, null);
  flush();
  return out;
}
