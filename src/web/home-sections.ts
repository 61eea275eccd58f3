import type { ArticleSummary, CoveredSummary } from '../store/index.ts';
import { CATEGORIES, type Category } from './categories.ts';
import type { WebDeps } from './deps.ts';
import { mostCovered } from './most-covered.ts';
import { categorySections } from './pages/category.tsx';

/** How many top stories and how many headlines per category the home page's first page shows. */
export const TOP_STORIES = 6;
export const PER_CATEGORY = 4;
/** A story's weight halves with every this many hours since its newest article: coverage counts, so does news. */
const HALF_LIFE_HOURS = 8;

/**
 * The top stories: those most outlets told in the last day, weighed by how recent their newest article is, so a
 * story six outlets told this morning ranks above one seven outlets told yesterday. A story one outlet told ranks
 * only when there are not enough others.
 */
export function rankTopStories(items: CoveredSummary[], until: Date, limit = TOP_STORIES): CoveredSummary[] {
  const weight = (a: CoveredSummary) => {
    const hours = Math.max(0, (until.getTime() - Date.parse(a.latest)) / 3600_000);
    return a.outlets * 0.5 ** (hours / HALF_LIFE_HOURS);
  };
  const shared = items
    .filter((a) => a.outlets > 1)
    .sort((a, b) => weight(b) - weight(a) || b.latest.localeCompare(a.latest));
  const alone = items.filter((a) => a.outlets <= 1).sort((a, b) => b.latest.localeCompare(a.latest));
  return [...shared, ...alone].slice(0, limit);
}

/** One headline per story: the newest article of each, in the order given, at most `limit`. */
export function onePerStory(
  items: ArticleSummary[],
  limit: number,
  skip: ReadonlySet<number> = new Set(),
): ArticleSummary[] {
  const seen = new Set<number>(skip);
  const out: ArticleSummary[] = [];
  for (const a of items) {
    if (a.story !== null) {
      if (seen.has(a.story)) continue;
      seen.add(a.story);
    }
    out.push(a);
    if (out.length === limit) break;
  }
  return out;
}

export interface HomeSections {
  top: CoveredSummary[];
  /** Each category that has articles, with its newest headlines, a story at most once. */
  categories: { category: Category; items: ArticleSummary[] }[];
}

/** What the first page of the home shows above and below the latest stories; kept until the store changes. */
export function homeSections(deps: WebDeps): Promise<HomeSections> {
  return deps.memo('homeSections', async () => {
    const now = deps.now();
    const coverage = await mostCovered(deps.store, now, 24);
    const top = rankTopStories(coverage.items, new Date(coverage.until));
    const onTop = new Set(top.flatMap((a) => (a.story === null ? [] : [a.story])));
    const sections = await categorySections(deps);
    const categories = [];
    for (const category of CATEGORIES) {
      const names = sections.get(category.slug)?.sections ?? [];
      if (!names.length) continue;
      // A few more than shown: several may be versions of one story, or already among the top stories.
      const items = onePerStory(
        await deps.store.latestInSections(names, { limit: PER_CATEGORY * 4 }),
        PER_CATEGORY,
        onTop,
      );
      if (items.length) categories.push({ category, items });
    }
    return { top, categories };
  });
}
