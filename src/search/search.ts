import type { Repository } from '../store/repository.ts';
import type { SearchCandidate } from '../store/search.ts';
import { parseQuery } from './query.ts';
import { resolveSources } from './sources.ts';
import { snippetHtml } from './snippet.ts';

export interface SearchResult {
  id: number;
  url: string;
  title: string;
  source: string;
  sourceName: string;
  published: string | null;
  story: number | null;
  /** HTML: the passage around the query's words, text escaped, matches in <mark>. */
  snippet: string;
  /** Matching articles of the same story (this one included); 1 for an article without a story. */
  storyMatches: number;
}

export interface SearchResponse {
  query: string;
  /** Articles that match: exact, or an estimate when `totalExact` is false (PostgreSQL, more matches than are ranked). */
  total: number;
  totalExact: boolean;
  /** One result per story (its best match), best first. */
  results: SearchResult[];
  warnings: string[];
}

export interface SearchOptions {
  limit?: number;
  offset?: number;
  /** Recency is measured from here. */
  now?: Date;
  /** How many of the newest matches are ranked. */
  window?: number;
}

const DAY = 86_400_000;
/**
 * How many of the newest matches are ranked. Reading more costs time in proportion on both drivers; news search
 * wants the recent anyway, and recency already weighs every score.
 */
export const DEFAULT_WINDOW = 300;
/** Relevance halves its recency bonus every HALF_LIFE days; an old article keeps half its BM25. */
const HALF_LIFE_DAYS = 7;

export function recencyWeight(published: string | null, now: number): number {
  if (!published) return 0.5;
  const age = Math.max(0, (now - Date.parse(published)) / DAY);
  return 0.5 + 0.5 * 2 ** (-age / HALF_LIFE_DAYS);
}

interface Group {
  best: SearchCandidate;
  score: number;
  matches: number;
}

/** Ranks candidates by BM25 × recency (newest first when the query has no words) and keeps one per story. */
export function rankAndGroup(candidates: SearchCandidate[], now: number, hasWords: boolean): Group[] {
  const scored = candidates.map((c) => ({ c, score: hasWords ? c.bm25 * recencyWeight(c.published, now) : 0 }));
  scored.sort((a, b) => b.score - a.score || (b.c.published ?? '').localeCompare(a.c.published ?? '') || b.c.id - a.c.id);
  const groups = new Map<number, Group>();
  for (const { c, score } of scored) {
    const key = c.story ?? -c.id;
    const g = groups.get(key);
    if (g) g.matches++;
    else groups.set(key, { best: c, score, matches: 1 });
  }
  return [...groups.values()];
}

/** Runs a reader's query against the store. Never throws for anything the reader typed. */
export async function search(store: Repository, raw: string, opts: SearchOptions = {}): Promise<SearchResponse> {
  const q = parseQuery(raw);
  const limit = Math.max(1, Math.min(100, opts.limit ?? 20));
  const offset = Math.max(0, opts.offset ?? 0);
  const warnings = [...q.warnings];
  const sources = await resolveSources(store, q.sources, warnings);
  const filtered = sources.length > 0 || q.since !== null || q.until !== null;
  if (!q.must.length && !filtered) {
    if (!raw.trim()) return { query: raw, total: 0, totalExact: true, results: [], warnings };
    warnings.push(q.not.length ? 'a query needs a word to find, not only words to leave out' : 'nothing to search for');
    return { query: raw, total: 0, totalExact: true, results: [], warnings };
  }
  const found = await store.searchArticles({
    must: q.must, not: q.not, sources, since: q.since, until: q.until, limit: opts.window ?? DEFAULT_WINDOW,
  });
  const groups = rankAndGroup(found.candidates, (opts.now ?? new Date()).getTime(), q.must.length > 0);
  const page = groups.slice(offset, offset + limit);
  const tokens = new Set(q.must.flat());
  const keys = new Map<string, string[]>();
  const results: SearchResult[] = [];
  // The page's articles and the outlets' names in two reads: on PostgreSQL each read is a round trip.
  const [articles, outlets] = await Promise.all([store.getArticles(page.map((g) => g.best.id)), store.listSources()]);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const names = new Map(outlets.map((s) => [s.slug, s.nameFa]));
  for (const g of page) {
    const a = byId.get(g.best.id);
    if (!a) continue; // removed between the two reads
    const sourceName = names.get(a.source);
    results.push({
      id: a.id, url: a.url, title: a.title, source: a.source, sourceName: sourceName ?? a.source, published: a.published,
      story: a.story, snippet: snippetHtml(`${a.lead}\n${a.text}`, tokens, keys), storyMatches: g.matches,
    });
  }
  return { query: raw, total: found.total, totalExact: found.totalExact, results, warnings };
}
