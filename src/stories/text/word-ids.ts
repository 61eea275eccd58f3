/**
 * A bounded memo from folded words to numbers (a word's term id), in typed arrays: an open-addressed table
 * keyed by an FNV hash of the word's characters. A `Map` keyed by the words split from each article hashes
 * and probes a fresh string every time, and was the single largest cost of reading an article. Each slot
 * holds all a lookup needs — the hash, the length, the value and the word's first eight characters — in 32
 * bytes, so a lookup of a word of up to eight letters (most Persian words) reads one cache line of a table
 * too large for the cache; a longer word's other characters are compared in an arena. When half full it is
 * emptied (the vocabulary keeps every term's id; a forgotten word is worked out again).
 */
export class WordIds {
  private readonly mask: number;
  private readonly limit: number;
  /** Per slot (STRIDE numbers): entry + 1 (0: empty), hash, value, length, 4 × two characters. */
  private readonly slots: Int32Array;
  /** Where each entry's characters past the eighth start in `chars`. */
  private starts: Int32Array;
  private chars = new Uint16Array(1 << 14);
  private used = 0;
  private count = 0;
  private warmed = 0;

  constructor(bits = 18) {
    this.mask = (1 << bits) - 1;
    this.limit = 1 << (bits - 1);
    this.slots = new Int32Array(STRIDE << bits);
    this.starts = new Int32Array(1024);
  }

  get size(): number {
    return this.count;
  }

  /** The next new word empties the table. */
  get full(): boolean {
    return this.count >= this.limit;
  }

  /** The number kept for `word`, or undefined. */
  get(word: string): number | undefined {
    const h = readCodes(word);
    return this.getAt(codeScratch, 0, word.length, h);
  }

  /**
   * The number kept for the word in `chars[start, start + length)` (no string made), or undefined. `hash`
   * is its `wordHash`, when the caller worked it out already (while reading the word's characters).
   */
  getAt(chars: Uint16Array, start: number, length: number, hash = wordHash(chars, start, length)): number | undefined {
    const at = this.find(chars, start, length, hash);
    return this.slots[at] ? this.slots[at + 2] : undefined;
  }

  /**
   * Reads the slot each hash's probe starts at, so that the lookups that follow find it in the cache. The
   * table is larger than the cache and a lookup is little more than one read of it: a lookup waited for
   * its slot before the next one asked, where these reads, independent of one another, wait together.
   */
  warm(hashes: Int32Array, count: number): void {
    const { slots, mask } = this;
    let any = 0;
    for (let k = 0; k < count; k++) any |= slots[((hashes[k] as number) & mask) * STRIDE] as number;
    // Kept, so that the reads are not dropped as unused.
    this.warmed = any;
  }

  set(word: string, value: number): void {
    const h = readCodes(word);
    const codes = codeScratch;
    const len = word.length;
    let at = this.find(codes, 0, len, h);
    if (this.slots[at]) {
      this.slots[at + 2] = value;
      return;
    }
    if (this.count >= this.limit) {
      this.clear();
      at = this.find(codes, 0, len, h);
    }
    const n = this.count++;
    if (n >= this.starts.length) {
      const starts = new Int32Array(this.starts.length * 2);
      starts.set(this.starts);
      this.starts = starts;
    }
    if (this.used + len > this.chars.length) {
      const chars = new Uint16Array(Math.max(this.chars.length * 2, this.used + len));
      chars.set(this.chars);
      this.chars = chars;
    }
    this.starts[n] = this.used;
    for (let i = INLINE; i < len; i++) this.chars[this.used++] = codes[i] as number;
    const slots = this.slots;
    slots[at] = n + 1;
    slots[at + 1] = h;
    slots[at + 2] = value;
    slots[at + 3] = len;
    for (let k = 0; k < INLINE / 2; k++) slots[at + 4 + k] = maskedPair(codes, 0, len, k * 2);
  }

  clear(): void {
    this.slots.fill(0);
    this.count = 0;
    this.used = 0;
  }

  /** The place in `slots` of the slot holding the word in `word[start, start + len)`, or of the empty slot where it would go. */
  private find(word: Uint16Array, start: number, len: number, h: number): number {
    const { slots, mask } = this;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const at = slot * STRIDE;
      if (!slots[at] || this.same(slots, at, h, word, start, len)) return at;
    }
  }

  /** True when the slot at `at` of `table` (a filled one) holds the word in `word[start, start + len)` with hash `h`. */
  private same(table: Int32Array, at: number, h: number, word: Uint16Array, start: number, len: number): boolean {
    if (table[at + 1] !== h || table[at + 3] !== len) return false;
    // The first eight characters against the slot's, all at once: a test per character past the word's end
    // (which ends at a different place for every word) was mispredicted a few times a lookup.
    const differ =
      ((table[at + 4] as number) ^ maskedPair(word, start, len, 0)) |
      ((table[at + 5] as number) ^ maskedPair(word, start, len, 2)) |
      ((table[at + 6] as number) ^ maskedPair(word, start, len, 4)) |
      ((table[at + 7] as number) ^ maskedPair(word, start, len, 6));
    if (differ !== 0) return false;
    // A word of up to eight letters is all in the slot: the arena is read only for a longer one.
    if (len <= INLINE) return true;
    const chars = this.chars;
    let from = this.starts[(table[at] as number) - 1] as number;
    let i = INLINE;
    while (i < len && chars[from++] === word[start + i]) i++;
    return i >= len;
  }
}

/**
 * Characters `k` and `k + 1` of the word as one number, 0 past its end. Without a branch: both are read
 * whether or not the word has them (a character past the buffer reads as 0) and masked off past its end.
 */
function maskedPair(word: Uint16Array, start: number, len: number, k: number): number {
  const a = (word[start + k] as number) & ((k - len) >> 31);
  const b = (word[start + k + 1] as number) & ((k + 1 - len) >> 31);
  return (a & 0xffff) | (b << 16);
}

const STRIDE = 8;
/** Characters kept in the slot itself. */
const INLINE = 8;

// A word's characters, for `get` and `set` (a string is read into this buffer once).
let codeScratch = new Uint16Array(256);

/** Copies `word` into `codeScratch` and returns its `wordHash`, in one pass. */
function readCodes(word: string): number {
  if (codeScratch.length < word.length) codeScratch = new Uint16Array(word.length * 2);
  return copyWord(word, codeScratch, 0);
}

/** Copies `word` into `into` from `at` (which must have room) and returns its `wordHash`, in one pass. */
function copyWord(word: string, into: Uint16Array, at: number): number {
  let h = FNV_START;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    into[at + i] = c;
    h = fnvStep(h, c);
  }
  return mixWordHash(h);
}

/** The hash a word is kept by: FNV-1a of the word in `chars[start, start + length)`, mixed. */
export function wordHash(chars: Uint16Array, start: number, length: number): number {
  let h = FNV_START;
  for (let i = start; i < start + length; i++) h = fnvStep(h, chars[i] as number);
  return mixWordHash(h);
}

/**
 * The FNV-1a state before a word's first character, as int32 (the same bits): the hash a loop carries stays
 * a small integer, where 0x811c9dc5 (above 2^31) made it a floating point number converted at every character.
 */
export const FNV_START = 0x811c9dc5 | 0;

/** The FNV-1a state after one more character: a reader that walks a word anyway hashes it on the way. */
export function fnvStep(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

/** A word's `wordHash` from its FNV-1a state after its last character. */
export function mixWordHash(h: number): number {
  // FNV's low bits are weak for short keys: mix before masking.
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}
