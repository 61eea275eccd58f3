/**
 * A bounded memo from folded words to numbers (a word's term id), in typed arrays: an open-addressed table
 * keyed by an FNV hash of the word's characters, the characters themselves kept in one arena. A `Map` keyed
 * by the words split from each article hashes and probes a fresh string every time, and was the single
 * largest cost of reading an article; this table reads the characters once and touches three typed arrays.
 * When half full it is emptied (the vocabulary keeps every term's id; a forgotten word is worked out again).
 */
export class WordIds {
  private readonly mask: number;
  private readonly limit: number;
  /** Two numbers a slot, side by side so a probe reads one cache line: entry + 1 (0: empty), and its hash. */
  private readonly slots: Int32Array;
  private starts: Int32Array;
  private lengths: Int32Array;
  private values: Int32Array;
  private chars = new Uint16Array(1 << 16);
  private used = 0;
  private count = 0;

  constructor(bits = 18) {
    this.mask = (1 << bits) - 1;
    this.limit = 1 << (bits - 1);
    this.slots = new Int32Array(2 << bits);
    this.starts = new Int32Array(1024);
    this.lengths = new Int32Array(1024);
    this.values = new Int32Array(1024);
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
    const e = this.slots[this.find(word, hashOf(word))] as number;
    return e ? this.values[e - 1] : undefined;
  }

  set(word: string, value: number): void {
    const h = hashOf(word);
    let slot = this.find(word, h);
    const e = this.slots[slot] as number;
    if (e) {
      this.values[e - 1] = value;
      return;
    }
    if (this.count >= this.limit) {
      this.clear();
      slot = this.find(word, h);
    }
    const n = this.count++;
    if (n >= this.starts.length) this.grow();
    if (this.used + word.length > this.chars.length) {
      const chars = new Uint16Array(Math.max(this.chars.length * 2, this.used + word.length));
      chars.set(this.chars);
      this.chars = chars;
    }
    this.starts[n] = this.used;
    this.lengths[n] = word.length;
    this.values[n] = value;
    for (let i = 0; i < word.length; i++) this.chars[this.used++] = word.charCodeAt(i);
    this.slots[slot] = n + 1;
    this.slots[slot + 1] = h;
  }

  clear(): void {
    this.slots.fill(0);
    this.count = 0;
    this.used = 0;
  }

  /** The place in `slots` of the slot holding `word`, or of the empty slot where it would go. */
  private find(word: string, h: number): number {
    const { slots, starts, lengths, chars, mask } = this;
    const len = word.length;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const at2 = slot << 1;
      const e = slots[at2] as number;
      if (!e) return at2;
      if (slots[at2 + 1] !== h || lengths[e - 1] !== len) continue;
      let at = starts[e - 1] as number;
      let i = 0;
      while (i < len && chars[at++] === word.charCodeAt(i)) i++;
      if (i === len) return at2;
    }
  }

  private grow(): void {
    const n = this.starts.length * 2;
    const grow = (a: Int32Array) => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    this.starts = grow(this.starts);
    this.lengths = grow(this.lengths);
    this.values = grow(this.values);
  }
}

function hashOf(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  // FNV's low bits are weak for short keys: mix before masking.
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}
