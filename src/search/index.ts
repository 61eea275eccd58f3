export { parseQuery, type ParsedQuery } from './query.ts';
export { parseDateFilter } from './dates.ts';
export { search, rankAndGroup, recencyWeight, type SearchOptions, type SearchResponse, type SearchResult } from './search.ts';
export { snippetHtml } from './snippet.ts';
