// npm run bench:persian — throughput of display normalization and search keys over a large Persian text
// built from the replay corpus's expected texts, against a bare String.prototype.normalize('NFC') pass over
// the same text in the same run. MB are 10^6 bytes of the text's UTF-8 encoding. Hazm's normalizer runs at
// about 1.1 MB/s on this machine (the figure in issue 3; Python is not installed here to run it alongside).
import { readFileSync } from 'node:fs';
import { normalizeDisplay, searchKey } from '../src/persian/index.ts';

const TARGET_BYTES = Number(process.env.BENCH_BYTES ?? 20_000_000);

interface Manifest {
  articles: { expected: { title?: string; kicker?: string; lead?: string; text?: string } }[];
}

function buildText(): string {
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
  const unit = broken.join('\n');
  const unitBytes = Buffer.byteLength(unit);
  return Array.from({ length: Math.ceil(TARGET_BYTES / unitBytes) }, () => unit).join('\n');
}

function time(label: string, bytes: number, fn: () => unknown): number {
  fn(); // warm up once
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    runs.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  const best = Math.min(...runs);
  const mbps = bytes / 1e6 / best;
  console.log(`${label.padEnd(34)} ${mbps.toFixed(1).padStart(7)} MB/s  (${best.toFixed(3)} s)`);
  return mbps;
}

const text = buildText();
const bytes = Buffer.byteLength(text);
const lines = text.split('\n');
console.log(`text: ${(bytes / 1e6).toFixed(1)} MB UTF-8, ${lines.length} lines, from fixtures/replay/manifest.json`);
const nfc = time("String.prototype.normalize('NFC')", bytes, () => lines.map((l) => l.normalize('NFC')));
const display = time('normalizeDisplay', bytes, () => lines.map(normalizeDisplay));
const key = time('searchKey', bytes, () => lines.map(searchKey));
console.log(`ratio to NFC: normalizeDisplay ${(display / nfc).toFixed(3)}, searchKey ${(key / nfc).toFixed(3)}`);
console.log(`against Hazm's ~1.1 MB/s: normalizeDisplay ${(display / 1.1).toFixed(1)}×, bar ≥ 20 MB/s: ${display >= 20 ? 'met' : 'NOT met'}`);
