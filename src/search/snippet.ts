// Stored text is already in display form, so folding it is its search key (searchKey = foldKey ∘ normalizeDisplay),
// at a tenth of the cost: snippets fold thousands of words per page of results.
import { foldKey } from '../persian/key.ts';

const WINDOW = 30;
const MAX_WORDS = 600;

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/**
 * A short passage of the article around the densest cluster of the query's words, as HTML: text escaped,
 * each matching word in <mark>. Words are compared by search key, so «کتاب‌ها» is marked for «کتابها». `keys` caches
 * each word's key across the snippets of one page.
 */
export function snippetHtml(text: string, tokens: ReadonlySet<string>, keys = new Map<string, string[]>()): string {
  const words = text.split(/\s+/).filter(Boolean).slice(0, MAX_WORDS);
  if (!words.length) return '';
  const hits = words.map((w) => {
    if (!tokens.size) return null;
    let k = keys.get(w);
    if (!k) keys.set(w, (k = foldKey(w).split(' ')));
    const found = k.filter((t) => tokens.has(t));
    return found.length ? found : null;
  });
  // The window with the most distinct query words, then the most matches; the first such window wins.
  let best = 0;
  let bestScore = -1;
  for (let start = 0; start < Math.max(1, words.length - WINDOW + 1); start++) {
    if (start > 0 && !hits[start + WINDOW - 1] && !hits[start - 1]) continue; // unchanged window
    const seen = new Set<string>();
    let n = 0;
    for (let i = start; i < Math.min(words.length, start + WINDOW); i++) {
      for (const t of hits[i] ?? []) seen.add(t);
      if (hits[i]) n++;
    }
    const score = seen.size * 1000 + n;
    if (score > bestScore) {
      bestScore = score;
      best = start;
    }
  }
  // Start a few words before the first match, so it is read in context.
  const first = hits.findIndex((h, i) => i >= best && h !== null);
  const start = first >= 0 ? Math.max(0, Math.min(best, first - 3)) : best;
  const end = Math.min(words.length, start + WINDOW);
  const out = words.slice(start, end).map((w, i) => (hits[start + i] ? `<mark>${escapeHtml(w)}</mark>` : escapeHtml(w)));
  return `${start > 0 ? '… ' : ''}${out.join(' ')}${end < words.length ? ' …' : ''}`;
}
