import { fold, startsWithDigit } from './fold.ts';
import { findOffices, findPeople, samePerson } from './people.ts';
import { places } from './places.ts';
import { lexiconCues } from './lexicon-cues.ts';

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
const WEEKDAY_PREFIX = new Set(['یک', 'دو', 'سه', 'چهار', 'پنج'].map((d) => fold(d)));
const SHANBEH = fold('شنبه');
const SMALL: Record<string, string> = { صفر: '0', یک: '1', دو: '2', سه: '3', چهار: '4', پنج: '5', شش: '6', هفت: '7' };
const SCORE_WORD = `(\\d{1,2}|${Object.keys(SMALL).join('|')})`;
// «۲ بر یک», «ایران ۲ - ازبکستان ۱» (a team's name between the goals: a bare «۱۶-۲۶» is a range)
const SCORE_BAR = new RegExp(`(?:^|[^\\d.])${SCORE_WORD}\\s+بر\\s+${SCORE_WORD}(?![\\d\\p{L}])`, 'gu');
/** What SCORE_BAR cannot match without: «بر» standing alone between spaces. */
const SPACED_BAR = /\sبر\s/u;
const SCORE_DASH = /(?:^|[^\d.])(\d{1,2})\s*[-–]\s*(?:[\p{L}\u200C]+\s+){1,2}?(\d{1,2})(?![\d.\p{L}])/gu;

function score(a: string, b: string): string {
  return `${SMALL[a] ?? Number(a)}-${SMALL[b] ?? Number(b)}`;
}

/** Who and where, from a lead's folded tokens (its dates and numbers are background, not identity). */
export function findLeadAnchors(words: readonly string[]): Pick<Anchors, 'places' | 'people' | 'offices'> {
  const cues = lexiconCues(words);
  return { places: places().find(words, cues).map((h) => h.key), people: findPeople(words, cues), offices: findOffices(words, cues) };
}

/** Anchors of a headline: `words` are its folded tokens, `text` the display text. */
export function findAnchors(words: readonly string[], text: string): Anchors {
  const a: Anchors = { days: [], weekdays: [], years: [], decimals: [], scores: [], places: [], routes: [], people: [], offices: [] };
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    const next = words[i + 1] ?? '';
    // Most words are not digits: the two expressions only for a word that begins with one.
    const digits = startsWithDigit(w);
    if (digits && /^\d+\.\d+$/.test(w)) a.decimals.push(w);
    else if (digits && /^\d+$/.test(w)) {
      const n = Number(w);
      // «۱۶ اردیبهشت», and both ends of «۱۶ تا ۲۶ اردیبهشت» and «۱۸ و ۱۹ تیر»
      const month = MONTHS.has(next) ? next : RANGE.has(next) && MONTHS.has(words[i + 3] ?? '') ? words[i + 3] : undefined;
      if (n >= 1 && n <= 31 && month) a.days.push(`${n} ${month}`);
      else if ((n >= 1300 && n <= 1499) || (n >= 1950 && n <= 2099)) a.years.push(w);
    }
    // «سه‌شنبه» may arrive as «سه شنبه»: the prefix decides which day «شنبه» is.
    if (w === SHANBEH && WEEKDAY_PREFIX.has(words[i - 1] ?? '')) a.weekdays.push(`${words[i - 1]}${w}`);
    else if (WEEKDAYS.has(w)) a.weekdays.push(w);
  }
  // A score needs «بر» between spaces or a dash; most headlines have neither, and are spared the two
  // expressions. «بر» inside a word («خبر», «برای») is in one headline in four: the spaced test turns
  // those away before the score expression is tried at every character.
  const bar = text.includes('بر') && SPACED_BAR.test(text);
  const dash = text.includes('-') || text.includes('–');
  if (bar || dash) {
    const latin = text.replace(/[۰-۹٠-٩]/g, (d) => String(d.charCodeAt(0) - (d >= '۰' ? 0x6f0 : 0x660)));
    if (bar) for (const m of latin.matchAll(SCORE_BAR)) a.scores.push(score(m[1] ?? '', m[2] ?? ''));
    if (dash) for (const m of latin.matchAll(SCORE_DASH)) a.scores.push(score(m[1] ?? '', m[2] ?? ''));
  }
  const cues = lexiconCues(words);
  const hits = places().find(words, cues);
  for (const h of hits) a.places.push(h.key);
  for (let i = 1; i < hits.length; i++) {
    const p = hits[i - 1];
    const q = hits[i];
    // Two places side by side name a road or a route, unless one holds the other («زرند کرمان»).
    if (p && q && q.at === p.at + p.length && !p.within.includes(q.key) && !q.within.includes(p.key)) {
      a.routes.push([p.key, q.key].sort().join('|'));
    }
  }
  a.people = findPeople(words, cues);
  a.offices = findOffices(words, cues);
  // Most kinds are empty in most headlines: they share one empty list (never written to; merges copy).
  // A kind with one value is already each value once: only a longer list is run through a set.
  for (const k of ANCHOR_KINDS) a[k] = a[k].length > 1 ? [...new Set(a[k])] : a[k].length ? a[k] : NONE;
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
  return !(k === 'places' ? placesAgree(a, b) : k === 'people' ? a.some((p) => b.some((q) => samePerson(p, q))) : a.some((v) => b.includes(v)));
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
      if (a.some((p) => p !== HOME && b.some((q) => q !== HOME && places().related(p, q)))) return true;
    } else if (k === 'people') {
      if (a.some((p) => b.some((q) => samePerson(p, q)))) return true;
    } else if (a.some((v) => b.includes(v))) return true;
  }
  return false;
}

/** Places agree at the finest level both name: «ایران» beside «زرند» adds nothing against «بستک». */
function placesAgree(a: readonly string[], b: readonly string[]): boolean {
  // Loops, not filtered copies: this runs for every candidate story that names a place.
  const g = places();
  const fine = (p: string, set: readonly string[]) => {
    for (const q of set) if (g.holds(p, q)) return false;
    return true;
  };
  for (const p of a) {
    if (!fine(p, a)) continue;
    for (const q of b) if (fine(q, b) && g.related(p, q)) return true;
  }
  return false;
}

/** True when a set names a place inside a country (a city or a province), not only countries. */
export function hasLocalPlace(set: readonly string[]): boolean {
  return set.some((p) => places().isLocal(p));
}

/** Adds `more` into `into`, keeping each value once. */
export function mergeAnchors(into: Anchors, more: Anchors): void {
  for (const k of ANCHOR_KINDS) {
    if (!more[k].length) continue;
    const add = more[k].filter((v) => !into[k].includes(v));
    if (add.length) into[k] = [...into[k], ...add];
  }
}
