import { decodeHTML } from 'entities';

// One left-to-right pass, as an HTML tokenizer reads: a comment hides a "<script>" inside it, a script hides
// markup inside it, a quote starts an attribute value only after "=", and a "<" that opens no tag ("a < b") stays
// text.
const MARKUP =
  /<!--[\s\S]*?(?:-->|$)|<(script|style|noscript|template)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)|<(\/?)(p|div|br|li|h[1-6]|tr|td|blockquote|section|article|header|footer|ul|ol|table|title)\b[^>]*>|<\/?[A-Za-z][^\s/>]*(?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?)*\s*\/?>|<[/!?]?[A-Za-z][^>]*>|<![^>]*>/gi;
const LOOKS_LIKE_HTML = /<\/[a-z][\w-]*\s*>|<(?:br|img|hr|p)\b[^>]*>|&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;

/** HTML (or entity-laden text) to plain text: tags, comments and scripts dropped, entities decoded, space folded. */
export function htmlToText(html: string): string {
  if (!html.includes('<') && !html.includes('&')) return foldSpace(html);
  const text = html.includes('<') ? html.replace(MARKUP, (_m, hidden: string | undefined, _close, block: string | undefined) => (block ? ' ' : hidden ? ' ' : '')) : html;
  return foldSpace(decodeHTML(text));
}

// White space that foldSpace rewrites: two spaces in a row, or any white space (what `\s` matches) but the space.
// Spelled out rather than written `\s`, the pattern runs about twice as fast on Persian text, and most text has
// none: testing first spares the replacement its scan.
const TO_FOLD = /[\t-\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/;

/** White space folded to single spaces and trimmed. Single spaces are left alone: rewriting each costs. */
export function foldSpace(s: string): string {
  return (TO_FOLD.test(s) ? s.replace(/\s{2,}|[^\S ]/g, ' ') : s).trim();
}

/** Whether a string of unknown type (an RSS title) is HTML: a closing tag, a line break or image, or an entity. */
export function looksLikeHtml(s: string): boolean {
  return LOOKS_LIKE_HTML.test(s);
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}
