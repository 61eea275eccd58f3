import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { SqliteStore, repositoryOf } from '../store/index.ts';
import { newArticle } from '../store/testing/seed.ts';
import { goldArticles } from './eval/gold.ts';
import { scoreClusters } from './eval/metrics.ts';
import { StoryKeeper } from './keeper.ts';

const gold = goldArticles();
const log = pino({ level: 'silent' });

/** The gold set stored as the crawler would store it, without stories yet. */
function storedGold(): { store: SqliteStore; ids: Map<string, number> } {
  const store = new SqliteStore(':memory:');
  for (const slug of new Set(gold.map((a) => a.source))) {
    store.upsertSource({ slug, nameFa: slug, nameEn: slug, homepage: '', feeds: [], affiliation: 'unknown' });
  }
  const ids = new Map<string, number>();
  gold.forEach((a, i) => {
    const published = new Date(a.published).toISOString();
    const saved = store.saveArticle(newArticle(i + 1, { title: a.title, lead: a.lead, text: a.text, source: a.source, published, fetched: published }));
    ids.set(a.id, saved.id);
  });
  return { store, ids };
}

describe('StoryKeeper', () => {
  const { store, ids } = storedGold();
  const repo = repositoryOf(store);

  it('gives every stored article its story, and the stories match the gold events', async () => {
    await new StoryKeeper(repo, log).prepare();
    const byId = new Map([...store.allArticles()].map((a) => [a.id, a]));
    expect([...byId.values()].every((a) => a.story !== null)).toBe(true);
    const s = scoreClusters(
      gold.map((g) => g.id),
      (id) => String(byId.get(ids.get(id) ?? 0)?.story),
      (id) => gold.find((g) => g.id === id)?.event ?? '',
    );
    expect(s.pairPrecision).toBeGreaterThanOrEqual(0.95);
    expect(s.pairRecall).toBeGreaterThanOrEqual(0.9);
    const live = store.stories.latest({ limit: 1000 });
    expect(live.length).toBe(s.predicted);
    expect(live.reduce((n, st) => n + st.articleCount, 0)).toBe(gold.length);
  });

  it('saves each story with its headline, outlets and first reporter', () => {
    const quakeId = ids.get('soc-kerman-zarand-earthquake:tasnim') ?? 0;
    const story = store.stories.get(store.getArticle(quakeId)?.story ?? 0);
    expect(story?.firstReporter).toBe('tasnim');
    expect(story?.outletCount).toBe(5);
    expect(story?.articleCount).toBe(6);
    expect(story?.title).toContain('زرند');
    const copy = store.getArticle(ids.get('pol-lavasanat-land-grab-indictment:sepehr') ?? 0);
    expect(copy?.duplicateOf).toBe(ids.get('pol-lavasanat-land-grab-indictment:tasnim'));
  });

  it('after a restart, places a new article in the story it belongs to', async () => {
    const keeper = new StoryKeeper(repo, log);
    await keeper.prepare();
    const original = gold.find((g) => g.id === 'econ-oil-exports-aban-opec-meeting:tasnim');
    if (!original) throw new Error('gold article missing');
    const saved = store.saveArticle(
      newArticle(9001, {
        title: `فوری | ${original.title}`,
        lead: original.lead,
        text: original.text,
        source: 'yjc',
        published: new Date(original.published + 3_600_000).toISOString(),
      }),
    );
    await keeper.onArticle(saved.id);
    const stored = store.getArticle(saved.id);
    expect(stored?.story).toBe(store.getArticle(ids.get(original.id) ?? 0)?.story);
    expect(stored?.duplicateOf).toBe(ids.get(original.id));
  });

  it('does nothing for a store that keeps no stories', async () => {
    const bare = repositoryOf(new SqliteStore(':memory:'));
    const withoutStories = new Proxy(bare, { get: (t, k) => (k === 'stories' ? undefined : Reflect.get(t, k)) });
    await expect(new StoryKeeper(withoutStories, log).onArticle(1)).resolves.toBeUndefined();
  });
});
