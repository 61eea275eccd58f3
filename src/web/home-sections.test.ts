import { describe, expect, it } from 'vitest';
import type { CoveredSummary } from '../store/index.ts';
import { onePerStory, rankTopStories } from './home-sections.ts';
import { seededApp } from './test-store.ts';

function covered(id: number, outlets: number, latest: string, story: number | null = id): CoveredSummary {
  return {
    id,
    source: 'isna',
    sourceName: 'ایسنا',
    url: `https://www.isna.ir/news/${id}`,
    title: `خبر ${id}`,
    kicker: '',
    lead: '',
    published: latest,
    story,
    outlets,
    articles: outlets,
    latest,
  };
}

describe('the home page', () => {
  it('ranks top stories by outlets weighed by recency, and stories one outlet told last', () => {
    const until = new Date('2026-11-24T12:00:00Z');
    const ranked = rankTopStories(
      [
        covered(1, 7, '2026-11-23T14:00:00Z'),
        covered(2, 6, '2026-11-24T11:00:00Z'),
        covered(3, 1, '2026-11-24T11:59:00Z'),
        covered(4, 2, '2026-11-24T11:30:00Z'),
      ],
      until,
    );
    expect(ranked.map((a) => a.id)).toEqual([2, 4, 1, 3]);
    expect(
      rankTopStories([covered(1, 1, '2026-11-24T10:00:00Z'), covered(2, 1, '2026-11-24T11:00:00Z')], until).map(
        (a) => a.id,
      ),
    ).toEqual([2, 1]);
  });

  it('keeps one headline per story, after those already shown', () => {
    const a = (id: number, story: number | null) => ({ ...covered(id, 1, '2026-11-24T10:00:00Z', story) });
    expect(
      onePerStory([a(1, 7), a(2, 7), a(3, null), a(4, null), a(5, 9), a(6, 8)], 3, new Set([9])).map((x) => x.id),
    ).toEqual([1, 3, 4]);
  });

  it('leads with the top stories, then the latest stories, then each category', async () => {
    const { app } = seededApp();
    const html = await (await app.request('/')).text();
    const top = html.indexOf('id="top-title"');
    const latest = html.indexOf('id="latest-title"');
    const world = html.indexOf('id="category-economy"');
    expect(top).toBeGreaterThan(0);
    expect(latest).toBeGreaterThan(top);
    expect(world).toBeGreaterThan(latest);
    // The story three outlets told is the top story, linked to its story page with «+۲ منبع دیگر».
    const topList = html.slice(top, latest);
    expect(topList).toContain('href="/story/7"');
    expect(topList).toContain('+۲ منبع دیگر');
    // The economy category shows the market headline; the story already on top is not repeated under world.
    expect(html.slice(world)).toContain('بازار سهام سبز شد');
    expect(html).not.toContain('id="category-world"');
    // Later pages continue the latest stories alone.
    const second = await (await app.request('/?page=2')).text();
    expect(second).not.toContain('id="top-title"');
  });
});
