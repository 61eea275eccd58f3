/**
 * What a driver is asked to match. Terms are search-key tokens (see src/persian): one token is a word,
 * several are a phrase. The query language that produces them is in src/search.
 */
export interface SearchMatch {
  must: string[][];
  not: string[][];
  sources: string[];
  /** ISO 8601 UTC, inclusive. */
  since: string | null;
  /** ISO 8601 UTC, exclusive. */
  until: string | null;
  /** How many matches are ranked: the newest by arrival (id), so a common word costs the same as a rare one. */
  limit: number;
}

export interface SearchCandidate {
  id: number;
  /** Okapi BM25 of the article for the query's words (k1 1.2, b 0.75); 0 when the query has no words. */
  bm25: number;
  published: string | null;
  story: number | null;
}

export interface SearchCandidates {
  /** Every article that matches (not only the ranked ones): exact, or the driver's estimate when `totalExact` is false. */
  total: number;
  totalExact: boolean;
  candidates: SearchCandidate[];
}
