// npm run bench:persian — throughput of display normalization and search keys over a large Persian text
// built from the replay corpus's expected texts, against a bare String.prototype.normalize('NFC') pass over
// the same text in the same run. MB are 10^6 bytes of the text's UTF-8 encoding. Hazm's normalizer runs at
// about 1.1 MB/s on this machine (the figure in issue 3; Python is not installed here to run it alongside).
//
// The three passes take turns, round after round, so a machine busy with other work slows them alike; each
// is reported as the best and the median of its rounds, by the clock and by the process's CPU time. The
// text goes through line by line (as the crawler calls it), and then as a single string.
//
// BENCH_BYTES (default 20 MB), BENCH_ROUNDS (default 5). BENCH_REFERENCE=1 also times, on the 2 MB slice and
// in the same rounds, the string-based implementation the buffer passes replaced (kept in
// src/persian/differential/reference/).
import { readFileSync } from 'node:fs';
import { normalizeDisplay, searchKey } from '../src/persian/index.ts';

const TARGET_BYTES = Number(process.env.BENCH_BYTES ?? 20_000_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SMALL_BYTES = 2_000_000;

interface Manifest {
  articles: { expected: { title?: string; kicker?: string; lead?: string; text?: string } }[];
}

function buildLines(targetBytes: number): string[] {
  const manifest = JSON.parse(readFileSync(new URL('../fixtures/replay/manifest.json', import.meta.url), 'utf8')) as Manifest;
  const lines: string[] = [];
  for (const { expected } of manifest.articles) {
    for (const part of [expected.kicker, expected.title, expected.lead, expected.text]) if (part) lines.push(...part.split('\n'));
  }
  // Break each line the way Persian web text arrives: lost ZWNJ on every other line, Arabic yeh and kaf on
  // every third, Latin digits on every fifth, so the normalizer does its real work.
  const broken = lines.map((line, i) => {
    let s = line;
    if (i % 2 === 0) s = s.replace(/\u200C/g, i % 4 === 0 ? '' : ' ');
    if (i % 3 === 0) s = s.replace(/ی/g, 'ي').replace(/ک/g, 'ك');
    if (i % 5 === 0) s = s.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x6f0));
    return s;
  });
  const unitBytes = Buffer.byteLength(broken.join('\n')) + 1;
  return Array.from({ length: Math.ceil(targetBytes / unitBytes) }, () => broken).flat();
}

interface Pass {
  name: string;
  run: () => unknown;
  wall: number[];
  cpu: number[];
}

const pass = (name: string, run: () => unknown): Pass => ({ name, run, wall: [], cpu: [] });

/** Runs each pass once to warm up, then `rounds` rounds in turn, recording seconds by the clock and of CPU. */
function measure(passes: Pass[], rounds: number): void {
  for (const p of passes) p.run();
  for (let r = 0; r < rounds; r++) {
    for (const p of passes) {
      const cpu0 = process.cpuUsage();
      const t0 = process.hrtime.bigint();
      p.run();
      p.wall.push(Number(process.hrtime.bigint() - t0) / 1e9);
      const cpu = process.cpuUsage(cpu0);
      p.cpu.push((cpu.user + cpu.system) / 1e6);
    }
  }
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? (s[(s.length - 1) / 2] ?? 0) : ((s[s.length / 2 - 1] ?? 0) + (s[s.length / 2] ?? 0)) / 2;
};
const rate = (bytes: number, seconds: number): number => bytes / 1e6 / seconds;
const fmt = (x: number): string => x.toFixed(1).padStart(7);

/** MB/s best and median by the clock, best by CPU time, and the median of the per-round ratios to `base`. */
function report(bytes: number, passes: Pass[], base?: Pass): Map<string, { best: number; median: number }> {
  const out = new Map<string, { best: number; median: number }>();
  console.log(`${''.padEnd(36)} ${'best'.padStart(7)} ${'median'.padStart(7)} ${'cpu'.padStart(7)}  MB/s${base ? '   ratio to NFC (median)' : ''}`);
  for (const p of passes) {
    const best = rate(bytes, Math.min(...p.wall));
    const mid = rate(bytes, median(p.wall));
    const cpu = rate(bytes, Math.min(...p.cpu));
    const ratio = base && p !== base ? `   ${median(p.wall.map((w, i) => (base.wall[i] ?? w) / w)).toFixed(3)}` : '';
    console.log(`${p.name.padEnd(36)} ${fmt(best)} ${fmt(mid)} ${fmt(cpu)}${ratio}`);
    out.set(p.name, { best, median: mid });
  }
  return out;
}

