import { F, PLURAL, WORDS, preverbFormFlag } from './join-lexicon.ts';
import { ZWNJ, endsWith, joinsAfter, startsWith } from './join-scan.ts';
import { PREVERBS } from './lexicons.ts';
import { type Units, toUnits } from './units.ts';
import { hashRange } from './word-table.ts';

// ZWNJ restored inside one word written solid: «میشود», «پیشنویس», «کتابها», «بزرگتر». `fixWord` decides;
// where the word changes, the change is an edit (below) that `applyEdit` writes, so a word that stays as it
// is costs no writing at all.

const MIM = 0x645;
const NUN = 0x646;
const HEH = 0x647;
const ALEF = 0x627;

export const MI = toUnits('می');
export const NAMI = toUnits('نمی');
const MI_FORMS = [NAMI, MI];
export const PREVERB_UNITS = PREVERBS.map(toUnits);
const PREVERB_FIRST = new Uint8Array(65536);
for (const pv of PREVERB_UNITS) PREVERB_FIRST[pv[0]!] = 1;
const PLURAL_UNITS = PLURAL.map(toUnits);
const COMPARATIVES = [toUnits('ترین'), toUnits('تر')];
// Last letters of the endings the suffix split knows: ا ی ش م ت ن ر.
const ENDING_LAST = new Uint8Array(65536);
for (const c of [0x627, 0x6cc, 0x634, 0x645, 0x62a, 0x646, 0x631]) ENDING_LAST[c] = 1;
/** «ای», «ام», «ات», «اش» as two units in one number: the clitics written after silent «ه». */
const AFTER_HEH_2 = new Set(['ای', 'ام', 'ات', 'اش'].map((s) => s.charCodeAt(0) * 65536 + s.charCodeAt(1)));

/**
 * The word written anew: `prefix` (a lexicon form, or nothing), then the word's own units from `from` to its
 * end, with a ZWNJ before `zwnjAt` (-1 for none).
 */
export const edit = { prefix: '', from: 0, zwnjAt: -1 };

function setEdit(prefix: string, from: number, zwnjAt: number): true {
  edit.prefix = prefix;
  edit.from = from;
  edit.zwnjAt = zwnjAt;
  return true;
}

export function applyEdit(src: Uint16Array, b: number, out: Units): void {
  if (edit.prefix) out.pushString(edit.prefix);
  if (edit.zwnjAt < 0) return out.pushRange(src, edit.from, b);
  out.pushRange(src, edit.from, edit.zwnjAt);
  out.push(ZWNJ);
  out.pushRange(src, edit.zwnjAt, b);
}

/**
 * Whether the word src[a, b) changes, and if so how (in `edit`). `flags` and `e` are its entry in WORDS
 * (0 and -1 for none), `zwnj` the position of its first ZWNJ (-1 for none).
 */
export function fixWord(src: Uint16Array, a: number, b: number, flags: number, e: number, zwnj: number): boolean {
  if (flags & F.Solid) return setEdit(WORDS.values[e]!, b, -1);
  if (flags & F.Known) return false;
  if (zwnj > a) {
    // A word that has a ZWNJ already: only its head may be a compound written solid.
    const head = WORDS.find(src, a, zwnj, hashRange(src, a, zwnj));
    return head >= 0 && (WORDS.flags[head]! & F.Solid) !== 0 && setEdit(WORDS.values[head]!, zwnj, -1);
  }
  const first = src[a]!;
  if (first === MIM || first === NUN) {
    for (const mi of MI_FORMS) {
      if (startsWith(src, a, b, mi) && WORDS.flagsOf(src, a + mi.length, b) & F.Verb) return setEdit('', a, a + mi.length);
    }
  }
  if (PREVERB_FIRST[first]) {
    for (let k = 0; k < PREVERB_UNITS.length; k++) {
      const pv = PREVERB_UNITS[k]!;
      if (first !== pv[0] || !startsWith(src, a, b, pv)) continue;
      for (const mi of MI_FORMS) {
        const rest = a + pv.length + mi.length;
        if (startsWith(src, a + pv.length, b, mi) && WORDS.flagsOf(src, rest, b) & preverbFormFlag(k)) return setEdit('', a, rest);
      }
    }
  }
  return ENDING_LAST[src[b - 1]!] === 1 && splitSuffix(src, a, b, flags);
}

/** Whether «ها», with which every plural ending starts, is among the last six units of src[a, b). */
function hasHa(src: Uint16Array, a: number, b: number): boolean {
  for (let k = b - 2; k >= a && k >= b - 6; k--) if (src[k] === HEH && src[k + 1] === ALEF) return true;
  return false;
}

/** Plural, clitic and comparative endings written solid after a known word. */
function splitSuffix(src: Uint16Array, a: number, b: number, flags: number): boolean {
  if (b - a >= 3 && src[b - 3] === HEH && AFTER_HEH_2.has(src[b - 2]! * 65536 + src[b - 1]!) && WORDS.flagsOf(src, a, b - 2) & F.Known) {
    return setEdit('', a, b - 2);
  }
  if (!(flags & F.NoPluralSplit) && hasHa(src, a, b)) {
    for (const suffix of PLURAL_UNITS) {
      if (!endsWith(src, a, b, suffix)) continue;
      const cut = b - suffix.length;
      const head = WORDS.find(src, a, cut, hashRange(src, a, cut));
      const headFlags = head < 0 ? 0 : WORDS.flags[head]!;
      if (headFlags & F.Solid) {
        const form = WORDS.values[head]!;
        return setEdit(joinsAfter(form.charCodeAt(form.length - 1)) ? form + '\u200C' : form, cut, -1);
      }
      // After a letter that does not join, the word reads the same with the ZWNJ or without.
      if (headFlags & F.Known && !(headFlags & F.Stop)) return joinsAfter(src[cut - 1]!) && setEdit('', a, cut);
    }
  }
  for (const suffix of COMPARATIVES) {
    if (!endsWith(src, a, b, suffix)) continue;
    const cut = b - suffix.length;
    if (WORDS.flagsOf(src, a, cut) & F.Adjective) return joinsAfter(src[cut - 1]!) && setEdit('', a, cut);
  }
  return false;
}
