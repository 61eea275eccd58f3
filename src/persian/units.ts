import { Buffer } from 'node:buffer';

// A growable buffer of UTF-16 code units: the passes of display normalization write into these and turn the
// result into a string once, instead of building strings piece by piece. The units live in a Node Buffer, so
// that the string is made by Buffer#toString('utf16le'), a plain copy (TextDecoder takes three times as long:
// it checks every unit); the passes never leave a lone surrogate for it to check.

/** Node Buffer memory seen as code units. */
function unitView(bytes: Buffer): Uint16Array {
  return new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.length >> 1);
}

export class Units {
  buf: Uint16Array;
  n = 0;
  private bytes: Buffer;

  constructor(size = 1 << 12) {
    this.bytes = Buffer.alloc(size * 2);
    this.buf = unitView(this.bytes);
  }

  /** Room for `extra` more units. */
  reserve(extra: number): void {
    if (this.n + extra > this.buf.length) {
      let size = this.buf.length * 2;
      while (size < this.n + extra) size *= 2;
      const bytes = Buffer.alloc(size * 2);
      const grown = unitView(bytes);
      grown.set(this.buf.subarray(0, this.n));
      this.bytes = bytes;
      this.buf = grown;
    }
  }

  push(unit: number): void {
    this.reserve(1);
    this.buf[this.n++] = unit;
  }

  pushString(s: string): void {
    this.reserve(s.length);
    for (let i = 0; i < s.length; i++) this.buf[this.n++] = s.charCodeAt(i);
  }

  pushRange(src: Uint16Array, a: number, b: number): void {
    if (b <= a) return;
    this.reserve(b - a);
    const buf = this.buf;
    let n = this.n;
    if (b - a > 128) {
      buf.set(src.subarray(a, b), n);
      this.n = n + b - a;
      return;
    }
    for (let i = a; i < b; i++) buf[n++] = src[i]!;
    this.n = n;
  }

  /** Lets a buffer that grew for one huge input go back to its usual size. */
  shrink(size: number): void {
    if (this.buf.length > size * 4) {
      this.bytes = Buffer.alloc(size * 2);
      this.buf = unitView(this.bytes);
    }
    this.n = 0;
  }

  /** The string of the units from `from` to `to`. */
  toString(from = 0, to = this.n): string {
    if (to - from >= 16) return this.bytes.toString('utf16le', from * 2, to * 2);
    let s = '';
    for (let i = from; i < to; i++) s += String.fromCharCode(this.buf[i]!);
    return s;
  }
}

/** The UTF-16 code units of a string. */
export function toUnits(s: string): Uint16Array {
  const units = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) units[i] = s.charCodeAt(i);
  return units;
}

/**
 * A string's code units copied into a reused buffer, natively (Buffer#write), followed by four zero units:
 * a pass reads the buffer by index, faster than it reads a string, and what looks a few units ahead reads
 * zeros past the end.
 */
export class InputUnits {
  private bytes = Buffer.alloc(1 << 17);
  private view = unitView(this.bytes);

  fill(text: string): Uint16Array {
    const len = text.length;
    if (len + 4 > this.view.length) {
      let size = this.view.length * 2;
      while (size < len + 4) size *= 2;
      this.bytes = Buffer.alloc(size * 2);
      this.view = unitView(this.bytes);
    }
    this.bytes.write(text, 0, 'utf16le');
    this.view.fill(0, len, len + 4);
    return this.view;
  }

  /** Lets a buffer that grew for one huge input go back to its usual size. */
  shrink(): void {
    if (this.view.length > 1 << 18) {
      this.bytes = Buffer.alloc(1 << 17);
      this.view = unitView(this.bytes);
    }
  }
}
