import { readFileSync } from 'node:fs';
import { fold } from './fold.ts';
import { WordSieve } from './word-sieve.ts';

interface PlacesFile {
  ambiguous: string[];
  iran: Record<string, string[]>;
  world: Record<string, string[]>;
}

/** A place found in a text: its own key and every region that contains it («زرند» → زرند, کرمان, ایران). */
export interface PlaceHit {
  key: string;
  within: string[];
  /** Where the hit starts and how many tokens it spans. */
  at: number;
  length: number;
}

const IRAN = fold('ایران');
/** A name's key: folded, spaces out, so «تربت حیدریه» and «تربت‌حیدریه» are one place. */
const solid = (name: string) => fold(name).replace(/ /g, '');
const MAX_WORDS = 3;

/** The cue bit of a word that may begin a place's name (`lexicon-cues.ts`). */
export const PLACE_CUE = 1;
// More of a word's place cues, in bits the people's cues leave free: with them a scan asks no table about
// the word itself, only about it joined with the next («خرم آباد»), and that after a sieve.
/** The word is a proper beginning of a name's key: it may be joined with the next word or two. */
const PLACE_PREFIX = 8;
/** The word is a name's key. */
const PLACE_NAME = 16;
/** A name of three words begins with the word (else at most two are tried). */
const PLACE_THREE = 32;

class Gazetteer {
  private readonly places = new Map<string, string[]>();
  private readonly ambiguous = new Set<string>();
  /** Words that begin a name of several words, and how many words the longest such name has. */
  private readonly starts = new Map<string, number>();
  /** Every proper beginning of a name's solid form: a word that is not one cannot start a name split in two. */
  private readonly prefixes = new Set<string>();
  private readonly markers = new Set(['استان', 'شهر', 'شهرستان', 'بخش'].map((w) => fold(w)));
  /** The keys of the last `scan`'s hits, where each starts and how many tokens it spans (reused: read the first `count`). */
  readonly hitKeys: string[] = [];
  hitAt = new Int32Array(64);
  hitLength = new Int32Array(64);

  /** The names' keys again: a word joined with the next is looked up only when it may be one. */
  private readonly keySieve: WordSieve;

  constructor(file: PlacesFile) {
    for (const w of file.ambiguous) this.ambiguous.add(solid(w));
    this.places.set(IRAN, [IRAN]);
    for (const [province, cities] of Object.entries(file.iran)) {
      const p = solid(province);
      this.add(fold(province), [p, IRAN]);
      for (const c of cities) this.add(fold(c), [solid(c), p, IRAN]);
    }
    for (const [country, cities] of Object.entries(file.world)) {
      const k = solid(country);
      this.add(fold(country), [k]);
      for (const c of cities) this.add(fold(c), [solid(c), k]);
    }
    this.keySieve = new WordSieve(this.places.keys());
  }

  private add(written: string, within: string[]): void {
    const parts = written.split(' ');
    if (parts.length > 1) this.starts.set(parts[0] ?? '', Math.max(this.starts.get(parts[0] ?? '') ?? 1, parts.length));
    const key = parts.join('');
    for (let k = 2; k < key.length; k++) this.prefixes.add(key.slice(0, k));
    const have = this.places.get(key);
    // A name that is both a province and its capital (کرمان) keeps the province's regions.
    this.places.set(key, have ? [...new Set([...have, ...within])] : within);
  }

  /** True when a place's name is, or begins with, the word: a word for which this is false starts no hit. */
  mayStart(word: string): boolean {
    return this.prefixes.has(word) || this.places.has(word);
  }

  /** The word's place cues: PLACE_CUE when `mayStart`, and what `scan` needs to know of the word alone. */
  placeCues(word: string): number {
    const prefix = this.prefixes.has(word);
    const name = this.places.has(word);
    if (!prefix && !name) return 0;
    // How many words a name that begins with this one may span (`starts` holds 2 or more).
    const three = prefix && Math.min(this.starts.get(word) ?? 2, MAX_WORDS) === 3;
    return PLACE_CUE | (prefix ? PLACE_PREFIX : 0) | (name ? PLACE_NAME : 0) | (three ? PLACE_THREE : 0);
  }

