import { normalizeDisplay, searchKey, toLatinDigits } from '../persian/index.ts';
import { parseDateFilter } from './dates.ts';

/**
 * A reader's query, parsed: what must match, what must not, and the filters. Every term is a list of
 * search-key tokens: one token is a word, several are a phrase (adjacent, in order). Parsing never fails:
 * a filter it cannot read becomes a warning and is left out.
 */
export interface ParsedQuery {
  must: string[][];
  not: string[][];
  sources: string[];
  /** ISO 8601 UTC: published at or after `since`, and before `until`. */
  since: string | null;
  until: string | null;
  warnings: string[];
}

const MAX_INPUT = 1000;
const MAX_TERMS = 32;

// Filter names, in English and in Persian («منبع:ایسنا», «از:۱۴۰۵/۰۹/۰۱», «تا:۱۴۰۵/۰۹/۳۰»).
const FILTERS: Record<string, 'source' | 'since' | 'until'> = {
  source: 'source', منبع: 'source', since: 'since', از: 'since', until: 'until', تا: 'until',
};
const OPEN_QUOTES: Record<string, string> = { '"': '"', '«': '»', '“': '”', '”': '”', '„': '“' };

const isQuote = (c: string) => Object.hasOwn(OPEN_QUOTES, c);

interface Piece {
  text: string;
  quoted: boolean;
  negated: boolean;
  filter: string | null;
}

/** Splits the input into words, quoted phrases, negations and `name:value` filters. */
function lex(input: string): Piece[] {
  const out: Piece[] = [];
  let i = 0;
  const s = input;
  const readQuoted = (open: string): string => {
    const close = OPEN_QUOTES[open] ?? '"';
    const end = s.indexOf(close, i + 1);
    const text = s.slice(i + 1, end < 0 ? s.length : end); // an unclosed quote runs to the end
    i = end < 0 ? s.length : end + 1;
    return text;
  };
  while (i < s.length) {
    const c = s[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    let negated = false;
    if ((c === '-' || c === '−') && i + 1 < s.length && !/\s/.test(s[i + 1]!)) {
      negated = true;
      i++;
    }
    const q = s[i]!;
    if (isQuote(q)) {
      out.push({ text: readQuoted(q), quoted: true, negated, filter: null });
      continue;
    }
    let j = i;
    while (j < s.length && !/\s/.test(s[j]!) && !(j > i && isQuote(s[j]!))) j++;
    const word = s.slice(i, j);
    i = j;
    const colon = word.indexOf(':');
    const key = word.slice(0, Math.max(0, colon)).toLowerCase();
    const name = colon > 0 && Object.hasOwn(FILTERS, key) ? FILTERS[key] : undefined;
    if (name && !negated) {
      let value = word.slice(colon + 1);
      if (!value && i < s.length && isQuote(s[i]!)) value = readQuoted(s[i]!);
      out.push({ text: value, quoted: false, negated: false, filter: name });
      continue;
    }
    out.push({ text: word, quoted: false, negated, filter: null });
  }
  return out;
}

/** The search-key tokens of a stretch of text, one list per display word (a compound keeps its parts together). */
function termsOf(text: string): string[][] {
  const terms: string[][] = [];
  for (const word of normalizeDisplay(text).split(/\s+/)) {
    const tokens = searchKey(word).split(' ').filter(Boolean);
    if (tokens.length) terms.push(tokens);
  }
  return terms;
}

function phraseOf(text: string): string[] {
  return searchKey(text).split(' ').filter(Boolean);
}

export function parseQuery(raw: string): ParsedQuery {
  const q: ParsedQuery = { must: [], not: [], sources: [], since: null, until: null, warnings: [] };
  let input = raw;
  if (input.length > MAX_INPUT) {
    q.warnings.push(`the query is longer than ${MAX_INPUT} characters; the rest was ignored`);
    input = input.slice(0, MAX_INPUT);
  }
  const pieces = lex(input);
  // Runs of plain words are read together, so the display pass restores a compound written apart
  // («پیش نویس») exactly as it does in stored text.
  let run: string[] = [];
  const flushRun = () => {
    if (run.length) q.must.push(...termsOf(run.join(' ')));
    run = [];
  };
  for (const p of pieces) {
    if (!p.filter && !p.quoted && !p.negated) {
      run.push(p.text);
      continue;
    }
    flushRun();
    if (p.filter) {
      applyFilter(q, p.filter as 'source' | 'since' | 'until', p.text);
    } else if (p.negated) {
      if (p.quoted) {
        const tokens = phraseOf(p.text);
        if (tokens.length) q.not.push(tokens);
      } else q.not.push(...termsOf(p.text));
    } else {
      const tokens = phraseOf(p.text);
      if (tokens.length) q.must.push(tokens);
    }
  }
  flushRun();
  q.must = dedupe(q.must);
  q.not = dedupe(q.not);
  if (q.must.length + q.not.length > MAX_TERMS) {
    q.warnings.push(`the query has more than ${MAX_TERMS} terms; the rest were ignored`);
    q.must = q.must.slice(0, MAX_TERMS);
    q.not = q.not.slice(0, Math.max(0, MAX_TERMS - q.must.length));
  }
  if (q.since && q.until && q.since >= q.until) q.warnings.push('since: is not before until:, so nothing can match');
  return q;
}

function dedupe(terms: string[][]): string[][] {
  const seen = new Set<string>();
  return terms.filter((t) => {
    const k = t.join(' ');
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function applyFilter(q: ParsedQuery, name: 'source' | 'since' | 'until', value: string): void {
  const v = toLatinDigits(value.trim());
  if (name === 'source') {
    const slugs = v.split(',').map((x) => x.trim().toLowerCase()).filter(Boolean);
    if (!slugs.length) q.warnings.push('source: needs an outlet, e.g. source:isna; the filter was ignored');
    for (const slug of slugs) if (!q.sources.includes(slug)) q.sources.push(slug);
    return;
  }
  const range = parseDateFilter(v);
  if (!range) {
    q.warnings.push(`${name}:${value}: not a date (write 1405/09/03 or 2026-11-24); the filter was ignored`);
    return;
  }
  if (name === 'since') q.since = range.start;
  else q.until = range.end;
}
