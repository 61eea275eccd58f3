import type { ClusterOptions } from './options.ts';
import { QueryTable } from './query-table.ts';
import { centroidScore, current, decay, scopeDiffers } from './scoring.ts';
import type { Doc, Story } from './story-state.ts';
import type { TermIndex } from './term-index.ts';
import type { Vocabulary } from './vectors.ts';

const HOUR = 3_600_000;

/** A story the article may join, with its score and the member the article agrees with best. */
export interface Candidate {
  story: Story;
  score: number;
  /** The member the article agrees with best: the link it is placed on. */
  via: Doc;
}

/**
 * Ranks the stories of the window for a new article: the term index's candidates scored exactly (from the
 * packed vectors, against the article's vector held in a `QueryTable`), decayed by time, grouped by story,
 * and each story weighed by its best agreeing member or its centroid.
 */
export class StoryRanker {
  private readonly queryTable = new QueryTable();
  private queries = 0;

  constructor(
    private readonly opts: ClusterOptions,
    private readonly vocab: Vocabulary,
    private readonly terms: TermIndex,
  ) {}

  /** Stories sharing terms with the article, best first; vetoed ones, and ones it contradicts, left out. */
  rank(doc: Doc, vetoed: (doc: Doc, story: Story) => boolean, contradicts: (doc: Doc, other: Doc) => boolean): Candidate[] {
    const floor = this.opts.join * 0.5;
    // Few candidates (at most 32): stories are grouped in a small list, not a map.
    const groups: { story: Story; members: { member: Doc; score: number }[] }[] = [];
    // A story's group is found by a mark on the story (this query's number), not by a search of the list.
    const query = ++this.queries;
    this.queryTable.load(doc.vec, this.vocab.size);
    const vectors = this.terms.vectors;
    const slots = this.terms.matches(doc);
    for (let c = 0; c < slots.length; c++) {
      const slot = slots[c] as number;
      // Every slot returned holds a live article; the article placed is not in the index yet (its slot is -1).
      if (slot === doc.slot) continue;
      // Scored from the packed copy: the article itself (a cache miss a candidate, even to read its
      // pointer from the slot list) is read only when it passes the floor, or when the vocabulary has moved
      // on and its vector is weighed again (and packed again).
      if (vectors.epochs[slot] !== this.vocab.epoch) {
        const stale = this.terms.docAt(slot) as Doc;
        vectors.set(slot, current(this.vocab, stale), stale.epoch, stale.time);
      }
      const cosine = (vectors.lengths[slot] as number) >= 0 ? this.queryTable.dotSlot(vectors, slot) : this.queryTable.dot((this.terms.docAt(slot) as Doc).vec);
      // Decay only lowers a score: most candidates are below the floor before it (no exponential for them).
      if (cosine < floor) continue;
      const s = cosine * decay(this.opts, Math.abs(doc.time - (vectors.times[slot] as number)) / HOUR);
      if (s < floor) continue;
      const d = this.terms.docAt(slot) as Doc;
      const story = d.story;
      if (story.query === query) groups[story.group]?.members.push({ member: d, score: s });
      else {
        story.query = query;
        story.group = groups.length;
        groups.push({ story, members: [{ member: d, score: s }] });
      }
    }
    // A story that can reach neither the bar to join nor the bar to merge is not worth the vetoes and checks.
    const least = Math.min(this.opts.merge, doc.headlineOnly ? Math.min(this.opts.joinTitles, this.opts.joinTitlesAlone) : Math.min(this.opts.join, this.opts.joinCorroborated));
    const out: Candidate[] = [];
    for (const { story, members } of groups) {
      members.sort((x, y) => y.score - x.score);
      const centroid = centroidScore(doc.vec, doc.time, story, this.opts, this.vocab, this.queryTable);
      if (Math.max(members[0]?.score ?? 0, centroid) < least || vetoed(doc, story)) continue;
      // The story's score is that of its best member whose headline the article does not contradict.
      const agreeing = members.find((m) => !contradicts(doc, m.member));
      if (!agreeing) continue;
      const score = Math.max(agreeing.score, centroid);
      out.push({ story, via: agreeing.member, score: score - (scopeDiffers(doc, story) ? this.opts.scopePenalty : 0) });
    }
    return out.sort((a, b) => b.score - a.score || a.story.id - b.story.id);
  }
}
