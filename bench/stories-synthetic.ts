// A synthetic news stream for the story benchmark, made from the words of the replay corpus (and of
// ../shared/corpora/persian-articles when present): events with their own rare words, reported by one to
// eight outlets over a day, some as near-verbatim wire copies, over weeks of publication time.
import { existsSync, readFileSync } from 'node:fs';
import type { StoryInput } from '../src/stories/features.ts';
import { findAnchors } from '../src/stories/text/anchors.ts';
import { tokens } from '../src/stories/text/tokens.ts';
import { mulberry32 } from '../scripts/replay/prng.ts';

export interface SyntheticArticle extends StoryInput {
  event: number;
}

const MANIFEST = new URL('../fixtures/replay/manifest.json', import.meta.url);
const IRIB = new URL('../../shared/corpora/persian-articles/iribnews/articles.jsonl', import.meta.url);

/** Word counts of the corpus texts, most frequent first. */
export function corpusVocabulary(): { words: string[]; counts: number[]; sources: string[]; places: string[] } {
  const texts: string[] = [];
  const m = JSON.parse(readFileSync(MANIFEST, 'utf8')) as { articles: { expected: { title: string; lead: string; text: string } }[] };
  for (const a of m.articles) texts.push(a.expected.title, a.expected.lead, a.expected.text);
  if (existsSync(IRIB)) {
    for (const line of readFileSync(IRIB, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      // The bodies are stored as HTML: tags and entities («&nbsp;») part words, as spaces do.
      const a = JSON.parse(line) as { title?: string; summary?: string; body_html?: string };
      texts.push(a.title ?? '', a.summary ?? '', (a.body_html ?? '').replace(/<[^>]+>|&#?\w+;/g, ' '));
    }
  }
  const counts = new Map<string, number>();
  for (const t of texts) for (const w of t.split(/[\s.،؛:!؟?«»()"']+/u)) if (w && /\p{L}/u.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  // Words that are anchors (a place, a person, a month, a day, a number) would clash at random between
  // reports of one synthetic event: each event gets its own place and day instead.
  const anchored = (text: string) => {
    const a = findAnchors(tokens(text), text);
    return a.places.length + a.people.length + a.weekdays.length + a.days.length + a.offices.length + a.routes.length > 0;
  };
  // A word is plain when it makes no anchor, alone, before a family name or a ministry, or after a day
  // number; and it is not a number that names a weekday with «شنبه».
  const weekdayParts = new Set(['یک', 'دو', 'سه', 'چهار', 'پنج']);
  const plain = (w: string) =>
    tokens(w).length === 1 && !/\d/.test(w) && !weekdayParts.has(w) && !anchored(w) && !anchored(`${w} رحیمیان`) && !anchored(`${w} نفت`) && !anchored(`۳ ${w}`);
  const sorted = [...counts].filter(([w]) => plain(w)).sort((a, b) => b[1] - a[1]);
  return {
    words: sorted.map((e) => e[0]),
    counts: sorted.map((e) => e[1]),
    places: ['تهران', 'مشهد', 'اصفهان', 'تبریز', 'شیراز', 'اهواز', 'کرج', 'قم', 'رشت', 'کرمان', 'زاهدان', 'یزد', 'اراک', 'همدان', 'ارومیه', 'سنندج', 'بندرعباس', 'گرگان', 'ساری', 'بوشهر', 'کابل', 'بغداد', 'دمشق', 'ژنو', 'مسکو', 'پکن', 'لندن', 'پاریس'],
    sources: ['isna', 'irna', 'mehr', 'khabaronline', 'hamshahri', 'tasnim', 'fars', 'tabnak', 'yjc', 'bbc', 'radiofarda', 'euronews', 'independent', 'sepehr'],
  };
}

/**
 * `n` articles in publication order, made lazily (only the clusterer holds memory while it runs).
 * About `perDay` articles a day; an event has 1 article half the time, else 2 to 8.
 */
export function* syntheticStream(n: number, opts: { seed?: number; perDay?: number } = {}): Generator<SyntheticArticle> {
  const vocab = corpusVocabulary();
  const random = mulberry32(opts.seed ?? 1405);
  const perDay = opts.perDay ?? 4000;
  // Background words drawn by corpus frequency (a cumulative table), event words from the rarer ranks.
  const cumulative = new Float64Array(vocab.counts.length);
  let total = 0;
  vocab.counts.forEach((c, i) => (cumulative[i] = total += c));
  const background = () => {
    const x = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) < x) lo = mid + 1;
      else hi = mid;
    }
    return vocab.words[lo] ?? '';
  };
  const rareFrom = Math.min(300, vocab.words.length - 1);
  const corpusWord = () => vocab.words[rareFrom + Math.floor(random() * (vocab.words.length - rareFrom))] ?? '';
  // Names are an open set: half of an event's own words are names made of two corpus words' halves.
  const name = () => {
    const a = corpusWord();
    const b = corpusWord();
    return a.slice(0, Math.max(2, a.length >> 1)) + b.slice(b.length >> 1);
  };
  const eventWord = () => (random() < 0.5 ? name() : corpusWord());
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)] as T;
  const words = (event: string[], nEvent: number, nBackground: number) => {
    const out: string[] = [];
    for (let i = 0; i < nEvent; i++) out.push(pick(event));
    for (let i = 0; i < nBackground; i++) out.push(background());
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [out[i], out[j]] = [out[j] as string, out[i] as string];
    }
    return out.join(' ');
  };
  const start = Date.parse('2026-10-01T00:00:00Z');
  const spanMs = (n / perDay) * 86_400_000;
  // Events are laid out first (cheap), articles are written when their turn comes.
  const pending: { at: number; event: number; eventWords: string[]; place: string; k: number }[] = [];
  let made = 0;
  let event = 0;
  while (made < n) {
    const size = random() < 0.5 ? 1 : 2 + Math.floor(random() * 7);
    const at = start + random() * spanMs;
    const eventWords = Array.from({ length: 12 }, eventWord);
    const place = pick(vocab.places);
    for (let k = 0; k < size && made < n; k++, made++) pending.push({ at: at + random() * 20 * 3_600_000, event, eventWords, place, k });
    event++;
  }
  pending.sort((a, b) => a.at - b.at);
  // An event's first report is kept (to be copied) only until its last report is written.
  const left = new Map<number, number>();
  for (const p of pending) left.set(p.event, (left.get(p.event) ?? 0) + 1);
  const written = new Map<number, { title: string; lead: string; text: string }>();
  for (let i = 0; i < pending.length; i++) {
    const p = pending[i] as (typeof pending)[number];
    const earlier = written.get(p.event);
    // One report in six of a told event is a wire copy of its first report, with a word or two changed.
    const copy = earlier && random() < 1 / 6;
    const article = copy
      ? { title: earlier.title, lead: earlier.lead, text: `${earlier.text} ${background()}` }
      : { title: `${words(p.eventWords, 4, 5)} در ${p.place}`, lead: `${words(p.eventWords, 6, 16)} در ${p.place}`, text: words(p.eventWords, 30, 190) };
    if (!earlier) written.set(p.event, article);
    const remaining = (left.get(p.event) ?? 1) - 1;
    if (remaining) left.set(p.event, remaining);
    else {
      left.delete(p.event);
      written.delete(p.event);
    }
    pending[i] = undefined as unknown as (typeof pending)[number];
    yield { id: String(i), event: p.event, source: pick(vocab.sources), published: Math.round(p.at), ...article };
  }
}
