import { fold, startsWithDigit } from './fold.ts';
import { findOffices, findPeople, samePerson } from './people.ts';
import { places } from './places.ts';
import { lexiconCues } from './lexicon-cues.ts';
import { WordSieve } from './word-sieve.ts';

/**
 * The facts that tell two look-alike events apart: a day («۳ آذر»), a weekday, a year, a magnitude or
 * rate with a decimal point, a match score, places and routes («قزوین–زنجان»). Two reports whose
 * anchors of one kind are both present and share nothing are different events, however alike their words.
 * People and ministries count too («منوچهر آذرپاد» is not «پرویز کاردان», «وزیر نفت» not «وزیر نیرو»).
 */
export interface Anchors {
  days: string[];
  weekdays: string[];
  years: string[];
  decimals: string[];
  scores: string[];
  places: string[];
  routes: string[];
  people: string[];
  offices: string[];
}

export type AnchorKind = keyof Anchors;
export const ANCHOR_KINDS: AnchorKind[] = ['days', 'weekdays', 'years', 'decimals', 'scores', 'places', 'routes', 'people', 'offices'];
/** Kinds read from the lead as well as the headline: who and where are often only in the lead. */
export const LEAD_KINDS = ['places', 'people', 'offices'] as const;

const NONE: string[] = Object.freeze([]) as unknown as string[];
/** The country most headlines name: sharing it says nothing. */
const HOME = fold('ایران');

/** Anchors with every kind empty; the lists are shared and frozen, so set a kind, never push to it. */
export function emptyAnchors(): Anchors {
  return { days: NONE, weekdays: NONE, years: NONE, decimals: NONE, scores: NONE, places: NONE, routes: NONE, people: NONE, offices: NONE };
}

const MONTHS = new Set(
  ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند'].map((m) => fold(m)),
);
const RANGE = new Set(['تا', 'و']);
const WEEKDAYS = new Set(['شنبه', 'یکشنبه', 'دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه'].map((d) => fold(d)));
const YEAR = /^\d{4}$/;
/** A solar hijri or a Gregorian year of the news. */
const isYear = (n: number) => (n >= 1300 && n <= 1499) || (n >= 1950 && n <= 2099);

/** Whether a term names a month, a weekday or a year: it tells when a thing happened, not what happened. */
export function isDateTerm(term: string): boolean {
  return YEAR.test(term) ? isYear(Number(term)) : MONTHS.has(term) || WEEKDAYS.has(term);
}

const WEEKDAY_PREFIX = new Set(['یک', 'دو', 'سه', 'چهار', 'پنج'].map((d) => fold(d)));
const SHANBEH = fold('شنبه');
const SMALL: Record<string, string> = { صفر: '0', یک: '1', دو: '2', سه: '3', چهار: '4', پنج: '5', شش: '6', هفت: '7' };
const SCORE_WORD = `(\\d{1,2}|${Object.keys(SMALL).join('|')})`;
// «۲ بر یک», «ایران ۲ - ازبکستان ۱» (a team's name between the goals: a bare «۱۶-۲۶» is a range)
const SCORE_BAR = new RegExp(`(?:^|[^\\d.])${SCORE_WORD}\\s+بر\\s+${SCORE_WORD}(?![\\d\\p{L}])`, 'gu');
/** What SCORE_BAR cannot match without: «بر» standing alone between spaces (`\s`, as `scoreMarks` reads it). */
const SPACED_BAR_MARK = 1;
/** What SCORE_DASH cannot match without: «-» or «–». */
const DASH_MARK = 2;
const SCORE_DASH = /(?:^|[^\d.])(\d{1,2})\s*[-–]\s*(?:[\p{L}\u200C]+\s+){1,2}?(\d{1,2})(?![\d.\p{L}])/gu;

/** SPACED_BAR_MARK when the text has «بر» between white space, DASH_MARK when it has a dash. */
function scoreMarks(text: string): number {
  let out = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2d || c === 0x2013) out |= DASH_MARK;
    else if (c === 0x628 && text.charCodeAt(i + 1) === 0x631 && i > 0 && isSpace(text.charCodeAt(i - 1)) && isSpace(text.charCodeAt(i + 2))) {
      out |= SPACED_BAR_MARK;
    }
  }
  return out;
}

/** The characters `\s` matches: ECMAScript's white space and line terminators (NaN, past the end: none). */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f ||
    c === 0x3000 || c === 0xfeff
  );
}

function score(a: string, b: string): string {
  return `${SMALL[a] ?? Number(a)}-${SMALL[b] ?? Number(b)}`;
}

