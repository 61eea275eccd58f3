import { ZWNJ } from './chars.ts';
import { isKnownWord } from './lexicons.ts';

// Suffixes a light stemmer takes off, longest first. Inflection only: plural, comparative, possessive
// clitics, indefinite/ezafe yeh. Derivation (-ی of adjectives, -گر, -ستان) is left alone unless the
// stem it leaves is a known word.
const ZWNJ_SUFFIXES = [
  'هایمان', 'هایتان', 'هایشان', 'هامون', 'هاتون', 'هاشون', 'هایم', 'هایت', 'هایش', 'هایی', 'های', 'هام', 'هات', 'هاش', 'ها',
  'ترین', 'تر', 'مان', 'تان', 'شان', 'ام', 'ات', 'اش', 'ای', 'ایم', 'اید', 'اند', 'ی',
];
const PLURAL_HA = ['هایمان', 'هایتان', 'هایشان', 'هامون', 'هاتون', 'هاشون', 'هایم', 'هایت', 'هایش', 'هایی', 'های', 'ها'];
// Attached suffixes, each tried only if what is left is a known word (the dictionary guard).
const GUARDED: [string, string][] = [
  ['ترین', ''], ['تر', ''], ['گان', 'ه'], ['یان', ''], ['ان', ''], ['ات', ''], ['یون', ''], ['ون', ''],
  ['مان', ''], ['تان', ''], ['شان', ''], ['یی', ''], ['ی', ''], ['م', ''], ['ت', ''], ['ش', ''],
];

function fold(w: string): string {
  return w.replace(/ي|ى/g, 'ی').replace(/ك/g, 'ک').replace(/ۀ/g, 'ه').replace(/[\u064B-\u065F\u0670]/g, '');
}

/**
 * A light stem: inflectional suffixes off, guarded by the lexicon so that words which merely end like a
 * suffix keep their shape («تهران», «پایان», «زعفران»). Idempotent on its own output.
 */
export function stem(word: string): string {
  const w = fold(word.trim());
  if (!w || isKnownWord(w)) return w || word;
  return stripZwnjSuffix(w) ?? stripAttached(w) ?? w;
}

function stripZwnjSuffix(w: string): string | null {
  const cut = w.lastIndexOf(ZWNJ);
  if (cut <= 0) return null;
  const head = w.slice(0, cut);
  const tail = w.slice(cut + 1);
  if (!ZWNJ_SUFFIXES.includes(tail)) return stripAttached(w);
  return stem(head);
}

function stripAttached(w: string): string | null {
  for (const suffix of PLURAL_HA) {
    if (!w.endsWith(suffix)) continue;
    const head = w.slice(0, -suffix.length);
    // Plural -ها written attached: safe when at least three letters stay («تنها», «بها», «رها» do not).
    if (head.length >= 3 || isKnownWord(head)) return stem(head);
  }
  for (const [suffix, replacement] of GUARDED) {
    if (!w.endsWith(suffix) || w.length - suffix.length < 2) continue;
    const head = w.slice(0, -suffix.length) + replacement;
    if (isKnownWord(head)) return head;
    const inner = head.endsWith('ه') || head.length < 3 ? null : stripAttached(head);
    if (inner && isKnownWord(inner)) return inner;
  }
  const colloquial = w.replace(/ون(?=[^ون]*$)/, 'ان');
  if (colloquial !== w && isKnownWord(colloquial)) return colloquial;
  return null;
}
