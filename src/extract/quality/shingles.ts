// The ScrapingHub article-extraction-benchmark metric (evaluate.py), ported: Unicode word tokens, 4-token
// shingles counted as multisets, true/false positives and false negatives per page normalized by their sum
// so long pages weigh no more than short ones, precision and recall macro-averaged over the pages that have
// them, and F1 from those two averages.

const TOKEN = /[\p{L}\p{N}_]+/gu;
const SHINGLE = 4;

export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

function shingles(text: string): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const out = new Map<string, number>();
  // As evaluate.py: a text shorter than one shingle still yields one shingle of all its tokens.
  const count = Math.max(1, tokens.length - SHINGLE + 1);
  for (let i = 0; i < count; i++) {
    const s = tokens.slice(i, i + SHINGLE);
    if (!s.length) continue;
    const key = s.join('\u0000');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** Shingle matching for one page, normalized to sum to 1 (all zero when both texts are empty). */
export function shingleCounts(truth: string, predicted: string): PageCounts {
  const t = shingles(truth);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const a = t.get(key) ?? 0;
    const b = p.get(key) ?? 0;
    tp += Math.min(a, b);
    fp += Math.max(0, b - a);
    fn += Math.max(0, a - b);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp: 0, fp: 0, fn: 0 };
}

export function precisionOf({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function recallOf({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** Macro precision over pages with something predicted, macro recall over pages with something true. */
export function macroScores(pages: PageCounts[]): Scores {
  const precision = mean(pages.filter((c) => c.tp + c.fp > 0).map(precisionOf));
  const recall = mean(pages.filter((c) => c.tp + c.fn > 0).map(recallOf));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