/** Who and where, from a lead's folded tokens (its dates and numbers are background, not identity). */
export function findLeadAnchors(words: readonly string[]): Pick<Anchors, 'places' | 'people' | 'offices'> {
  const cues = lexiconCues(words);
  const g = places();
  const count = g.scan(words, cues);
  let found = NONE;
  if (count) {
    found = [];
    for (let k = 0; k < count; k++) found.push(g.hitKeys[k] as string);
  }
  return { places: found, people: findPeople(words, cues), offices: findOffices(words, cues) };
}

// The weekdays again: most words are none, and are turned away before a lookup.
const WEEKDAY_SIEVE = new WordSieve([...WEEKDAYS, SHANBEH]);
const DECIMAL = /^\d+\.\d+$/;
const INTEGER = /^\d+$/;

/** `list` with `value` added unless it has it: a new list for the shared empty one (see `emptyAnchors`). */
function put(list: string[], value: string): string[] {
  if (list === NONE) return [value];
  if (!list.includes(value)) list.push(value);
  return list;
}

/** Each value once, in order of first appearance (the list itself when it has no repeat). */
function unique(list: string[]): string[] {
  for (let i = 1; i < list.length; i++) {
    if (list.lastIndexOf(list[i] as string, i - 1) >= 0) return [...new Set(list)];
  }
  return list;
}

/** Anchors of a headline: `words` are its folded tokens, `text` the display text. */
export function findAnchors(words: readonly string[], text: string): Anchors {
  // Most kinds are empty in most headlines: they share one empty list (never written to; merges copy), and
  // a kind gets a list of its own with its first value.
  const a = emptyAnchors();
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    // Most words are not digits: the two expressions only for a word that begins with one.
    if (startsWithDigit(w)) {
      if (DECIMAL.test(w)) a.decimals = put(a.decimals, w);
      else if (INTEGER.test(w)) {
        const next = words[i + 1] ?? '';
        const n = Number(w);
        // «۱۶ اردیبهشت», and both ends of «۱۶ تا ۲۶ اردیبهشت» and «۱۸ و ۱۹ تیر»
        const month = MONTHS.has(next) ? next : RANGE.has(next) && MONTHS.has(words[i + 3] ?? '') ? words[i + 3] : undefined;
        if (n >= 1 && n <= 31 && month) a.days = put(a.days, `${n} ${month}`);
        else if (isYear(n)) a.years = put(a.years, w);
      }
    }
    // «سه‌شنبه» may arrive as «سه شنبه»: the prefix decides which day «شنبه» is.
    if (WEEKDAY_SIEVE.mayHave(w)) {
      if (w === SHANBEH && WEEKDAY_PREFIX.has(words[i - 1] ?? '')) a.weekdays = put(a.weekdays, `${words[i - 1]}${w}`);
      else if (WEEKDAYS.has(w)) a.weekdays = put(a.weekdays, w);
    }
  }
  // A score needs «بر» between spaces or a dash; most headlines have neither, and are spared the two
  // expressions. One pass over the characters looks for both (what three searches and SPACED_BAR did).
  const marks = scoreMarks(text);
  const bar = (marks & SPACED_BAR_MARK) !== 0;
  const dash = (marks & DASH_MARK) !== 0;
  if (bar || dash) {
    const latin = text.replace(/[۰-۹٠-٩]/g, (d) => String(d.charCodeAt(0) - (d >= '۰' ? 0x6f0 : 0x660)));
    if (bar) for (const m of latin.matchAll(SCORE_BAR)) a.scores = put(a.scores, score(m[1] ?? '', m[2] ?? ''));
    if (dash) for (const m of latin.matchAll(SCORE_DASH)) a.scores = put(a.scores, score(m[1] ?? '', m[2] ?? ''));
  }
  const cues = lexiconCues(words);
  const g = places();
  const count = g.scan(words, cues);
  for (let k = 0; k < count; k++) a.places = put(a.places, g.hitKeys[k] as string);
  for (let k = 1; k < count; k++) {
    const p = g.hitKeys[k - 1] as string;
    const q = g.hitKeys[k] as string;
    // Two places side by side name a road or a route, unless one holds the other («زرند کرمان»).
    if (g.hitAt[k] === (g.hitAt[k - 1] as number) + (g.hitLength[k - 1] as number) && !g.within(p).includes(q) && !g.within(q).includes(p)) {
      a.routes = put(a.routes, [p, q].sort().join('|'));
    }
  }
  // Each value once: `put` keeps it so; the people and offices found are looked at for repeats when
  // there are two or more.
  const people = findPeople(words, cues);
  const offices = findOffices(words, cues);
  if (people.length) a.people = people.length > 1 ? unique(people) : people;
  if (offices.length) a.offices = offices.length > 1 ? unique(offices) : offices;
  return a;
}

