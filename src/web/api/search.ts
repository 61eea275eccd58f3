import { Hono } from 'hono';
import { search } from '../../search/index.ts';
import type { WebDeps } from '../deps.ts';
import { originOf } from '../feeds/render.ts';

/**
 * GET /api/v1/search?q=…&limit=&offset=: {query, total, totalExact, results:[{id, url, link, title, source, sourceName,
 * published, story, storyMatches, snippet}], warnings}. Whatever `q` holds, the answer is 200: what cannot be used is a
 * warning. `snippet` is HTML (escaped text, matches in <mark>).
 */
export function searchApi(deps: WebDeps): Hono {
  const api = new Hono();
  api.get('/', async (c) => {
    const int = (name: string, fallback: number, max: number) => {
      const n = Number.parseInt(c.req.query(name) ?? '', 10);
      return Number.isFinite(n) ? Math.max(0, Math.min(max, n)) : fallback;
    };
    const limit = Math.max(1, int('limit', 20, 100));
    const offset = int('offset', 0, 1000);
    const r = await search(deps.store, (c.req.query('q') ?? '').slice(0, 1000), { limit, offset, now: deps.now() });
    const origin = originOf(c);
    return c.json({ ...r, results: r.results.map((x) => ({ ...x, link: `${origin}/article/${x.id}` })) });
  });
  return api;
}
