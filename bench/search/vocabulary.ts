// The benchmark's text: a first-order word chain over the Persian corpora (shared/corpora/persian-articles and
// the replay gold texts), so common words are common, names are rare and adjacent pairs occur as in real text.
// Each word's display form and search key are computed once; an article's key is its words' keys joined.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { normalizeDisplay, searchKey } from '../../src/persian/index.ts';
import type { NewArticle } from '../../src/store/store.ts';
import { mulberry32 } from '../../scripts/replay/prng.ts';

const CORPORA = new URL('../../../shared/corpora/persian-articles/', import.meta.url);
const REPLAY = new URL('../../fixtures/replay/manifest.json', import.meta.url);

export interface Vocabulary {
  words: string[];
  keys: string[];
  /** Occurrences of each word, for sampling by frequency. */
  counts: number[];
  /** Successors of each word, with repetition (a follower seen twice is twice as likely). */
  next: number[][];
  pairs: number;
}

function texts(): string[] {
  const out: string[] = [];
  const dir = CORPORA.pathname;
  const irib = `${dir}iribnews/articles.jsonl`;
  if (existsSync(irib)) {
    for (const line of readFileSync(irib, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const a = JSON.parse(line) as { title?: string; summary?: string; body_html?: string };
      out.push(a.title ?? '', a.summary ?? '', (a.body_html ?? '').replace(/<[^>]*>/g, ' ').replace(/&[a-z#0-9]+;/g, ' '));
    }
  }
  const targoman = `${dir}targoman-sample/`;
  if (existsSync(targoman)) {
    for (const f of readdirSync(targoman)) {
      const a = JSON.parse(readFileSync(targoman + f, 'utf8')) as { title?: string; subtitle?: string; content?: unknown };
      const content = typeof a.content === 'string' ? a.content : JSON.stringify(a.content ?? '');
      out.push(a.title ?? '', a.subtitle ?? '', content.replace(/["']?(type|text)["']?\s*:\s*["']\w*["']?/g, ' '));
    }
  }
  const manifest = JSON.parse(readFileSync(REPLAY, 'utf8')) as { articles: { expected: Record<string, string | undefined> }[] };
  for (const { expected } of manifest.articles) out.push(expected.title ?? '', expected.lead ?? '', expected.text ?? '');
  return out;
}

export function loadVocabulary(): Vocabulary {
  const index = new Map<string, number>();
  const v: Vocabulary = { words: [], keys: [], counts: [], next: [], pairs: 0 };
  for (const t of texts()) {
    for (const sentence of normalizeDisplay(t).split(/[.!?؟\n]+/)) {
      let prev = -1;
      for (const w of sentence.split(/\s+/)) {
        const word = w.replace(/^[«»"'()،؛:,]+|[«»"'()،؛:,]+$/g, '');
        if (!word || word.length > 30) continue;
        const key = searchKey(word);
        if (!key) continue;
        let i = index.get(word);
        if (i === undefined) {
          i = v.words.length;
          index.set(word, i);
          v.words.push(word);
          v.keys.push(key);
          v.counts.push(0);
          v.next.push([]);
        }
        v.counts[i]!++;
        if (prev >= 0) {
          v.next[prev]!.push(i);
          v.pairs++;
        }
        prev = i;
      }
    }
  }
  return v;
}

export const OUTLETS = ['isna', 'irna', 'mehr', 'tasnim', 'fars', 'khabaronline', 'hamshahri', 'tabnak', 'yjc', 'bbc', 'radiofarda', 'dw', 'euronews', 'independent', 'iranintl'];

export class Generator {
  private readonly random: () => number;
  private readonly tokens: number[] = [];

  constructor(
    private readonly v: Vocabulary,
    seed: number,
    private readonly total: number,
  ) {
    this.random = mulberry32(seed);
    // Sampling by frequency: one slot per occurrence.
    v.counts.forEach((c, i) => {
      for (let k = 0; k < c; k++) this.tokens.push(i);
    });
  }

  /** A run of `n` words following the chain, restarting at a random word where it ends. */
  words(n: number): number[] {
    const out: number[] = [];
    let w = this.tokens[Math.floor(this.random() * this.tokens.length)]!;
    for (let k = 0; k < n; k++) {
      out.push(w);
      const next = this.v.next[w]!;
      w = next.length && this.random() < 0.9 ? next[Math.floor(this.random() * next.length)]! : this.tokens[Math.floor(this.random() * this.tokens.length)]!;
    }
    return out;
  }

  /** Articles number `from` … `from + n − 1` of `total`, published in order over two years: a 10-word title, a
   * 25-word lead, 120 words of text. */
  articles(from: number, n: number): NewArticle[] {
    const out: NewArticle[] = [];
    const span = 2 * 365 * 86_400_000;
    const start = Date.parse('2024-11-25T00:00:00Z');
    for (let i = from; i < from + n; i++) {
      const title = this.words(10);
      const lead = this.words(25);
      const text = this.words(120);
      const display = (ws: number[]) => ws.map((w) => this.v.words[w]).join(' ');
      const key = [...title, ...lead, ...text].map((w) => this.v.keys[w]).join(' ');
      const source = OUTLETS[i % OUTLETS.length]!;
      const url = `https://bench.example/${source}/${i}`;
      const t = display(text);
      out.push({
        source, url, canonicalUrl: url, title: display(title), kicker: '', lead: display(lead), text: t, html: `<p>${t}</p>`,
        published: new Date(start + Math.floor((span * i) / this.total)).toISOString(), modified: null,
        fetched: new Date(start + Math.floor((span * i) / this.total)).toISOString(), author: null, newsCode: null,
        section: null, tags: [], images: [], attribution: { reportedBy: source, quoting: [] }, related: [], lang: 'fa', dir: 'rtl',
        contentHash: createHash('sha1').update(key).digest('hex'), original: { title: '', lead: '', text: '' }, searchKey: key,
      });
    }
    return out;
  }
}
