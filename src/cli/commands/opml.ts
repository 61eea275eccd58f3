import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { SourceSchema, type SourceEntry } from '../../config/index.ts';
import { type OpmlFeed, readOpml, writeOpml } from '../../feeds/index.ts';
import { decodeDocument } from '../../fetch/index.ts';
import type { StoredSource } from '../../store/index.ts';
import { DATABASE_OPTION, type StoreFlags, configFrom, openSeededRepository } from '../runtime.ts';

function hostSlug(url: URL): string {
  const parts = url.hostname.replace(/^www\./, '').split('.');
  const slug = (parts.length > 1 ? parts.slice(0, -1).join('-') : (parts[0] ?? 'source')).toLowerCase().replace(/[^a-z0-9-]+/g, '-');
  return slug.replace(/^-+|-+$/g, '') || 'source';
}

export interface ImportPlan {
  /** Sources to write: new ones, and stored ones with feeds added. */
  upserts: SourceEntry[];
  added: number;
  alreadyPresent: number;
  /** One line for each outline that cannot become a source. */
  problems: string[];
}

/**
 * Turns OPML subscriptions into sources. Feeds of one outlet (Khabar's own slug attribute, else the same host) join
 * one source; a feed already stored anywhere is left alone; stored sources only ever gain feeds, so nothing is lost.
 */
export function planImport(feeds: OpmlFeed[], stored: StoredSource[]): ImportPlan {
  const known = new Set(stored.flatMap((s) => s.feeds));
  const bySlug = new Map<string, SourceEntry>(stored.map((s) => [s.slug, { ...s }]));
  const touched = new Set<string>();
  const plan: ImportPlan = { upserts: [], added: 0, alreadyPresent: 0, problems: [] };
  for (const f of feeds) {
    let url: URL;
    try {
      url = new URL(f.xmlUrl);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('scheme');
    } catch {
      plan.problems.push(`outline «${f.text || f.title}»: ${f.xmlUrl} is not an http(s) address`);
      continue;
    }
    if (known.has(url.href) || known.has(f.xmlUrl)) {
      plan.alreadyPresent++;
      continue;
    }
    const home = URL.canParse(f.htmlUrl) ? new URL(f.htmlUrl) : null;
    const slug = f.slug || hostSlug(home ?? url);
    const existing = bySlug.get(slug);
    const candidate = existing
      ? { ...existing, feeds: [...existing.feeds, url.href] }
      : {
          slug,
          nameFa: f.text || f.title || url.hostname,
          nameEn: f.nameEn || (f.title && f.title !== f.text ? f.title : ''),
          homepage: home?.href ?? url.origin,
          feeds: [url.href],
          affiliation: SourceSchema.shape.affiliation.safeParse(f.affiliation || 'unknown').success ? f.affiliation || 'unknown' : 'unknown',
        };
    const parsed = SourceSchema.safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      plan.problems.push(`outline «${f.text || f.title}»: ${issue?.path.join('.')} ${issue?.message}`);
      continue;
    }
    bySlug.set(slug, parsed.data as SourceEntry);
    touched.add(slug);
    known.add(url.href);
    plan.added++;
  }
  plan.upserts = [...touched].map((slug) => bySlug.get(slug) as SourceEntry);
  return plan;
}

async function importOpml(file: string, flags: StoreFlags): Promise<void> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new Error(`${file}: ${code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }
  let feeds: OpmlFeed[];
  try {
    feeds = readOpml(decodeDocument(bytes).text);
  } catch (err) {
    throw new Error(`${file}: ${(err as Error).message}`);
  }
  const store = await openSeededRepository(configFrom(flags));
  try {
    const plan = planImport(feeds, await store.listSources());
    for (const source of plan.upserts) await store.upsertSource(source);
    for (const p of plan.problems) process.stderr.write(`${file}: ${p}\n`);
    process.stdout.write(`${file}: ${plan.added} feeds added to ${plan.upserts.length} sources, ${plan.alreadyPresent} already present\n`);
    if (plan.problems.length) process.exitCode = 1;
  } finally {
    await store.close();
  }
}

async function exportOpml(flags: StoreFlags): Promise<void> {
  const store = await openSeededRepository(configFrom(flags));
  try {
    process.stdout.write(writeOpml(await store.listSources(), { title: 'Khabar sources (خبر)', now: new Date() }));
  } finally {
    await store.close();
  }
}

export function registerOpml(program: Command): void {
  const opml = program.command('opml').description('sources in and out as OPML');
  const common = (c: Command) => c.option('--data <dir>', 'data folder (default ./data)').option(...DATABASE_OPTION).option('--config <file>', 'JSON configuration file');
  common(opml.command('import').description('add the feeds of an OPML file as sources').argument('<file>', 'the OPML file')).action(importOpml);
  common(opml.command('export').description('every source as OPML 2.0 on stdout')).action(exportOpml);
}
