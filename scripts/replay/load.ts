// Reads the authored content and outlets.json, failing loudly on anything the generator cannot place.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { AuthoredEvent, Outlet } from './model.ts';

export async function loadOutlets(file: string): Promise<Outlet[]> {
  const doc = JSON.parse(await readFile(file, 'utf8')) as { outlets?: Outlet[] };
  if (!Array.isArray(doc.outlets)) throw new Error(`${file}: no "outlets" array`);
  return doc.outlets;
}

export interface ContentFile {
  name: string;
  events: AuthoredEvent[];
}

/** content/*.json in name order, so the manifest order never depends on the file system. */
export async function loadContent(dir: string, outlets: Outlet[]): Promise<ContentFile[]> {
  const slugs = new Set(outlets.map((o) => o.slug));
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  const files: ContentFile[] = [];
  const eventIds = new Set<string>();
  for (const name of names) {
    const path = join(dir, name);
    let doc: { events?: AuthoredEvent[] };
    try {
      doc = JSON.parse(await readFile(path, 'utf8')) as { events?: AuthoredEvent[] };
    } catch (e) {
      throw new Error(`${path}: not valid JSON (${(e as Error).message})`);
    }
    if (!Array.isArray(doc.events)) throw new Error(`${path}: no "events" array`);
    for (const ev of doc.events) {
      if (eventIds.has(ev.id)) throw new Error(`${path}: event id ${ev.id} is used twice in the corpus`);
      eventIds.add(ev.id);
      ev.articles.forEach((a, i) => {
        const where = `${path}: event ${ev.id} article ${i}`;
        if (!slugs.has(a.outlet)) throw new Error(`${where}: unknown outlet ${a.outlet}`);
        if (Number.isNaN(Date.parse(a.published))) throw new Error(`${where}: bad published date ${a.published}`);
        if (!a.title || !a.lead || !Array.isArray(a.body))
          throw new Error(`${where}: title, lead and body are required`);
        if (!a.attribution) throw new Error(`${where}: attribution is required`);
      });
    }
    files.push({ name, events: doc.events });
  }
  return files;
}
