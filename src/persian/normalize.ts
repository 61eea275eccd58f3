import { runPipeline } from './pipeline.ts';

/**
 * The form readers see: Persian letters and digits, diacritics and invisible marks settled, punctuation and
 * spacing tidied, lost ZWNJ restored. Line breaks are kept: one line in, one line out.
 */
export function normalizeDisplay(input: string): string {
  return runPipeline(input, false);
}

/**
 * The folded form for indexing and matching: the display form with letter variants, digits, diacritics and
 * case folded, and ZWNJ settled so that «پیش‌نویس», «پیشنویس» and «پیش نویس» give one key. Tokens are
 * joined by single spaces.
 */
export function searchKey(input: string): string {
  return runPipeline(input, true);
}
