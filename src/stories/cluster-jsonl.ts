import { z } from 'zod';
import { clusterAll } from './cluster-all.ts';
import type { ClusterSettings } from './clusterer.ts';
import type { StoryInput } from './features.ts';

const Line = z.object({
  id: z.union([z.string().min(1), z.number()]),
  title: z.string().trim().min(1),
  lead: z.string().optional(),
  text: z.string().optional(),
  source: z.string().min(1),
  published: z.union([z.string(), z.number()]).refine((v) => !Number.isNaN(typeof v === 'number' ? v : Date.parse(v)), 'is not a date'),
});

export interface ClusterLinesResult {
  /** One JSON line per valid input line, in input order: `{id, story, duplicateOf?}`. */
  output: string[];
  /** One line per bad input line: `FILE:LINE: reason`. */
  errors: string[];
}

/**
 * `khabar cluster`: lines `{id, title, lead?, text?, source, published}` in, `{id, story, duplicateOf?}`
 * out, in input order. The articles are clustered in publication order whatever the file's order, so
 * the answer does not depend on how the file was sorted; story numbers count from 1 in order of first
 * appearance in the output. A bad line is reported and skipped; the others are still clustered.
 */
export function clusterLines(lines: readonly string[], file: string, opts: ClusterSettings = {}): ClusterLinesResult {
  const errors: string[] = [];
  const inputs: { input: StoryInput; id: string | number }[] = [];
  const seen = new Set<string>();
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${file}:${i + 1}`;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      errors.push(`${where}: not valid JSON`);
      return;
    }
    const parsed = Line.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.join('.') || 'line';
      const missing = issue?.path.length === 1 && typeof json === 'object' && json !== null && !(field in json);
      errors.push(`${where}: ${field} ${missing ? 'is missing' : (issue?.message ?? 'is invalid')}`);
      return;
    }
    const d = parsed.data;
    const key = String(d.id);
    if (seen.has(key)) {
      errors.push(`${where}: id ${JSON.stringify(d.id)} appears twice`);
      return;
    }
    seen.add(key);
    const published = typeof d.published === 'number' ? d.published : Date.parse(d.published);
    inputs.push({ id: d.id, input: { id: key, title: d.title, lead: d.lead ?? '', text: d.text ?? '', source: d.source, published } });
  });
  const { placements } = clusterAll(
    inputs.map((x) => x.input),
    opts,
  );
  const original = new Map(inputs.map((x) => [x.input.id, x.id]));
  const numbers = new Map<number, number>();
  const output = inputs.map(({ id, input }) => {
    const p = placements.get(input.id);
    const raw = p?.story ?? 0;
    if (!numbers.has(raw)) numbers.set(raw, numbers.size + 1);
    const line: { id: string | number; story: number; duplicateOf?: string | number } = { id, story: numbers.get(raw) ?? 0 };
    if (p?.duplicateOf) line.duplicateOf = original.get(p.duplicateOf) ?? p.duplicateOf;
    return JSON.stringify(line);
  });
  return { output, errors };
}
