// Maps the names in an article's attribution («به گزارش X به نقل از Y») to corpus outlet slugs through
// outlets.json aliases; names of outlets outside the corpus («رویترز») stay as written.
import type { Attribution, Outlet } from './model.ts';

/** Folds the spelling differences that do not change a name: Arabic letters, ZWNJ vs space, spacing. */
function fold(name: string): string {
  return name
    .replace(/ي/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/[\u200c\u200f\u200e]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Desk words that may precede the outlet's name: «خبرنگار مهر», «گروه سیاسی ایسنا», «سرویس ورزشی فارس». */
const DESK = /^(خبرنگار|گروه|سرویس|بخش|تحریریه|دبیرخانه|خبرگزاری)$/;

export function aliasIndex(outlets: Outlet[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const o of outlets) {
    for (const name of [o.nameFa, ...o.aliases]) index.set(fold(name), o.slug);
  }
  return index;
}

/** The slug for a source name, or the name itself when it is not a corpus outlet. */
export function resolveSource(name: string, index: Map<string, string>): string {
  const folded = fold(name);
  const direct = index.get(folded);
  if (direct) return direct;
  const inParens = /\(([^)]+)\)/.exec(folded)?.[1];
  if (inParens && index.has(inParens.trim())) return index.get(inParens.trim()) as string;
  // Drop a leading desk phrase: at most two words, the first of which is a desk word.
  const words = folded.split(' ');
  if (words.length > 1 && DESK.test(words[0] as string)) {
    for (const skip of [1, 2]) {
      const rest = words.slice(skip).join(' ');
      if (index.has(rest)) return index.get(rest) as string;
    }
  }
  return name;
}

export function resolveAttribution(at: Attribution, index: Map<string, string>): Attribution {
  return { reportedBy: resolveSource(at.reportedBy, index), quoting: at.quoting.map((q) => resolveSource(q, index)) };
}
