import type { Command } from 'commander';
import { SourceSchema } from '../../config/index.ts';
import type { StoredSource } from '../../store/index.ts';
import { DATABASE_OPTION, type StoreFlags, configFrom, openSeededRepository } from '../runtime.ts';

function health(s: StoredSource): string {
  const h = s.health;
  if (h.consecutiveFailures > 0) return `FAILING ×${h.consecutiveFailures}: ${h.lastError ?? ''}`;
  if (h.lastSuccess) return `ok, last success ${h.lastSuccess}, ${h.itemsSeen} items seen`;
  return 'not crawled yet';
}

async function list(flags: StoreFlags & { json?: boolean }): Promise<void> {
  const store = await openSeededRepository(configFrom(flags));
  const sources = await store.listSources();
  if (flags.json) process.stdout.write(`${JSON.stringify(sources, null, 2)}\n`);
  else for (const s of sources) process.stdout.write(`${s.slug}\t${s.nameFa}\t${s.feeds.join(' ')}\t${health(s)}\n`);
  await store.close();
}

function slugFrom(url: URL): string {
  const parts = url.hostname.replace(/^www\./, '').split('.');
  return (parts.length > 1 ? parts.slice(0, -1).join('-') : parts[0] ?? 'source').toLowerCase().replace(/[^a-z0-9-]/g, '-');
}

async function add(feedUrl: string, flags: StoreFlags & { slug?: string; name?: string; affiliation?: string }): Promise<void> {
  let url: URL;
  try {
    url = new URL(feedUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('scheme');
  } catch {
    throw new Error(`sources add: «${feedUrl}» is not a valid http(s) URL`);
  }
  const candidate = {
    slug: flags.slug ?? slugFrom(url),
    nameFa: flags.name ?? url.hostname,
    homepage: url.origin,
    feeds: [url.href],
    affiliation: flags.affiliation ?? 'unknown',
  };
  const parsed = SourceSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`sources add: ${issue?.path.join('.')} ${issue?.message}`);
  }
  const store = await openSeededRepository(configFrom(flags));
  const existing = await store.getSource(parsed.data.slug);
  await store.upsertSource(existing ? { ...existing, feeds: [...new Set([...existing.feeds, url.href])] } : parsed.data);
  process.stdout.write(`${existing ? 'updated' : 'added'} ${parsed.data.slug}\n`);
  await store.close();
}

async function remove(slug: string, flags: StoreFlags): Promise<void> {
  const store = await openSeededRepository(configFrom(flags));
  const removed = await store.removeSource(slug);
  await store.close();
  if (!removed) throw new Error(`sources remove: there is no source «${slug}» (see khabar sources list)`);
  process.stdout.write(`removed ${slug}\n`);
}

export function registerSources(program: Command): void {
  const sources = program.command('sources').description('manage sources');
  const common = (c: Command) => c.option('--data <dir>', 'data folder (default ./data)').option(...DATABASE_OPTION).option('--config <file>', 'JSON configuration file');
  common(sources.command('list').description('each source with its feeds and health').option('--json', 'as JSON')).action(list);
  common(
    sources
      .command('add')
      .description('add a feed')
      .argument('<feed-url>', 'the feed URL')
      .option('--slug <slug>', 'short name (default: from the host)')
      .option('--name <name>', 'display name')
      .option('--affiliation <kind>', 'state, semi-official, principlist, reformist, independent, diaspora or unknown'),
  ).action(add);
  common(sources.command('remove').description('remove a source (its articles stay)').argument('<slug>')).action(remove);
}
