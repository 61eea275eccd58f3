// Who reported a story first, who copied whom, who quoted whom, and in what order it all came out.
// Read from the story's articles as stored: their outlets, times, copy marks and attribution lines.

/** What provenance reads of each article. */
export interface ProvenanceArticle {
  id: number;
  source: string;
  title: string;
  published: string | null;
  fetched: string;
  duplicateOf: number | null;
  attribution: { reportedBy: string | null; quoting: string[] };
}

export type TimelineKind = 'first' | 'report' | 'update' | 'copy';

export interface TimelineEntry {
  id: number;
  source: string;
  title: string;
  at: string;
  /** first: the story's first report; update: a later report by an outlet that had already reported it;
   *  copy: a republished copy of another article; report: any other outlet's own report. */
  kind: TimelineKind;
}

export interface Provenance {
  first: { id: number; source: string; at: string } | null;
  timeline: TimelineEntry[];
  /** Wire copies: each copy with the article it republishes. */
  copies: { id: number; source: string; of: { id: number; source: string } }[];
  /** Quoting chains: an article's outlet, then the outlets it quotes («به نقل از»), in order. `cites` is the
   *  story's own article by the outlet quoted first, when there is one. */
  quoting: { id: number; chain: string[]; cites: number | null }[];
  outlets: string[];
}

/**
 * Provenance of one story. `sameOutlet(name, slug)` says whether a name written in an attribution line
 * («ایرنا», «خبرگزاری جمهوری اسلامی») is the outlet with that slug.
 */
export function provenance(articles: readonly ProvenanceArticle[], sameOutlet: (name: string, slug: string) => boolean): Provenance {
  const byTime = [...articles].sort((a, b) => at(a).localeCompare(at(b)) || a.id - b.id);
  const byId = new Map(byTime.map((a) => [a.id, a]));
  const seen = new Set<string>();
  const timeline: TimelineEntry[] = byTime.map((a, i) => {
    const kind: TimelineKind = i === 0 ? 'first' : a.duplicateOf !== null ? 'copy' : seen.has(a.source) ? 'update' : 'report';
    seen.add(a.source);
    return { id: a.id, source: a.source, title: a.title, at: at(a), kind };
  });
  const copies = byTime
    .filter((a) => a.duplicateOf !== null && byId.has(a.duplicateOf))
    .map((a) => {
      const of = byId.get(a.duplicateOf as number) as ProvenanceArticle;
      return { id: a.id, source: a.source, of: { id: of.id, source: of.source } };
    });
  const quoting = byTime
    .filter((a) => a.attribution.quoting.length > 0)
    .map((a) => {
      const quoted = a.attribution.quoting[0] ?? '';
      const cited = byTime.find((b) => b.id !== a.id && sameOutlet(quoted, b.source) && at(b) <= at(a));
      return { id: a.id, chain: [a.source, ...a.attribution.quoting], cites: cited?.id ?? null };
    });
  const first = byTime[0];
  return {
    first: first ? { id: first.id, source: first.source, at: at(first) } : null,
    timeline,
    copies,
    quoting,
    outlets: [...new Set(byTime.map((a) => a.source))],
  };
}

function at(a: ProvenanceArticle): string {
  return a.published ?? a.fetched;
}
