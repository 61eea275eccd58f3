import { type ClaimClash, claimClash } from './claims.ts';
import { readArticle } from './doc-reader.ts';
import { type StoryInput, termFactor } from './features.ts';
import { CopyFinder } from './copies.ts';
import { current, decay, joinBar } from './scoring.ts';
import { type ClusterOptions, type ClusterSettings, clusterOptions } from './options.ts';
import { splitStory } from './split.ts';
import { type Doc, Story } from './story-state.ts';
import { StoryRanker } from './ranking.ts';
import { TermIndex } from './term-index.ts';
import { anyClash } from './text/anchors.ts';
import { Vocabulary, dot } from './vectors.ts';

export type { ClusterOptions, ClusterSettings } from './options.ts';
export { DEFAULT_CLUSTER } from './options.ts';

const HOUR = 3_600_000;

/** Where an article went: its story and, for copies, the article it copies. */
export interface Placement {
  id: string;
  story: number;
  duplicateOf: string | null;
}

export interface AddResult {
  placement: Placement;
  /** Other articles whose story or duplicate mark changed (merges, splits, a late original). */
  changed: Placement[];
  /** Stories that lost their id to an older one they were merged into. */
  merged: { from: number; into: number }[];
  /** Stories whose members changed. */
  touched: number[];
}

/**
 * Online story clustering in arrival order, no look-ahead. Each article is compared with the stories in
 * the window (inverted index over TF-IDF terms, LSH over shingles for copies), vetoed where anchors or
 * headline claims clash, and joins the best story above the threshold or starts its own. Two stories the
 * article bridges are merged (the older id stays); a story whose links no longer hold is split.
 */
export class StoryClusterer {
  readonly opts: ClusterOptions;
  readonly vocab: Vocabulary;
  private readonly terms: TermIndex;
  private readonly copies: CopyFinder;
  private readonly docs = new Map<string, Doc>();
  private readonly live = new Map<number, Story>();
  private nextStoryId: number;
  private seq = 0;
  private watermark = Number.NEGATIVE_INFINITY;
  private sinceSweep = 0;
  private readonly ranker: StoryRanker;
  /** What the stream has done so far, for reports and benchmarks. */
  readonly stats = { articles: 0, duplicates: 0, stories: 0, merges: 0, splits: 0, evicted: 0 };

  constructor(opts: ClusterSettings = {}) {
    this.opts = clusterOptions(opts);
    this.vocab = new Vocabulary(termFactor(this.opts.features));
    this.copies = new CopyFinder(this.opts);
    this.terms = new TermIndex(this.opts.keepTerms, this.opts.indexTerms);
    this.ranker = new StoryRanker(this.opts, this.vocab, this.terms);
    this.nextStoryId = this.opts.firstStoryId;
  }

  /** Live articles in the window. */
  get size(): number {
    return this.docs.size;
  }

  story(id: number): Story | undefined {
    return this.live.get(id);
  }

  doc(key: string): Doc | undefined {
    return this.docs.get(key);
  }

  /** Places a new article. An id seen before keeps its story, with its features refreshed. */
  add(input: StoryInput): AddResult {
    const doc = this.read(input);
    this.advance(input.published);
    const result: AddResult = { placement: { id: input.id, story: 0, duplicateOf: null }, changed: [], merged: [], touched: [] };
    const previous = this.docs.get(input.id);
    if (previous) return this.replace(previous, doc, result);
    const original = this.findDuplicate(doc);
    let story = original?.story;
    if (original) doc.links.push(original);
    else {
      const ranked = this.ranker.rank(doc, this.vetoed, this.contradicts);
      const best = ranked[0];
      if (best && best.score >= joinBar(this.opts, doc, best.story, best.via)) {
        story = best.story;
        doc.links.push(best.via);
        for (const other of ranked.slice(1)) {
          if (other.score < this.opts.merge) break;
          if (anyClash(story.anchors, other.story.anchors, this.opts.vetoes)) continue;
          doc.links.push(other.via);
          story = this.mergeStories(story, other.story, result);
        }
      }
    }
    story ??= this.newStory();
    this.attach(doc, story, original ?? null, result);
    this.stats.articles++;
    if (original) this.stats.duplicates++;
    result.placement = this.placement(doc);
    result.touched.push(story.id);
    this.checkLinks(story, result);
    return result;
  }

  /** Puts back an article already placed (from the store), without deciding anything. */
  restore(input: StoryInput, storyId: number, duplicateOf: string | null): void {
    if (this.docs.has(input.id)) return;
    const doc = this.read(input);
    this.watermark = Math.max(this.watermark, input.published);
    let story = this.live.get(storyId);
    if (!story) {
      story = new Story(storyId);
      this.live.set(storyId, story);
    }
    this.nextStoryId = Math.max(this.nextStoryId, storyId + 1);
    const original = duplicateOf ? this.docs.get(duplicateOf) : undefined;
    // Its link is the member it is most like, as if it had been placed there now.
    let via: Doc | undefined = original;
    let best = -1;
    if (!via) for (const m of story.members.slice(-64)) if (dot(doc.vec, m.vec) > best) [via, best] = [m, dot(doc.vec, m.vec)];
    if (via) doc.links.push(via);
    this.attach(doc, story, null);
    if (original) doc.duplicateOf = original.duplicateOf ?? original;
    story.checkedAt = story.members.length;
  }

