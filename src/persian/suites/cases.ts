import { readFileSync } from 'node:fs';
import { normalizeDisplay, searchKey } from '../normalize.ts';
import { stem } from '../stem.ts';
import { sentences, words } from '../tokenize.ts';

// The harness over ../shared/corpora/persian-cases/: each row goes through the Khabar function that does
// the same job. Components with no such function (conjugation tables, lemmatizers, maskers, n-grams) are
// reported as not covered rather than forced onto something else.

export interface Row {
  suite: string;
  component: string;
  input: string;
  expected: string;
  xfail: boolean;
  mustNotEqual: boolean;
}

type Runner = (input: unknown) => unknown;

const display: Runner = (x) => (Array.isArray(x) ? x.map((s) => normalizeDisplay(String(s))) : normalizeDisplay(String(x)));
const tokenSpacing: Runner = (x) => (Array.isArray(x) && x.length ? normalizeDisplay(x.join(' ')).split(' ') : x);
const stemmer: Runner = (x) => stem(String(x));
const wordTokens: Runner = (x) => words(String(x));
const sentenceTokens: Runner = (x) => sentences(String(x));
const key: Runner = (x) => searchKey(String(x));

/** Component name (without options and tags) → the Khabar function; the first matching prefix wins. */
const ROUTES: [RegExp, Runner][] = [
  [/^Normalizer\.token_spacing$/, tokenSpacing],
  [/^Normalizer\./, display],
  [/^Stemmer\.stem$/, stemmer],
  [/^WordTokenizer\.tokenize$/, wordTokens],
  [/^SentenceTokenizer\.tokenize$/, sentenceTokens],
  [/^Parsivar\.Normalizer$/, display],
  [/^Parsivar\.Dic\d_new$/, display],
  [/^Parsivar\.Tokenizer\.tokenize_sentences$/, sentenceTokens],
  [/^Parsivar\.Tokenizer\.tokenize_words$/, wordTokens],
  [/^Lucene\.PersianNormalizationFilter$/, key],
  [/^Lucene\.PersianStemFilter$/, stemmer],
  [/^Lucene\.PersianCharFilter\+MockTokenizer$/, wordTokens],
  [/^shekar\.(Normalizer|SpacingNormalizer|PunctuationSpacingNormalizer|OrthographicSpacingNormalizer|VerbalSpacingNormalizer|WordSpacingNormalizer|AlphabetNormalizer|ArabicUnicodeNormalizer|DigitNormalizer|PunctuationNormalizer|RepeatedLetterNormalizer|DiacriticRemover|YaNormalizer)$/, display],
  [/^shekar\.Stemmer$/, stemmer],
  [/^shekar\.SentenceTokenizer$/, sentenceTokens],
  [/^shekar\.WordTokenizer$/, wordTokens],
];

/** The component without its options, tags and method suffixes that do not change the job. */
export function baseComponent(component: string): string {
  const bare = component.replace(/\[[^\]]*\]/g, '').replace(/\(.*\)/, '');
  if (bare.startsWith('Conjugation.')) return 'Conjugation';
  // Shekar and Parsivar name the same job with or without its method; hazm's methods are distinct jobs.
  return /^(Parsivar|shekar)\./.test(bare) ? bare.replace(/\.(fit_transform|transform|tokenize|normalize)$/, '') : bare;
}

export function runnerFor(row: Row): Runner | null {
  const base = baseComponent(row.component);
  // Options that switch on masking, replacing or a pinglish converter are other jobs.
  if (/replace_|separate_emoji|join_abbreviations|pinglish|date_normalizing|statistical_space|style='joda'/.test(row.component)) return null;
  for (const [pattern, run] of ROUTES) if (pattern.test(base)) return run;
  return null;
}

function unescape(field: string): string {
  return field.replace(/\\([\\tnr])/g, (_, c: string) => ({ '\\': '\\', t: '\t', n: '\n', r: '\r' })[c] ?? c);
}

function parseValue(field: string): unknown {
  const text = unescape(field);
  if (/^\[.*\]$/s.test(text)) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}

export function readSuite(dir: URL, file: string): Row[] {
  const lines = readFileSync(new URL(file, dir), 'utf8').split('\n').slice(1);
  const rows: Row[] = [];
  for (const line of lines) {
    if (!line) continue;
    const [component = '', input = '', expected = ''] = line.split('\t');
    rows.push({ suite: file, component, input, expected, xfail: component.includes('[xfail]'), mustNotEqual: component.includes('[must-not-equal]') });
  }
  return rows;
}

export function run(row: Row, runner: Runner): { actual: string; passed: boolean } {
  const actual = JSON.stringify(runner(parseValue(row.input)));
  const expected = JSON.stringify(parseValue(row.expected));
  return { actual, passed: row.mustNotEqual ? actual !== expected : actual === expected };
}
