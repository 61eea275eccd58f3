import { readFileSync } from 'node:fs';
import { fold } from './fold.ts';

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

class Gazetteer {
  private readonly places = new Map<string, string[]>();
  private readonly ambiguous = new Set<string>();
  /** Words that begin a name of several words, and how many words the longest such name has. */
  private readonly starts = new Map<string, number>();
  /** Every proper beginning of a name's solid form: a word that is not one cannot start a name split in two. */
  private readonly prefixes = new Set<string>();
  private readonly markers = new Set(['استان', 'شهر', 'شهرستان', 'بخش'].map((w) => fold(w)));

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

  /**
   * Places in a folded token sequence, longest name first; «خرم آباد» and «خرم‌آباد» both match. With
   * `cues` (see `lexicon-cues.ts`), a word whose PLACE bit is off is passed over without a lookup.
   */
  find(words: readonly string[], cues?: Uint8Array): PlaceHit[] {
    const hits: PlaceHit[] = [];
    for (let i = 0; i < words.length; i++) {
      if (cues && !((cues[i] as number) & PLACE_CUE)) continue;
      const w = words[i] ?? '';
      // Most words start no name: one probe for the word; the word with the next («خرم آباد») only when it
      // can begin a name.
      const longest = this.prefixes.has(w) ? Math.min(this.starts.get(w) ?? 2, MAX_WORDS, words.length - i) : 1;
      for (let n = longest; n >= 1; n--) {
        const key = this.lookup(n === 1 ? w : joinWords(words, i, n));
        if (!key) continue;
        if (this.ambiguous.has(key) && !this.markers.has(words[i - 1] ?? '')) continue;
        hits.push({ key, within: this.places.get(key) ?? [key], at: i, length: n });
        i += n - 1;
        break;
      }
    }
    return hits;
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

  private lookup(phrase: string): string | undefined {
    return this.places.has(phrase) ? phrase : undefined;
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
