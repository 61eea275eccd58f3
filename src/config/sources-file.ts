import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Source } from '../model/types.ts';

export const SourceSchema = z.object({
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and hyphens'),
  nameFa: z.string().min(1),
  nameEn: z.string().default(''),
  homepage: z.string().url().or(z.literal('')).default(''),
  feeds: z.array(z.string().url()).min(1),
  aliases: z.array(z.string()).default([]),
  cms: z.string().optional(),
  affiliation: z.enum(['state', 'semi-official', 'principlist', 'reformist', 'independent', 'diaspora', 'unknown']).default('unknown'),
  affiliationCitation: z.string().optional(),
  country: z.string().optional(),
  licence: z.string().optional(),
  allowPrivate: z.boolean().optional(),
});

export type SourceEntry = Source & { aliases: string[] };

/** Reads a sources file ({sources: [...]}); an invalid entry is an error naming the file and the entry. */
export function readSourcesFile(path: string): SourceEntry[] {
  let doc: { sources?: unknown[] };
  try {
    doc = JSON.parse(readFileSync(path, 'utf8')) as { sources?: unknown[] };
  } catch (err) {
    throw new Error(`${path}: the sources file cannot be read (${(err as Error).message})`);
  }
  return (doc.sources ?? []).map((entry, i) => {
    const parsed = SourceSchema.safeParse(entry);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${path}: source ${i + 1}: ${issue?.path.join('.')} ${issue?.message}`);
    }
    return parsed.data as SourceEntry;
  });
}
