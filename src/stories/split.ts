import type { Doc, Story } from './story-state.ts';

/**
 * A story's members grouped by the links that still hold. A link is the evidence a member was placed
 * on; `holds` weighs it again with what is known now. One group: the story stands. Several: it splits.
 */
export function linkedGroups(story: Story, holds: (a: Doc, b: Doc) => boolean): Doc[][] {
  const members = story.members;
  const index = new Map(members.map((m, i) => [m, i]));
  const parent = members.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      const p = parent[i] ?? i;
      parent[i] = parent[p] ?? p;
      i = p;
    }
    return i;
  };
  members.forEach((m, i) => {
    for (const l of m.links) {
      const j = index.get(l);
      if (j === undefined || !holds(m, l)) continue;
      parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, Doc[]>();
  members.forEach((m, i) => {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(m);
    else groups.set(r, [m]);
  });
  // The group holding the story's earliest arrival keeps its id; the others leave, oldest first.
  return [...groups.values()].sort((a, b) => Math.min(...a.map((d) => d.seq)) - Math.min(...b.map((d) => d.seq)));
}

/**
 * Splits a story along its links: the group with its first article stays, every other group moves to a
 * story from `newStory`. Returns the new stories (none when the links still hold it together).
 */
export function splitStory(story: Story, holds: (a: Doc, b: Doc) => boolean, newStory: () => Story): Story[] {
  const groups = linkedGroups(story, holds);
  if (groups.length < 2) return [];
  story.rebuild(groups[0]);
  return groups.slice(1).map((group) => {
    const part = newStory();
    part.checkedAt = group.length;
    for (const m of group) part.add(m);
    return part;
  });
}
