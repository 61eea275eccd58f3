// Small typed arrays carved out of shared 64 KiB buffers. A typed array of more than 64 bytes gets a
// backing store of its own outside the JavaScript heap: on this code's machine some 2 µs to make and,
// later, to free — and an article kept about eight (its vector's three lists, its signature, its Bloom
// filter…), more than the rest of its reading together. Views of one shared buffer cost a small object
// each. A buffer is freed once no view of it is left: the articles of a window leave it in roughly the
// order they came, so a buffer's articles leave together, and one long-lived story holds at most 64 KiB.

const CHUNK = 1 << 16;

let buffer = new ArrayBuffer(CHUNK);
let used = 0;

/** Room for `bytes` (a multiple of 8 is kept, so every kind of view is aligned). */
function take(bytes: number): number {
  const size = (bytes + 7) & ~7;
  if (size > CHUNK / 4) return -1;
  if (used + size > CHUNK) {
    buffer = new ArrayBuffer(CHUNK);
    used = 0;
  }
  const at = used;
  used += size;
  return at;
}

type SmallArray = Int32Array | Float32Array | Uint16Array | Uint32Array;

interface SmallArrayKind<T extends SmallArray> {
  new (length: number): T;
  new (buffer: ArrayBuffer, byteOffset: number, length: number): T;
  readonly BYTES_PER_ELEMENT: number;
}

/** `n` zeroed elements of `Kind`: a view of the shared buffer, or an array of its own when too large for one. */
function carve<T extends SmallArray>(Kind: SmallArrayKind<T>, n: number): T {
  const at = take(n * Kind.BYTES_PER_ELEMENT);
  return at < 0 ? new Kind(n) : new Kind(buffer, at, n);
}

export const int32s = (n: number): Int32Array => carve(Int32Array, n);
export const float32s = (n: number): Float32Array => carve(Float32Array, n);
export const uint16s = (n: number): Uint16Array => carve(Uint16Array, n);
export const uint32s = (n: number): Uint32Array => carve(Uint32Array, n);
