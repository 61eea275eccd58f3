import { describe, expect, it } from 'vitest';
import { LshIndex } from './lsh.ts';
import { containment, copyKey, jaccard, signature } from './minhash.ts';
import { readText } from './text/body-words.ts';
import { fold } from './text/fold.ts';

const sig = (s: string) => signature(fold(s));
const text =
  'شورای پول و اعتبار سقف نرخ سود سپرده‌های یک‌ساله را از ۲۳ به ۲۵ درصد و نرخ سود تسهیلات بانکی را از ۲۳ به ۲۶ درصد افزایش داد؛ این مصوبه از ابتدای دی‌ماه اجرا می‌شود.';

describe('MinHash signatures', () => {
  it('are equal for spelling variants and ignore spacing', () => {
    expect(jaccard(sig(text), sig(text.replace(/\u200C/g, ' ')))).toBe(1);
    expect(jaccard(sig(text), sig(text.replace(/ی/g, 'ي').replace(/ک/g, 'ك')))).toBe(1);
  });

  it('estimate overlap: high for a copy with one word changed, low for another text', () => {
    expect(jaccard(sig(text), sig(text.replace('افزایش داد', 'بالا برد')))).toBeGreaterThan(0.7);
    expect(
      jaccard(sig(text), sig('تیم ملی فوتبال ایران در دیداری دوستانه ازبکستان را دو بر یک شکست داد.')),
    ).toBeLessThan(0.1);
  });

  it('give the keys, sizes and minimums pinned before their loops were merged, short texts included', () => {
    // The two hash lanes as they were pinned (base 36), and the length.
    const key = (h1: string, h2: string, n: number) => copyKey(Number.parseInt(h1, 36), Number.parseInt(h2, 36), n);
    // Headline and lead as folded strings, the body from its folded buffer, as an article is read.
    const pinned = (parts: string[], body: string) => {
      const b = readText('', '', body, 150).body;
      const s = signature(parts.map(fold), b.chars, b.length);
      let digest = 0;
      for (const m of s.mins) digest = (Math.imul(digest, 31) + m) | 0;
      return { hash: s.hash, size: s.size, mins: digest };
    };
    expect(pinned([text.slice(0, 40), text.slice(40, 90)], text)).toEqual({
      hash: key('d5seqg', 'ye8gv7', 193),
      size: 189,
      mins: 2102665785,
    });
    expect(pinned(['abc', ''], 'de')).toEqual({ hash: key('wcrrbc', 'qmjm7j', 5), size: 1, mins: 125939887 });
    expect(pinned(['', ''], 'abcd')).toEqual({ hash: key('1l7q2f1', 'vu3dyv', 4), size: 1, mins: -838782361 });
    expect(pinned(['', ''], '')).toEqual({ hash: key('ztntfp', '9zloz', 0), size: 0, mins: 0 });
  });

  it('see a cut copy as contained in the whole', () => {
    const half = text.slice(0, Math.floor(text.length * 0.6));
    expect(containment(sig(text), sig(half))).toBeGreaterThan(0.85);
  });

  it('find candidates through LSH bands', () => {
    const lsh = new LshIndex<{ sig: ReturnType<typeof sig>; alive: boolean; name: string }>();
    const a = { sig: sig(text), alive: true, name: 'a' };
    const b = {
      sig: sig('خبری دیگر دربارهٔ بازار سرمایه و شاخص کل بورس تهران که امروز رکورد تازه‌ای زد.'),
      alive: true,
      name: 'b',
    };
    lsh.add(a);
    lsh.add(b);
    expect(lsh.candidates(sig(text.replace(/\u200C/g, ''))).map((x) => x.name)).toEqual(['a']);
    a.alive = false;
    lsh.removed(a);
    expect(lsh.candidates(sig(text))).toEqual([]);
  });

  it('keeps finding the live items after most have left and the bands are rebuilt', () => {
    const lsh = new LshIndex<{ sig: ReturnType<typeof sig>; alive: boolean; name: string }>();
    // Texts that differ in their number (in Persian digits): each item's own text, 3,000 of them.
    const report = (i: number) =>
      `گزارش شمارهٔ ${String(i).replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)] ?? d)} از ${text}`;
    const items = Array.from({ length: 3000 }, (_, i) => ({ sig: sig(report(i)), alive: true, name: String(i) }));
    for (const item of items) lsh.add(item);
    // Two in three leave: past half of what is stored, the index is rebuilt from the live ones.
    for (const item of items) {
      if (Number(item.name) % 3 === 0) continue;
      item.alive = false;
      lsh.removed(item);
    }
    for (const i of [0, 1500, 2997]) {
      const found = lsh.candidates(sig(report(i))).map((x) => x.name);
      expect(found).toContain(String(i));
      expect(found.every((name) => Number(name) % 3 === 0)).toBe(true);
    }
    // The rebuilt index answers as one the live items were added to afresh, in the same order.
    const fresh = new LshIndex<(typeof items)[number]>();
    for (const item of items) if (item.alive) fresh.add(item);
    for (const i of [0, 3, 1500, 2997, 1]) {
      const names = (index: typeof lsh) => index.candidates(sig(report(i))).map((x) => x.name);
      expect(names(lsh)).toEqual(names(fresh));
    }
  });

  it('answers as a fresh index after many rebuilds of a window that keeps its size (the table cleared and reused)', () => {
    type Item = { sig: ReturnType<typeof sig>; alive: boolean; name: string };
    const lsh = new LshIndex<Item>();
    const report = (i: number) => `خبر ${String(i).replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)] ?? d)} و ${text}`;
    const items: Item[] = [];
    // A window of 1,200 items sliding over 6,000: a rebuild each time half of what is stored has left.
    for (let i = 0; i < 6000; i++) {
      items.push({ sig: sig(report(i)), alive: true, name: String(i) });
      lsh.add(items[i] as Item);
      const leaving = items[i - 1200];
      if (leaving) {
        leaving.alive = false;
        lsh.removed(leaving);
      }
    }
    const fresh = new LshIndex<Item>();
    for (const item of items) if (item.alive) fresh.add(item);
    for (const i of [4800, 5000, 5999, 100, 4799]) {
      const names = (index: LshIndex<Item>) => index.candidates(sig(report(i))).map((x) => x.name);
      expect(names(lsh)).toEqual(names(fresh));
      if (i >= 4800) expect(names(lsh)).toContain(String(i));
      else expect(names(lsh)).not.toContain(String(i));
    }
  });
});
