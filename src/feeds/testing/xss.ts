import { decodeHTML } from 'entities';
import type { ParsedFeed } from '../../model/types.ts';

// What must never survive into any field Khabar keeps from a feed: scripts, event handlers, javascript:/vbscript:/
// data: URLs, and elements that run, embed, style, frame or submit.
const DANGEROUS = ['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input', 'button', 'textarea', 'select', 'style', 'link', 'meta', 'base', 'svg', 'math', 'template', 'noscript', 'xml', 'import'];
const DANGEROUS_TAG = new RegExp(`<\\s*/?\\s*(${DANGEROUS.join('|')})\\b`, 'i');
const HANDLER = /<[^>]*\son[a-z]+\s*=/i;
const BAD_SCHEME = /^(javascript|vbscript|data|livescript|mocha):/i;
// eslint-disable-next-line no-control-regex
const strip = (s: string) => decodeHTML(s).replace(/[\u0000-\u0020\u007f]+/g, '');

function urlAttributes(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src|action|formaction|background|dynsrc|lowsrc|poster|xlink:href|srcset)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

/** The problems in one string field: a description for each dangerous thing found. */
export function dangersIn(value: string, kind: 'html' | 'text' | 'url'): string[] {
  const found: string[] = [];
  if (kind === 'url') {
    if (BAD_SCHEME.test(strip(value))) found.push(`unsafe URL ${value.slice(0, 60)}`);
    return found;
  }
  const tag = DANGEROUS_TAG.exec(value);
  if (tag) found.push(`<${tag[1]}> element`);
  if (HANDLER.test(value)) found.push('event handler attribute');
  if (/\bstyle\s*=/i.test(value) && kind === 'html') found.push('style attribute');
  for (const url of kind === 'html' ? urlAttributes(value) : []) {
    if (BAD_SCHEME.test(strip(url))) found.push(`unsafe URL ${url.slice(0, 60)}`);
  }
  if (kind === 'text' && /javascript:|vbscript:/i.test(value)) found.push('script URL in text');
  return found;
}

/** Every dangerous thing in any field of a parsed feed, as `field: problem` lines. */
export function dangersInFeed(feed: ParsedFeed): string[] {
  const out: string[] = [];
  const check = (field: string, value: string | null, kind: 'html' | 'text' | 'url') => {
    for (const d of value ? dangersIn(value, kind) : []) out.push(`${field}: ${d}`);
  };
  check('title', feed.title, 'text');
  check('link', feed.link, 'url');
  feed.items.forEach((item, i) => {
    check(`items[${i}].title`, item.title, 'text');
    check(`items[${i}].summary`, item.summary, 'text');
    check(`items[${i}].author`, item.author, 'text');
    check(`items[${i}].link`, item.link, 'url');
    check(`items[${i}].id`, item.id, 'url');
    check(`items[${i}].contentHtml`, item.contentHtml, 'html');
    item.categories.forEach((c) => check(`items[${i}].categories`, c, 'text'));
    item.enclosures.forEach((e) => check(`items[${i}].enclosures`, e.url, 'url'));
  });
  return out;
}