  placement(doc: Doc): Placement {
    return { id: doc.key, story: doc.story.id, duplicateOf: doc.duplicateOf?.key ?? null };
  }

  /** How the article's headline contradicts another's, if it does (a swap only against an article without body). */
  clash(doc: Doc, other: Doc): ClaimClash | null {
    if (!this.opts.claimChecks) return null;
    return claimClash(doc.claims, other.claims, this.rare, doc.thin || other.thin);
  }

  private rare = (id: number): boolean => this.vocab.df(id) <= Math.max(2, this.opts.rareShare * this.vocab.docs);

  private read(input: StoryInput): Doc {
    return readArticle(input, this.opts, this.vocab, this.seq++);
  }

  private readonly vetoed = (doc: Doc, story: Story): boolean => anyClash(doc.anchors, story.anchors, this.opts.vetoes);

  private readonly contradicts = (doc: Doc, other: Doc): boolean => this.clash(doc, other) !== null;

  /** The article this one copies, if any, among those its anchors and headline agree with. */
  private findDuplicate(doc: Doc): Doc | undefined {
    return this.copies.find(
      doc,
      (c) => !anyClash(doc.anchors, c.anchors, this.opts.vetoes) && !this.vetoed(doc, c.story) && !this.clash(doc, c),
    );
  }

  private newStory(): Story {
    const story = new Story(this.nextStoryId++);
    this.live.set(story.id, story);
    this.stats.stories++;
    return story;
  }

  /** Moves every member of the younger story into the older one; the older id stays, for stable links. */
  private mergeStories(a: Story, b: Story, result: AddResult): Story {
    const [keep, gone] = a.id < b.id ? [a, b] : [b, a];
    for (const m of gone.members) {
      keep.add(m);
      result.changed.push(this.placement(m));
    }
    gone.members.length = 0;
    gone.alive = false;
    this.live.delete(gone.id);
    result.merged.push({ from: gone.id, into: keep.id });
    this.stats.merges++;
    result.touched.push(keep.id);
    return keep;
  }

  /**
   * Weighs the links of a story again as it doubles in size. A link no longer holds when, with today's
   * term frequencies, the two articles are less alike than `keep` (a word that looked rare at first has
   * become common) or their headlines now contradict; groups left without a link between them split off
   * under new ids, and the group with the story's first article keeps the id.
   */
  private checkLinks(story: Story, result: AddResult): void {
    if (story.members.length < 3 || story.members.length < story.checkedAt * 2) return;
    story.checkedAt = story.members.length;
    const holds = (a: Doc, b: Doc) =>
      a.duplicateOf === b ||
      b.duplicateOf === a ||
      (a.duplicateOf !== null && a.duplicateOf === b.duplicateOf) ||
      (dot(current(this.vocab, a), current(this.vocab, b)) * decay(this.opts, Math.abs(a.time - b.time) / HOUR) >= this.opts.keep &&
        !this.clash(a, b));
    for (const part of splitStory(story, holds, () => this.newStory())) {
      this.stats.splits++;
      result.touched.push(part.id);
      for (const m of part.members) result.changed.push(this.placement(m));
    }
  }

  /** An article fetched again with new content: same story, features refreshed. */
  private replace(previous: Doc, doc: Doc, result: AddResult): AddResult {
    const story = previous.story;
    this.retire(previous);
    story.rebuild(story.members.filter((m) => m !== previous));
    doc.links = previous.links;
    for (const m of story.members) m.links = m.links.map((l) => (l === previous ? doc : l));
    this.attach(doc, story, previous.duplicateOf);
    result.placement = this.placement(doc);
    result.touched.push(story.id);
    return result;
  }

  /** Adds the article to its story and the indexes; keeps a copy group pointing at its earliest member. */
  private attach(doc: Doc, story: Story, original: Doc | null, result?: AddResult): void {
    story.add(doc);
    this.terms.add(doc);
    this.copies.add(doc);
    this.docs.set(doc.key, doc);
    if (!original) return;
    const root = original.duplicateOf ?? original;
    if (doc.time >= root.time) {
      doc.duplicateOf = root;
      return;
    }
    // A late-arriving older copy becomes the original of the whole group.
    for (const m of story.members) {
      if (m === root || m.duplicateOf === root) {
        m.duplicateOf = doc;
        result?.changed.push(this.placement(m));
      }
    }
  }

  private retire(doc: Doc): void {
    doc.alive = false;
    this.terms.remove(doc);
    this.copies.remove(doc);
    if (this.docs.get(doc.key) === doc) this.docs.delete(doc.key);
  }

  /** Moves the window forward: stories quiet for longer than the window leave memory. */
  private advance(time: number): void {
    if (time > this.watermark) this.watermark = time;
    if (++this.sinceSweep < 256) return;
    this.sinceSweep = 0;
    const horizon = this.watermark - this.opts.windowHours * HOUR;
    for (const story of this.live.values()) {
      if (story.last >= horizon) continue;
      for (const m of story.members) {
        this.retire(m);
        // What leaves the window keeps only what its placement needs.
        m.links = [];
      }
      story.alive = false;
      this.live.delete(story.id);
      this.stats.evicted++;
    }
  }
}
