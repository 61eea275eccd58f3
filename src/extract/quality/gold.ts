// The Persian gold set: every article of the replay corpus (fixtures/replay/manifest.json) extracted from its
// stored page and compared field by field with what the manifest expects.
//
// How fields are compared:
// - title, lead: equal search keys (src/persian searchKey) with spaces removed, so the legacy site's spelling
//   (Arabic ي/ك, Latin digits, a lost ZWNJ that fuses «یزدان‌پناه» into «یزدانپناه») does not count;
//   `exact` also reports equality of the display forms.
// - text: F1 of character 4-grams (multisets) of the space-free search keys per article, so that spelling
//   does not count and words fused by a lost ZWNJ do not either; `wordF1` is the same over search-key words.
//   A "chrome leak" is any extracted line whose space-free search key is not part of the expected text's.
// - published: the same instant; newsCode: the same digits, or both absent.
// - attribution: the same reportedBy, and the same quoting list in order (names compared by search key).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeDocument } from '../../fetch/index.ts';
import { normalizeDisplay, searchKey } from '../../persian/index.ts';
import { SourceAliases } from '../attribution.ts';
import { type ExtractResult, extractArticle } from '../extract.ts';

export const REPLAY_DIR = fileURLToPath(new URL('../../../fixtures/replay/', import.meta.url));
/** The origin the generator writes into pages (src/replay swaps it for its own when serving). */
export const PLACEHOLDER_ORIGIN = 'http://replay.khabar.test';

interface Expected {
  title: string;
  kicker: string;
  lead: string;
  text: string;
  published: string | null;
  newsCode: string | null;
  section: string | null;
  tags: string[];
  related: string[];
  attribution: { reportedBy: string | null; quoting: string[] };
}

interface ManifestArticle {
  id: string;
  outlet: string;
  url: string;
  expected: Expected;
}

export const GOLD_FIELDS = ['title', 'kicker', 'lead', 'published', 'newsCode', 'attribution', 'section', 'related'] as const;
export type GoldField = (typeof GOLD_FIELDS)[number];

export interface GoldArticleResult {
  id: string;
  outlet: string;
  rule: string | null;
  textF1: number;
  wordF1: number;
  /** Extracted lines that are not part of the article's text. */
  leaks: string[];
  ok: Record<GoldField, boolean>;
  /** Title and lead equal in display form, not only by search key. */
  exact: { title: boolean; lead: boolean };
  got: ExtractResult;
  expected: Expected;
}

export function loadReplayAliases(dir = REPLAY_DIR): SourceAliases {
  const { outlets } = JSON.parse(readFileSync(`${dir}/outlets.json`, 'utf8')) as {
    outlets: { slug: string; nameFa: string; aliases?: string[] }[];
  };
  return new SourceAliases(outlets);
}

function multisetF1(expected: string[], got: string[]): number {
  if (!expected.length && !got.length) return 1;
  const e = new Map<string, number>();
  for (const t of expected) e.set(t, (e.get(t) ?? 0) + 1);
  let overlap = 0;
  for (const t of got) {
    const left = e.get(t) ?? 0;
    if (left > 0) {
      overlap++;
      e.set(t, left - 1);
    }
  }
  if (overlap === 0) return 0;
  const p = overlap / got.length;
  const r = overlap / expected.length;
  return (2 * p * r) / (p + r);
}

const words = (s: string) => searchKey(s).split(' ').filter(Boolean);
function grams(s: string): string[] {
  const k = spaceFreeKey(s.replace(/\n/g, ' '));
  const out: string[] = [];
  for (let i = 0; i + 4 <= k.length; i++) out.push(k.slice(i, i + 4));
  return out;
}

const spaceFreeKey = (s: string) => searchKey(s).replace(/ /g, '');
const sameKey = (a: string | null | undefined, b: string | null | undefined) => spaceFreeKey(a ?? '') === spaceFreeKey(b ?? '');

function relatedPaths(links: { url: string }[]): string[] {
  return links.map((l) => {
    try {
      return decodeURI(new URL(l.url).pathname);
    } catch {
      return l.url;
    }
  });
}

export function evaluateArticle(a: ManifestArticle, html: string, aliases: SourceAliases): GoldArticleResult {
  const got = extractArticle(html, { url: PLACEHOLDER_ORIGIN + a.url, aliases, publisher: a.outlet });
  const x = a.expected;
  const expectedText = spaceFreeKey(x.text);
  const leaks = got.text.split('\n').filter((line) => line && !expectedText.includes(spaceFreeKey(line)));
  const sameInstant = x.published === null ? got.published === null : got.published !== null && Date.parse(got.published) === Date.parse(x.published);
  const quotingOk =
    got.attribution.quoting.length === x.attribution.quoting.length && got.attribution.quoting.every((q, i) => sameKey(q, x.attribution.quoting[i]));
  const gotRelated = relatedPaths(got.related);
  return {
    id: a.id,
    outlet: a.outlet,
    rule: got.rule,
    textF1: multisetF1(grams(x.text), grams(got.text)),
    wordF1: multisetF1(words(x.text), words(got.text)),
    leaks,
    ok: {
      title: sameKey(got.title, x.title),
      kicker: sameKey(got.kicker, x.kicker),
      lead: sameKey(got.lead, x.lead),
      published: sameInstant,
      newsCode: (got.newsCode ?? null) === (x.newsCode ?? null),
      attribution: got.attribution.reportedBy === x.attribution.reportedBy && quotingOk,
      section: sameKey(got.section, x.section),
      related: gotRelated.length === x.related.length && x.related.every((p) => gotRelated.includes(p)),
    },
    exact: { title: got.title === normalizeDisplay(x.title), lead: got.lead === normalizeDisplay(x.lead) },
    got,
    expected: x,
  };
}

export interface GoldSummary {
  articles: number;
  meanTextF1: number;
  minTextF1: number;
  meanWordF1: number;
  minWordF1: number;
  articlesWithLeaks: number;
  /** Share of articles right, per field. */
  fields: Record<GoldField, number>;
  exactTitle: number;
  exactLead: number;
}

export function evaluateGoldSet(dir = REPLAY_DIR): { results: GoldArticleResult[]; summary: GoldSummary } {
  const manifest = JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8')) as { articles: ManifestArticle[] };
  const aliases = loadReplayAliases(dir);
  const results = manifest.articles.map((a) => {
    const bytes = readFileSync(`${dir}/sites${a.url.endsWith('/') ? `${a.url}index.html` : a.url}`);
    return evaluateArticle(a, decodeDocument(bytes).text, aliases);
  });
  const n = results.length;
  const share = (f: (r: GoldArticleResult) => boolean) => results.filter(f).length / n;
  const fields = Object.fromEntries(GOLD_FIELDS.map((f) => [f, share((r) => r.ok[f])])) as Record<GoldField, number>;
  return {
    results,
    summary: {
      articles: n,
      meanTextF1: results.reduce((s, r) => s + r.textF1, 0) / n,
      minTextF1: Math.min(...results.map((r) => r.textF1)),
      meanWordF1: results.reduce((s, r) => s + r.wordF1, 0) / n,
      minWordF1: Math.min(...results.map((r) => r.wordF1)),
      articlesWithLeaks: results.filter((r) => r.leaks.length).length,
      fields,
      exactTitle: share((r) => r.exact.title),
      exactLead: share((r) => r.exact.lead),
    },
  };
}