const lines = buildLines(TARGET_BYTES);
const bytes = Buffer.byteLength(lines.join('\n'));
const smallLines = lines.slice(0, Math.round((lines.length * SMALL_BYTES) / bytes));
const smallBytes = Buffer.byteLength(smallLines.join('\n'));
console.log(`text: ${(bytes / 1e6).toFixed(1)} MB UTF-8, ${lines.length} lines, from fixtures/replay/manifest.json; ${ROUNDS} rounds`);

// The small slice takes its turns in the same rounds, so that load on the machine falls on both alike.
const nfc = pass("String.prototype.normalize('NFC')", () => lines.map((l) => l.normalize('NFC')));
const display = pass('normalizeDisplay', () => lines.map(normalizeDisplay));
const key = pass('searchKey', () => lines.map(searchKey));
const smallDisplay = pass('normalizeDisplay', () => smallLines.map(normalizeDisplay));
const smallKey = pass('searchKey', () => smallLines.map(searchKey));
const before: Pass[] = [];
if (process.env.BENCH_REFERENCE) {
  const reference = await import('../src/persian/differential/reference/normalize.ts');
  before.push(pass('normalizeDisplay (before)', () => smallLines.map(reference.normalizeDisplay)));
  before.push(pass('searchKey (before)', () => smallLines.map(reference.searchKey)));
}
measure([nfc, display, key, smallDisplay, smallKey, ...before], ROUNDS);
console.log(`\nline by line, ${(bytes / 1e6).toFixed(1)} MB`);
const big = report(bytes, [nfc, display, key], nfc);
console.log(`\nline by line, the first ${(smallBytes / 1e6).toFixed(1)} MB (the rate must not fall as the text grows)`);
const small = report(smallBytes, [smallDisplay, smallKey, ...before]);
for (const [after, old] of [[smallDisplay, before[0]], [smallKey, before[1]]] as const) {
  if (old) console.log(`${after.name}: ${median(after.wall.map((w, i) => (old.wall[i] ?? w) / w)).toFixed(1)}× the rate before (median of rounds)`);
}
/** Median over rounds of the rate on the whole text over the rate on the slice. */
const scaling = (whole: Pass, slice: Pass): number => median(whole.wall.map((w, i) => (bytes / w) / (smallBytes / (slice.wall[i] ?? w))));

const text = lines.join('\n');
console.log(`\nthe whole ${(bytes / 1e6).toFixed(1)} MB as one string (worked through in pieces of lines)`);
const wholeNfc = pass("String.prototype.normalize('NFC')", () => text.normalize('NFC'));
const wholeDisplay = pass('normalizeDisplay', () => normalizeDisplay(text));
const wholeKey = pass('searchKey', () => searchKey(text));
measure([wholeNfc, wholeDisplay, wholeKey], Math.min(ROUNDS, 3));
report(bytes, [wholeNfc, wholeDisplay, wholeKey], wholeNfc);

const displayBig = big.get('normalizeDisplay');
const keyBig = big.get('searchKey');
const displaySmall = small.get('normalizeDisplay');
if (displayBig && keyBig && displaySmall) {
  console.log(`\nagainst Hazm's ~1.1 MB/s: normalizeDisplay ${(displayBig.best / 1.1).toFixed(1)}× (best), ${(displayBig.median / 1.1).toFixed(1)}× (median)`);
  console.log(`bar ≥ 20 MB/s on one core: normalizeDisplay ${displayBig.best >= 20 ? 'met' : 'NOT met'} (best ${displayBig.best.toFixed(1)}, median ${displayBig.median.toFixed(1)}); searchKey best ${keyBig.best.toFixed(1)}, median ${keyBig.median.toFixed(1)}`);
  const byCpu = (whole: Pass, slice: Pass): string => (rate(bytes, Math.min(...whole.cpu)) / rate(smallBytes, Math.min(...slice.cpu))).toFixed(2);
  console.log(`rate at ${(bytes / 1e6).toFixed(0)} MB over rate at ${(smallBytes / 1e6).toFixed(0)} MB (1.0 is linear), by the clock (median of rounds) and by CPU time (best): normalizeDisplay ${scaling(display, smallDisplay).toFixed(2)}, ${byCpu(display, smallDisplay)}; searchKey ${scaling(key, smallKey).toFixed(2)}, ${byCpu(key, smallKey)}`);
}
