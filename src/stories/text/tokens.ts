import { fold } from './fold.ts';

/**
 * Words of a text in their folded form: one spelling for ی/ي, ک/ك, ZWNJ or none, diacritics or none,
 * any digit script, with numbers kept whole («۴٫۷» is one token «4.7», «۸۷٬۴۰۰» is «87400»).
 */
export function tokens(text: string): string[] {
  const f = fold(text);
  return f ? f.split(' ') : [];
}
