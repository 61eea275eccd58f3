// The article's characters read in WebAssembly: the body folded and bounded into words (each hashed), and
// the MinHash signature and exact-copy key over the headline, lead and body. These loops touch every
// character of every article; compiled ahead, with no bounds check or string representation to test at each
// character, they run 2-3 times as fast as the same loops in JavaScript.
//
// Each function mirrors a JavaScript one exactly, and a test holds them to it on fuzzed and real text:
//   fold_chars     — foldChars in fold.ts (the letter table is the one fold.ts builds, copied in)
//   bound_words    — the split of a folded text into words, each hashed as wordHash in word-ids.ts
//   sign           — signature in ../minhash.ts
// Built by `npm run build:wasm` (clang, wasm32, no libc); memory is laid out by text-scan.ts.

typedef unsigned short u16;
typedef unsigned int u32;
typedef int i32;

#define SPACE 32
#define DOT 46

static int is_dropped(u32 c) {
  return (c >= 0x64b && c <= 0x65f) || c == 0x670 || (c >= 0x6d6 && c <= 0x6ed) || c == 0x640 || c == 0x200c ||
         c == 0x200d || c == 0x200b || c == 0x200e || c == 0x200f || c == 0xfeff || c == 0xad ||
         (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

static i32 digit(u32 c) {
  if (c >= 48 && c <= 57) return (i32)c;
  if (c >= 0x6f0 && c <= 0x6f9) return (i32)(c - 0x6f0 + 48);
  if (c >= 0x660 && c <= 0x669) return (i32)(c - 0x660 + 48);
  return -1;
}

static int is_digit_code(u32 c) { return c >= 48 && c <= 57; }
static int is_persian_code(u32 c) { return c >= 0x621 && c <= 0x6ff; }

// The character at i skipping dropped ones, as a digit code, or -1 (reads forward only).
static i32 digit_at(const u16 *text, i32 len, i32 i) {
  while (i >= 0 && i < len && is_dropped(text[i])) i++;
  return i >= 0 && i < len ? digit(text[i]) : -1;
}

static int three_digits_ahead(const u16 *text, i32 len, i32 i) {
  return digit_at(text, len, i + 1) >= 0 && digit_at(text, len, i + 2) >= 0 && digit_at(text, len, i + 3) >= 0 &&
         digit_at(text, len, i + 4) < 0;
}

// Every character the letter table does not fold (0 there) is not a letter on the JavaScript path either:
// the table holds every code below 0x700 that isLetter accepts, and isLetter accepts none above.
__attribute__((export_name("fold_chars"))) i32 fold_chars(const u16 *text, i32 len, u16 *buf, const u16 *letters) {
  i32 n = 0;
  u32 prev = 0;
  int pending_space = 0;
  for (i32 i = 0; i < len; i++) {
    u32 c = text[i];
    u32 letter = c < 0x700 ? letters[c] : 0;
    if (letter) {
      if (pending_space || (is_digit_code(prev) && is_persian_code(letter))) buf[n++] = SPACE;
      pending_space = 0;
      prev = letter;
      buf[n++] = (u16)letter;
      continue;
    }
    if (c == SPACE) {
      pending_space = n > 0;
      continue;
    }
    if (is_dropped(c)) continue;
    i32 out = digit(c);
    if (out < 0) {
      if ((c == 0x66b || c == DOT || c == 0x2f || c == 0x66c || c == 44) && n > 0 && !pending_space && digit(prev) >= 0 &&
          digit_at(text, len, i + 1) >= 0) {
        // Between digits: thousands (٬, or a comma before exactly three digits) or a decimal point (٫ . /).
        if (c == 0x66c || (c == 44 && three_digits_ahead(text, len, i))) continue;
        if (c == 44) {
          pending_space = 1;
          continue;
        }
        out = DOT;
      } else {
        pending_space = n > 0;
        continue;
      }
    }
    u32 o = (u32)out;
    if (pending_space || (is_digit_code(o) && is_persian_code(prev)) || (is_persian_code(o) && is_digit_code(prev))) buf[n++] = SPACE;
    pending_space = 0;
    prev = o;
    buf[n++] = (u16)o;
  }
  return n;
}

// The first `limit` words of the folded text in chars[from, to): start (from chars), length and wordHash
// (FNV-1a, then mixed) of each.
__attribute__((export_name("bound_words"))) i32 bound_words(const u16 *chars, i32 from, i32 to, i32 limit, i32 *starts, i32 *lengths, i32 *hashes) {
  i32 count = 0;
  for (i32 start = from; start < to && count < limit;) {
    i32 end = start;
    u32 h = 0x811c9dc5u;
    while (end < to) {
      u32 c = chars[end];
      if (c == SPACE) break;
      h = (h ^ c) * 0x01000193u;
      end++;
    }
    h ^= h >> 15;
    h *= 0x2c1b3c6du;
    h ^= h >> 12;
    starts[count] = start;
    lengths[count] = end - start;
    hashes[count] = (i32)h;
    count++;
    start = end + 1;
  }
  return count;
}

#define BINS 128
#define VALUE_MASK ((1u << 25) - 1)
#define EMPTY 0x7fffffff
#define SHINGLE 5

static u32 mix(u32 h) {
  h ^= h >> 16;
  h *= 0x85ebca6bu;
  h ^= h >> 13;
  h *= 0xc2b2ae35u;
  return h ^ (h >> 16);
}

// The signature of `head` (the folded headline and lead, one after the other) then `tail` (the folded body),
// spaces left out: the low 16 bits of each bin's minimum into `low`, and into `out` the copy key's two lanes,
// the letters read and the shingles counted. `codes` has room for every character of both.
__attribute__((export_name("sign"))) void sign(const u16 *head, i32 head_len, const u16 *tail, i32 tail_len, u16 *codes, i32 *mins, u16 *low, i32 *out) {
  i32 n = 0;
  for (i32 i = 0; i < head_len; i++) {
    u16 c = head[i];
    codes[n] = c;
    n += c != SPACE;
  }
  for (i32 i = 0; i < tail_len; i++) {
    u16 c = tail[i];
    codes[n] = c;
    n += c != SPACE;
  }
  u32 h1 = 0x811c9dc5u;
  u32 h2 = 0x01000193u;
  out[2] = n;
  if (!n) {
    for (i32 b = 0; b < BINS; b++) low[b] = 0;
    out[0] = (i32)h1;
    out[1] = (i32)h2;
    out[3] = 0;
    return;
  }
  for (i32 b = 0; b < BINS; b++) mins[b] = EMPTY;
  const u32 base = 0x01000193u;
  const u32 base_pow5 = base * base * base * base * base;
  i32 shingles = n - SHINGLE + 1 > 1 ? n - SHINGLE + 1 : 1;
  i32 width = n < SHINGLE ? n : SHINGLE;
  u32 h = 0;
  for (i32 j = 0; j < width; j++) h = h * base + codes[j];
  for (i32 i = 0; i < shingles; i++) {
    u32 c = codes[i];
    // Past the end of a text shorter than a shingle the JavaScript reads undefined, which counts as 0;
    // there is one window then (i = 0), and this line does not run for it.
    if (i > 0) h = h * base + ((u32)codes[i + SHINGLE - 1] - (u32)codes[i - 1] * base_pow5);
    h1 = (h1 ^ c) * 0x01000193u;
    h2 = (h2 ^ c) * 0x5bd1e995u + 0x6b43a9b5u;
    u32 x = mix(h);
    u32 bin = x >> (32 - 7);
    i32 value = (i32)(x & VALUE_MASK);
    i32 m = mins[bin];
    mins[bin] = value < m ? value : m;
  }
  for (i32 i = shingles; i < n; i++) {
    u32 c = codes[i];
    h1 = (h1 ^ c) * 0x01000193u;
    h2 = (h2 ^ c) * 0x5bd1e995u + 0x6b43a9b5u;
  }
  out[0] = (i32)h1;
  out[1] = (i32)h2;
  out[3] = shingles;
  // Densification: each empty bin borrows the value of the next full one, marked by its distance.
  i32 full = -1;
  for (i32 b = 0; b < BINS; b++)
    if (mins[b] != EMPTY) {
      full = b;
      break;
    }
  if (full >= 0) {
    i32 next = full + BINS;
    for (i32 i = BINS - 1 + full; i >= full; i--) {
      i32 b = i % BINS;
      if (mins[b] != EMPTY) next = i;
      else mins[b] = (i32)(((u32)mins[next % BINS] + (u32)(next - i) * 0x9e3779b1u) | 0x80000000u);
    }
  }
  for (i32 b = 0; b < BINS; b++) {
    u32 m = (u32)mins[b];
    low[b] = (u16)((m ^ (m >> 16)) & 0xffff);
  }
}
