import { ZWNJ } from './chars.ts';

// URLs and e-mails are one token each. A word is a run of letters, marks, digits and inner ZWNJ; digits keep their decimal and thousands
// separators (۲٫۷، ۱۵٬۰۰۰، 4.5), and Latin codes keep inner hyphens (MiG-29, H5N1).
const WORD =
  /(?:https?:\/\/|www\.)[^\s«»"'<>()]+[^\s«»"'<>().,،؛!?؟]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[\p{N}]+(?:[.,٫٬/][\p{N}]+)*|[A-Za-z0-9]+(?:[-_.'][A-Za-z0-9]+)*|[\p{L}\p{M}\p{N}\u200C]+/gu;

/** Word tokens in reading order: ZWNJ compounds stay whole, punctuation and spaces are dropped. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const w = trimZwnj(m[0]);
    if (w) out.push(w);
  }
  return out;
}

function trimZwnj(w: string): string {
  let a = 0;
  let b = w.length;
  while (a < b && w[a] === ZWNJ) a++;
  while (b > a && w[b - 1] === ZWNJ) b--;
  return w.slice(a, b);
}

const TERMINAL = new Set(['.', '!', '?', '؟', '…']);
const CLOSERS = new Set(['»', '"', "'", ')', ']', '”', '’']);
// Dotted abbreviations that do not end a sentence: Persian date eras and honorifics, Latin titles.
const ABBREVIATION = /(?:^|[\s(«])(?:[\p{L}]\.){1,3}$|(?:^|\s)(?:ه\.ش|ه\.ق|ق\.م|ق\.ظ|ب\.ظ|ج\.ا\.ا|Mr|Mrs|Ms|Dr|Prof|St|etc|vs|Inc|Ltd|Co)\.$/u;

/**
 * Sentences with their closing punctuation, trimmed. A full stop between digits (۴.۵) or after an
 * abbreviation (ه.ش.، Dr.) does not end a sentence, nor does punctuation inside «…» quotes; a line break does.
 */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  let quoteDepth = 0;
  const push = (end: number): void => {
    const s = text.slice(start, end).replace(/\s+/g, ' ').trim();
    if (s) out.push(s);
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (c === '«') quoteDepth++;
    else if (c === '»') {
      quoteDepth = Math.max(0, quoteDepth - 1);
      // «… می‌روم.» ends the sentence with its closing quote.
      if (quoteDepth === 0 && TERMINAL.has(text[i - 1] ?? '')) push(i + 1);
    } else if (c === '\n') {
      push(i + 1);
      quoteDepth = 0;
    } else if (TERMINAL.has(c) && quoteDepth === 0) {
      if (c === '.' && isInnerDot(text, i, start)) continue;
      let end = i + 1;
      while (end < text.length && (TERMINAL.has(text[end] ?? '') || CLOSERS.has(text[end] ?? ''))) end++;
      push(end);
      i = end - 1;
    }
  }
  push(text.length);
  return out;
}

function isInnerDot(text: string, i: number, start: number): boolean {
  const before = text[i - 1] ?? '';
  const after = text[i + 1] ?? '';
  if (/\p{N}/u.test(before) && /\p{N}/u.test(after)) return true;
  if (/[\p{L}\p{N}]/u.test(after)) return true; // a dot inside a token: URL, e-mail, ج.ا.ا
  return ABBREVIATION.test(text.slice(Math.max(start, i - 12), i + 1));
}
