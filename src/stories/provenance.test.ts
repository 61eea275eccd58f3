import { describe, expect, it } from 'vitest';
import { type ProvenanceArticle, provenance } from './provenance.ts';

const art = (id: number, source: string, at: string, more: Partial<ProvenanceArticle> = {}): ProvenanceArticle => ({
  id,
  source,
  title: `خبر ${id}`,
  published: `2026-11-24T${at}:00Z`,
  fetched: '2026-11-24T23:00:00Z',
  duplicateOf: null,
  attribution: { reportedBy: source, quoting: [] },
  ...more,
});

describe('provenance', () => {
  const articles = [
    art(3, 'hamshahri', '07:52', { duplicateOf: 1, attribution: { reportedBy: 'hamshahri', quoting: ['ایرنا'] } }),
    art(1, 'irna', '07:10'),
    art(4, 'tasnim', '08:35'),
    art(5, 'irna', '11:20'),
    art(6, 'tabnak', '09:00', { attribution: { reportedBy: 'tabnak', quoting: ['bbc'] } }),
  ];
  const aliases: Record<string, string[]> = { irna: ['ایرنا'] };
  const p = provenance(articles, (name, slug) => name === slug || (aliases[slug] ?? []).includes(name));

  it('names the first outlet to report', () => {
    expect(p.first).toEqual({ id: 1, source: 'irna', at: '2026-11-24T07:10:00Z' });
  });

  it('orders the timeline and tells reports, copies and updates apart', () => {
    expect(p.timeline.map((t) => [t.id, t.kind])).toEqual([
      [1, 'first'],
      [3, 'copy'],
      [4, 'report'],
      [6, 'report'],
      [5, 'update'],
    ]);
  });

  it('lists wire copies with their origin', () => {
    expect(p.copies).toEqual([{ id: 3, source: 'hamshahri', of: { id: 1, source: 'irna' } }]);
  });

  it('follows «به نقل از» to the quoted outlet’s own article when the story has it', () => {
    expect(p.quoting).toEqual([
      { id: 3, chain: ['hamshahri', 'ایرنا'], cites: 1 },
      { id: 6, chain: ['tabnak', 'bbc'], cites: null },
    ]);
  });
});
