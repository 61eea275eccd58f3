// The fixed query mix: content words common and rare, two-word queries, phrases, filters, and words spelled the
// way other sites write them (Arabic yeh and kaf, ZWNJ dropped, Arabic-Indic digits).
import { mulberry32 } from '../../scripts/replay/prng.ts';
import { OUTLETS, type Vocabulary } from './vocabulary.ts';

export interface BenchQuery {
  kind: 'word' | 'two words' | 'phrase' | 'filter' | 'variant';
  text: string;
}

const STOP_RANKS = 60;

export function buildQueries(v: Vocabulary, n: number): BenchQuery[] {
  const random = mulberry32(7);
  const byCount = v.words.map((_, i) => i).sort((a, b) => v.counts[b]! - v.counts[a]!);
  const content = byCount.slice(STOP_RANKS).filter((i) => v.keys[i]!.length >= 2);
  const weighted: number[] = [];
  for (const i of content) for (let k = 0; k < Math.min(v.counts[i]!, 50); k++) weighted.push(i);
  const pick = () => (random() < 0.5 ? weighted[Math.floor(random() * weighted.length)]! : content[Math.floor(random() * content.length)]!);
  const word = () => v.words[pick()]!;
  const out: BenchQuery[] = [];
  for (let q = 0; q < n; q++) {
    const r = random();
    if (r < 0.35) out.push({ kind: 'word', text: word() });
    else if (r < 0.55) out.push({ kind: 'two words', text: `${word()} ${word()}` });
    else if (r < 0.7) {
      let a = pick();
      while (!v.next[a]!.length) a = pick();
      const b = v.next[a]![Math.floor(random() * v.next[a]!.length)]!;
      out.push({ kind: 'phrase', text: `"${v.words[a]} ${v.words[b]}"` });
    } else if (r < 0.85) {
      const f = random();
      const filter =
        f < 0.4 ? `source:${OUTLETS[Math.floor(random() * OUTLETS.length)]}` : f < 0.7 ? 'since:1404/06/01' : 'since:2025-01-01 until:2025-06-30';
      out.push({ kind: 'filter', text: `${word()} ${filter}` });
    } else {
      const w = word()
        .replace(/ی/g, 'ي')
        .replace(/ک/g, 'ك')
        .replace(/\u200c/g, '')
        .replace(/[۰-۹]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0x6f0 + 0x660));
      out.push({ kind: 'variant', text: w });
    }
  }
  return out;
}
