import type { Logger } from 'pino';
import type { Article } from '../model/types.ts';
import type { Repository, StoryChange, StoryRecord, StoryStore } from '../store/index.ts';
import { type AddResult, type ClusterSettings, StoryClusterer } from './clusterer.ts';
import type { StoryInput } from './features.ts';
import type { Story } from './story-state.ts';

const HOUR = 3_600_000;

/** An article as clustering reads it. */
export function storyInput(a: Article): StoryInput {
  return { id: String(a.id), title: a.title, lead: a.lead, text: a.text, source: a.source, published: Date.parse(a.published ?? a.fetched) };
}

/**
 * Gives every stored article its story and keeps the stories table current. One keeper per store and
 * process: it holds the window in memory, restored from the store when it starts, and places articles one
 * at a time in the order they are stored (see docs/stories.md on articles that arrive late).
 */
export class StoryKeeper {
  private clusterer: StoryClusterer | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly stories: StoryStore | undefined;

  constructor(
    private readonly store: Repository,
    private readonly log?: Logger,
    private readonly opts: ClusterSettings = {},
  ) {
    this.stories = store.stories;
  }

  /** Restores the window and places every article still without a story; later calls wait for the first. */
  prepare(): Promise<void> {
    return this.serial(() => this.ready());
  }

  /** Places one stored (new or changed) article. Never throws: a failure is logged and the crawl goes on. */
  onArticle(id: number): Promise<void> {
    return this.serial(async () => {
      const clusterer = await this.ready();
      const article = await this.store.getArticle(id);
      if (clusterer && article) await this.place(clusterer, article);
    });
  }

  private serial(task: () => Promise<unknown>): Promise<void> {
    // Across processes (PostgreSQL workers) one placement at a time, and a window another process changed is rebuilt.
    const exclusive = this.stories?.exclusive?.bind(this.stories);
    const guarded = exclusive
      ? () =>
          exclusive(async (foreign) => {
            if (foreign) this.clusterer = null;
            return task();
          })
      : task;
    const run = this.queue.then(guarded).then(
      () => undefined,
      (err: unknown) => this.log?.error({ err }, 'story assignment failed'),
    );
    this.queue = run;
    return run;
  }

  private async ready(): Promise<StoryClusterer | null> {
    if (this.clusterer || !this.stories) return this.clusterer;
    const sources = await this.store.listSources();
    const outletNames = sources.flatMap((s) => [s.nameFa, ...s.aliases]).filter((n) => n.length > 1);
    const clusterer = new StoryClusterer({
      ...this.opts,
      firstStoryId: (await this.stories.maxId()) + 1,
      features: { ...this.opts.features, outletNames },
    });
    await this.restore(clusterer, this.stories);
    this.clusterer = clusterer;
    let placed = 0;
    for await (const a of this.stories.unassigned()) {
      await this.place(clusterer, a);
      placed++;
    }
    if (placed) this.log?.info({ articles: placed }, 'stories assigned to stored articles');
    return clusterer;
  }

  /** Puts the window's stories back in memory, every article of each (so counts and first reports stay whole). */
  private async restore(clusterer: StoryClusterer, stories: StoryStore): Promise<void> {
    const newest = await this.store.newestPublished();
    if (!newest) return;
    const since = new Date(Date.parse(newest) - clusterer.opts.windowHours * HOUR).toISOString();
    const members: Article[] = [];
    for (const id of await stories.activeSince(since)) members.push(...(await stories.articles(id)));
    members.sort((a, b) => Date.parse(a.published ?? a.fetched) - Date.parse(b.published ?? b.fetched) || a.id - b.id);
    for (const a of members) {
      if (a.story !== null) clusterer.restore(storyInput(a), a.story, a.duplicateOf === null ? null : String(a.duplicateOf));
    }
  }

  private async place(clusterer: StoryClusterer, article: Article): Promise<void> {
    const result = clusterer.add(storyInput(article));
    await this.stories?.save(this.change(clusterer, result));
  }

  private change(clusterer: StoryClusterer, r: AddResult): StoryChange {
    const articles = [r.placement, ...r.changed].map((p) => ({
      id: Number(p.id),
      story: p.story,
      duplicateOf: p.duplicateOf === null ? null : Number(p.duplicateOf),
    }));
    const stories: StoryRecord[] = [];
    for (const id of new Set(r.touched)) {
      const story = clusterer.story(id);
      if (story?.members.length) stories.push(storyRecord(story, clusterer));
    }
    return { articles, stories, merged: r.merged };
  }
}

/** The row a live story is saved as. */
export function storyRecord(story: Story, clusterer: StoryClusterer): StoryRecord {
  const members = [...story.members].sort((a, b) => a.time - b.time || a.seq - b.seq);
  const first = members[0];
  const rep = story.representative(clusterer.opts.centroidTerms) ?? first;
  return {
    id: story.id,
    title: rep?.title ?? '',
    representative: rep ? Number(rep.key) : null,
    firstSeen: new Date(story.first).toISOString(),
    lastUpdated: new Date(story.last).toISOString(),
    articleCount: members.length,
    outletCount: new Set(members.map((m) => m.source)).size,
    firstReporter: first?.source ?? null,
    topTerms: story.centroid.top(8).map((id) => clusterer.vocab.term(id)),
    entities: [...story.anchors.places, ...story.anchors.people],
  };
}
