// News codes (کد خبر) per outlet, in each outlet's real shape, rising with publication time as real CMS
// counters do. A code depends only on the article's time and id, then is bumped past collisions.
import { hash32 } from './prng.ts';
import { jalaliCompact, tehranTime } from './jalali.ts';

/** Fixed origin of the counters, so codes never depend on which articles exist. */
const COUNTER_EPOCH = Date.parse('2026-11-24T00:00:00Z');

type CodeShape =
  | { kind: 'counter'; base: number; perMinute: number; digits: number }
  | { kind: 'daily'; seqDigits: number; perMinute: number }
  | { kind: 'bbc' };

const SHAPES: Record<string, CodeShape> = {
  isna: { kind: 'daily', seqDigits: 5, perMinute: 4.3 }, // 1405090301234
  irna: { kind: 'counter', base: 85_612_000, perMinute: 0.9, digits: 8 },
  mehr: { kind: 'counter', base: 6_389_000, perMinute: 0.25, digits: 7 },
  khabaronline: { kind: 'counter', base: 2_123_000, perMinute: 0.1, digits: 7 },
  hamshahri: { kind: 'counter', base: 912_000, perMinute: 0.08, digits: 6 },
  tasnim: { kind: 'counter', base: 3_412_000, perMinute: 0.3, digits: 7 },
  fars: { kind: 'daily', seqDigits: 6, perMinute: 0.45 }, // 14050903000654
  tabnak: { kind: 'counter', base: 1_312_000, perMinute: 0.05, digits: 7 },
  yjc: { kind: 'counter', base: 8_912_000, perMinute: 0.2, digits: 7 },
  bbc: { kind: 'bbc' }, // c4g7kx2e5dvo
  radiofarda: { kind: 'counter', base: 33_612_000, perMinute: 0.03, digits: 8 },
  euronews: { kind: 'counter', base: 2_512_000, perMinute: 0.02, digits: 7 },
  independent: { kind: 'counter', base: 412_000, perMinute: 0.04, digits: 6 },
  sepehr: { kind: 'counter', base: 18_200, perMinute: 0.01, digits: 5 },
};

const DEFAULT_SHAPE: CodeShape = { kind: 'counter', base: 100_000, perMinute: 0.1, digits: 6 };

function candidate(shape: CodeShape, published: Date, id: string): number | string {
  const jitter = hash32(`code:${id}`) % 3;
  if (shape.kind === 'bbc') {
    const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
    let h = hash32(`bbc:${id}`);
    let out = 'c';
    for (let i = 0; i < 10; i++) {
      out += alphabet[h % alphabet.length];
      h = Math.imul(h ^ (h >>> 13), 0x5bd1e995) >>> 0;
    }
    return `${out}o`;
  }
  if (shape.kind === 'daily') {
    const t = tehranTime(published);
    const minuteOfDay = t.hour * 60 + t.minute;
    const seq = Math.floor(minuteOfDay * shape.perMinute) + 1 + jitter;
    return Number(jalaliCompact(t) + String(seq).padStart(shape.seqDigits, '0'));
  }
  const minutes = (published.getTime() - COUNTER_EPOCH) / 60_000;
  return shape.base + Math.floor(minutes * shape.perMinute) + jitter;
}

/**
 * Assigns codes to one outlet's articles. `items` must be sorted oldest first; numeric codes are made
 * strictly increasing in that order.
 */
export function assignCodes(slug: string, items: ReadonlyArray<{ id: string; published: Date }>): string[] {
  const shape = SHAPES[slug] ?? DEFAULT_SHAPE;
  const seen = new Set<string>();
  let previous = -1;
  return items.map(({ id, published }) => {
    const c = candidate(shape, published, id);
    if (typeof c === 'string') {
      let code = c;
      for (let n = 1; seen.has(code); n++) code = candidate(shape, published, `${id}#${n}`) as string;
      seen.add(code);
      return code;
    }
    const code = Math.max(c, previous + 1);
    previous = code;
    return String(code);
  });
}

const BASE62 = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The short-link token of a numeric code, like Mehr's mehrnews.com/x349GD. */
export function shortToken(code: string): string {
  let n = BigInt(code);
  let out = '';
  do {
    out = BASE62[Number(n % 62n)] + out;
    n /= 62n;
  } while (n > 0n);
  return out;
}
