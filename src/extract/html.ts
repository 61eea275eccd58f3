import { sanitizeArticleHtml } from '../sanitize/index.ts';
import type { Block } from './blocks.ts';
import { normalizeText } from './fields.ts';

/** `html` without the white space and <br>s that end it (a loop, not a regex: `(?:\s|<br>)+$` is quadratic on long runs). */
function trimTrailingBreaks(html: string): string {
  let out = html.trimEnd();
  for (;;) {
    const lt = out.lastIndexOf('<');
    if (lt < 0 || !/^<br\s*\/?>$/i.test(out.slice(lt))) return out;
    out = out.slice(0, lt).trimEnd();
  }
}

/** One run of text between tags, normalized, with the white space around it kept apart as one space. */
function normalizedRun(run: string): string {
  const text = run.trim();
  if (!text) return run ? ' ' : '';
  const before = text.length < run.length && run.trimStart().length < run.length;
  const after = run.trimEnd().length < run.length;
  return `${before ? ' ' : ''}${normalizeText(text)}${after ? ' ' : ''}`;
}

/**
 * A block's inner HTML with its text in display form (Persian text normalized, as `text` is), so that words beside
 * a tag stay separate. One pass with indexOf: a run of text starts at the start or after a tag's ">" and ends at
 * the next "<"; a "<" with no ">" after it leaves the rest as it is.
 */
function normalizedInner(html: string): string {
  const s = trimTrailingBreaks(html).trim();
  const out: string[] = [];
  let start = 0;
  for (;;) {
    const lt = s.indexOf('<', start);
    out.push(normalizedRun(s.slice(start, lt < 0 ? s.length : lt)));
    if (lt < 0) break;
    const gt = s.indexOf('>', lt);
    if (gt < 0) {
      out.push(s.slice(lt));
      break;
    }
    out.push(s.slice(lt, gt + 1));
    start = gt + 1;
  }
  return out.join('');
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