  /**
   * Places in a folded token sequence, longest name first; «خرم آباد» and «خرم‌آباد» both match. With
   * `cues` (see `lexicon-cues.ts`), a word whose PLACE bit is off is passed over without a lookup.
   */
  find(words: readonly string[], cues?: Uint8Array): PlaceHit[] {
    const hits: PlaceHit[] = [];
    const count = this.scan(words, cues);
    for (let k = 0; k < count; k++) {
      const key = this.hitKeys[k] as string;
      hits.push({ key, within: this.within(key), at: this.hitAt[k] as number, length: this.hitLength[k] as number });
    }
    return hits;
  }

  /**
   * What `find` finds, without an object a hit: returns how many places there are; the `k`th is
   * `hitKeys[k]`, at `hitAt[k]` spanning `hitLength[k]` tokens, until the next scan. A headline and a lead
   * are scanned for every article, and most name a place or two. `cues` are `lexiconCues(words)`.
   */
  scan(words: readonly string[], cues?: Uint8Array): number {
    if (this.hitAt.length < words.length) {
      this.hitAt = new Int32Array(words.length * 2);
      this.hitLength = new Int32Array(words.length * 2);
    }
    let count = 0;
    for (let i = 0; i < words.length; i++) {
      const w = words[i] ?? '';
      const c = cues ? (cues[i] as number) : this.placeCues(w);
      if (!(c & PLACE_CUE)) continue;
      // Most words start no name. The word with the next («خرم آباد») is tried only when it can begin a
      // name, and made into one string only when the sieve lets it by (most such pairs are no place).
      const longest = c & PLACE_PREFIX ? Math.min(c & PLACE_THREE ? 3 : 2, words.length - i) : 1;
      for (let n = longest; n >= 1; n--) {
        let key = w;
        if (n === 1) {
          if (!(c & PLACE_NAME)) continue;
        } else {
          if (!this.keySieve.mayHaveJoined(words, i, n)) continue;
          key = joinWords(words, i, n);
          if (!this.places.has(key)) continue;
        }
        if (this.ambiguous.has(key) && !this.markers.has(words[i - 1] ?? '')) continue;
        this.hitKeys[count] = key;
        this.hitAt[count] = i;
        this.hitLength[count] = n;
        count++;
        i += n - 1;
        break;
      }
    }
    return count;
  }

  /** A place's key and every region that holds it («زرند» → زرند, کرمان, ایران). */
  within(key: string): string[] {
    return this.places.get(key) ?? [key];
  }

  /** Every word `mayStart` is true of: the names' keys and their proper beginnings. */
  *startWords(): Iterable<string> {
    yield* this.prefixes;
    yield* this.places.keys();
  }

  /** True when one place is, or holds, the other. */
  related(a: string, b: string): boolean {
    return a === b || (this.places.get(a)?.includes(b) ?? false) || (this.places.get(b)?.includes(a) ?? false);
  }

  /** True when `outer` holds `inner` (and is not the same place). */
  holds(outer: string, inner: string): boolean {
    return outer !== inner && (this.places.get(inner)?.includes(outer) ?? false);
  }

  /** A city, county or province, as opposed to a country. */
  isLocal(key: string): boolean {
    return (this.places.get(key)?.length ?? 0) > 1;
  }
}

/** Words `i` to `i + n` written as one (no list made: most tries find no place). */
function joinWords(words: readonly string[], i: number, n: number): string {
  let out = words[i] ?? '';
  for (let k = 1; k < n; k++) out += words[i + k] ?? '';
  return out;
}

let gazetteer: Gazetteer | null = null;

/** The bundled gazetteer, read once. */
export function places(): Gazetteer {
  gazetteer ??= new Gazetteer(JSON.parse(readFileSync(new URL('../lexicon/places.json', import.meta.url), 'utf8')) as PlacesFile);
  return gazetteer;
}
