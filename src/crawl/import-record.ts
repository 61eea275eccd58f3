import { z } from 'zod';
import { normalizeDisplay } from '../persian/index.ts';
import { sanitizeArticleHtml } from '../sanitize/index.ts';
import type { NewArticle } from '../store/index.ts';
import { articleKeys } from './article-keys.ts';

const optionalDate = z
  .string()
  .nullish()
  .refine((v) => !v || !Number.isNaN(Date.parse(v)), 'is not a date')
  .transform((v) => (v ? new Date(v).toISOString() : null));

export const ImportLineSchema = z.object({
  url: z.string().url(),
  canonicalUrl: z.string().url().optional(),
  source: z.string().min(1),
  title: z.string().min(1),
  kicker: z.string().default(''),
  lead: z.string().default(''),
  text: z.string().default(''),
  html: z.string().optional(),
  published: optionalDate,
  modified: optionalDate,
  fetched: optionalDate,
  author: z.string().nullish(),
  newsCode: z.string().nullish(),
  section: z.string().nullish(),
  tags: z.array(z.string()).default([]),
  images: z.array(z.string()).default([]),
  attribution: z.object({ reportedBy: z.string().nullable(), quoting: z.array(z.string()) }).optional(),
  related: z.array(z.object({ url: z.string(), title: z.string() })).default([]),
  lang: z.string().default('fa'),
  dir: z.string().default('rtl'),
});

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}

/** One JSONL line of `khabar import` (or of `khabar export`) → the record the store keeps. Throws a one-line reason. */
export function importLineToArticle(line: string, now: Date): NewArticle {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    throw new Error('not valid JSON');
  }
  const parsed = ImportLineSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${issue?.path.join('.') || 'line'} ${issue?.message ?? 'is invalid'}`);
  }
  const d = parsed.data;
  const title = normalizeDisplay(d.title);
  const lead = normalizeDisplay(d.lead);
  const text = d.text.split('\n').map(normalizeDisplay).filter(Boolean).join('\n');
  const html = d.html ?? text.split('\n').map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  return {
    source: d.source,
    url: d.url,
    canonicalUrl: d.canonicalUrl ?? d.url,
    title,
    kicker: normalizeDisplay(d.kicker),
    lead,
    text,
    html: sanitizeArticleHtml(html, d.url),
    published: d.published,
    modified: d.modified,
    fetched: d.fetched ?? now.toISOString(),
    author: d.author ?? null,
    newsCode: d.newsCode ?? null,
    section: d.section ?? null,
    tags: d.tags,
    images: d.images,
    attribution: d.attribution ?? { reportedBy: d.source, quoting: [] },
    related: d.related,
    lang: d.lang,
    dir: d.dir,
    original: { title: d.title, lead: d.lead, text: d.text },
    ...articleKeys({ title, lead, text }),
  };
}