/**
 * The kinds on which two sets of anchors clash: both present, nothing in common. Places agree when one
 * holds the other (زرند and کرمان, تهران and ایران), not merely for sharing a country (تبریز and تهران).
 */
export function clashes(x: Anchors, y: Anchors, kinds: readonly AnchorKind[] = ANCHOR_KINDS): AnchorKind[] {
  const out: AnchorKind[] = [];
  for (const k of kinds) if (kindClashes(x, y, k)) out.push(k);
  return out;
}

/** True when the anchors clash on any of `kinds` (what `clashes` says, without listing them: a veto's question). */
export function anyClash(x: Anchors, y: Anchors, kinds: readonly AnchorKind[] = ANCHOR_KINDS): boolean {
  for (const k of kinds) if (kindClashes(x, y, k)) return true;
  return false;
}

function kindClashes(x: Anchors, y: Anchors, k: AnchorKind): boolean {
  const a = x[k];
  const b = y[k];
  if (!a.length || !b.length) return false;
  return !(k === 'places' ? placesAgree(a, b) : k === 'people' ? anySamePerson(a, b) : shareAny(a, b));
}

// The tests below are loops, not `some` with a closure: they run for every candidate story and copy.

/** True when the lists share a value. */
function shareAny(a: readonly string[], b: readonly string[]): boolean {
  for (const v of a) if (b.includes(v)) return true;
  return false;
}

/** True when some person of one list is some person of the other. */
function anySamePerson(a: readonly string[], b: readonly string[]): boolean {
  for (const p of a) for (const q of b) if (samePerson(p, q)) return true;
  return false;
}

/**
 * True when two sets of anchors share a fact that names the event: a day, a year, a magnitude, a score,
 * a route, a person, a ministry, or a place inside a country (sharing «ایران» or another country alone
 * says little: most headlines name one).
 */
export function corroborates(x: Anchors, y: Anchors): boolean {
  for (const k of ANCHOR_KINDS) {
    const a = x[k];
    const b = y[k];
    if (!a.length || !b.length) continue;
    if (k === 'places') {
      if (shareRelatedPlace(a, b, isNotHome)) return true;
    } else if (k === 'people') {
      if (anySamePerson(a, b)) return true;
    } else if (shareAny(a, b)) return true;
  }
  return false;
}

/**
 * The two name one town, county or province (a country is not enough: a strike in Dnipro and one in
 * Bryansk both name Russia and Ukraine) or one person.
 */
export function shareLocalFact(x: Anchors, y: Anchors): boolean {
  if (x.people.length && y.people.length && anySamePerson(x.people, y.people)) return true;
  return shareRelatedPlace(x.places, y.places, isLocalPlace);
}

const isNotHome = (p: string): boolean => p !== HOME;
const isLocalPlace = (p: string): boolean => places().isLocal(p);

/** True when a place of one list that `counts` is, or holds, or is held by one of the other's that it counts. */
function shareRelatedPlace(a: readonly string[], b: readonly string[], counts: (place: string) => boolean): boolean {
  const g = places();
  for (const p of a) {
    if (!counts(p)) continue;
    for (const q of b) if (counts(q) && g.related(p, q)) return true;
  }
  return false;
}

/** Places agree at the finest level both name: «ایران» beside «زرند» adds nothing against «بستک». */
function placesAgree(a: readonly string[], b: readonly string[]): boolean {
  const g = places();
  for (const p of a) {
    if (!finest(g, p, a)) continue;
    for (const q of b) if (finest(g, q, b) && g.related(p, q)) return true;
  }
  return false;
}

/** True when no place of `set` lies inside `p`. */
function finest(g: ReturnType<typeof places>, p: string, set: readonly string[]): boolean {
  for (const q of set) if (g.holds(p, q)) return false;
  return true;
}

/** True when a set names a place inside a country (a city or a province), not only countries. */
export function hasLocalPlace(set: readonly string[]): boolean {
  for (const p of set) if (places().isLocal(p)) return true;
  return false;
}

/** Adds `more` into `into`, keeping each value once. */
export function mergeAnchors(into: Anchors, more: Anchors): void {
  for (const k of ANCHOR_KINDS) {
    const add = more[k];
    if (!add.length) continue;
    // A copy of the story's list only when a value is new (the lists are shared, never written to).
    const have = into[k];
    let merged: string[] | null = null;
    for (const v of add) if (!have.includes(v)) (merged ??= have.slice()).push(v);
    if (merged) into[k] = merged;
  }
}
