import { decodeHTML } from 'entities';

const BLOCK = /<\/?(p|div|br|li|h[1-6]|tr|blockquote|section|article)\b[^>]*>/gi;

/** HTML (or entity-laden text) to plain text: tags dropped, entities decoded, white space folded. */
export function htmlToText(html: string): string {
  const withoutHidden = html.replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, ' ');
  const text = decodeHTML(withoutHidden.replace(BLOCK, ' ').replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]*>/g, ''));
  return text.replace(/\s+/g, ' ').trim();
}
