import { sanitizeArticleHtml } from '../sanitize/index.ts';
import type { Block } from './blocks.ts';
import { normalizeText } from './fields.ts';

// Text between tags, with the white space around it kept apart so that words beside a tag stay separate.
const TEXT_BETWEEN_TAGS = /(^|>)(\s*)([^<]*?)(\s*)(?=<|$)/g;

/** A block's inner HTML with its text in display form (Persian text normalized, as `text` is). */
function normalizedInner(html: string): string {
  return html
    .replace(/(?:\s|<br\s*\/?>)+$/i, '')
    .trim()
    .replace(TEXT_BETWEEN_TAGS, (_, open: string, before: string, text: string, after: string) =>
      `${open}${before ? ' ' : ''}${text ? normalizeText(text) : ''}${after && text ? ' ' : ''}`,
    );
}

/** The block element's own dir and lang, which its rebuilt wrapper keeps. */
function direction(b: Block): string {
  let out = '';
  for (const name of ['dir', 'lang']) {
    const v = b.el?.getAttribute(name);
    if (v && /^[\w-]{1,16}$/.test(v)) out += ` ${name}="${v}"`;
  }
  return out;
}

function wrap(b: Block): string {
  const attrs = direction(b);
  if (b.kind === 'pre') return `<pre${attrs}>${b.html}</pre>`;
  const inner = normalizedInner(b.html);
  switch (b.kind) {
    case 'h':
      return `<h2${attrs}>${inner}</h2>`;
    case 'quote':
      return `<blockquote${attrs}><p>${inner}</p></blockquote>`;
    case 'caption':
      return `<figure><figcaption${attrs}>${inner}</figcaption></figure>`;
    default:
      return `<p${attrs}>${inner}</p>`;
  }
}

/** The article's HTML from its blocks: list items grouped back into lists, then sanitized (the last step). */
export function articleHtml(blocks: Block[], baseUrl: string): string {
  const out: string[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    if (b.kind !== 'li') {
      out.push(wrap(b));
      continue;
    }
    const ordered = b.el?.parentElement?.tagName === 'OL';
    const items: string[] = [];
    while (i < blocks.length && blocks[i]?.kind === 'li') items.push(`<li>${normalizedInner(blocks[i++]?.html ?? '')}</li>`);
    i--;
    out.push(`<${ordered ? 'ol' : 'ul'}>${items.join('')}</${ordered ? 'ol' : 'ul'}>`);
  }
  return sanitizeArticleHtml(out.join('\n'), baseUrl);
}
