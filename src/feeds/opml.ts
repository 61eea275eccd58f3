import { generateOpml, parseOpml } from 'feedsmith';
import type { Source } from '../model/types.ts';
import { FeedError } from './errors.ts';

/** Khabar's own outline attributes, so an export imported again gives back the same sources. */
const EXTRA = ['khabarSlug', 'affiliation', 'nameEn'] as const;

/** One feed subscription from an OPML file. `folder` is the enclosing outline's text, if any. */
export interface OpmlFeed {
  xmlUrl: string;
  htmlUrl: string;
  text: string;
  title: string;
  folder: string;
  category: string;
  slug: string;
  affiliation: string;
  nameEn: string;
}

type Outline = {
  text?: string;
  title?: string;
  xmlUrl?: string;
  htmlUrl?: string;
  url?: string;
  category?: string;
  outlines?: Outline[];
} & Partial<Record<(typeof EXTRA)[number], string>>;

/** Subscriptions in outlines nested at most `depth` deep (folders of folders; a hostile file cannot recurse forever). */
function flatten(outlines: Outline[], folder: string, depth = 0): OpmlFeed[] {
  if (depth > 32) return [];
  return outlines.flatMap((o) => {
    const xmlUrl = (o.xmlUrl ?? '').trim();
    const here: OpmlFeed[] = xmlUrl
      ? [
          {
            xmlUrl,
            htmlUrl: (o.htmlUrl ?? '').trim(),
            text: (o.text ?? '').trim(),
            title: (o.title ?? '').trim(),
            folder,
            category: (o.category ?? '').trim(),
            slug: (o.khabarSlug ?? '').trim(),
            affiliation: (o.affiliation ?? '').trim(),
            nameEn: (o.nameEn ?? '').trim(),
          },
        ]
      : [];
    return [...here, ...flatten(o.outlines ?? [], xmlUrl ? folder : (o.text ?? o.title ?? folder).trim(), depth + 1)];
  });
}

/** Every feed subscription in an OPML document, folders flattened. Throws a FeedError when it is not OPML. */
export function readOpml(text: string): OpmlFeed[] {
  let doc: { body?: { outlines?: Outline[] } };
  try {
    doc = parseOpml(text.replace(/^\uFEFF/, ''), { extraOutlineAttributes: EXTRA }) as typeof doc;
  } catch (err) {
    throw new FeedError(`it is not an OPML document (${(err as Error).message})`);
  }
  return flatten(doc.body?.outlines ?? [], '');
}

/** Sources as OPML 2.0: one outline a feed, with Khabar's slug, affiliation and English name as extra attributes. */
export function writeOpml(sources: Source[], opts: { title: string; now: Date }): string {
  const outlines = sources.flatMap((s) =>
    s.feeds.map((feed) => ({
      text: s.nameFa,
      title: s.nameFa,
      type: 'rss',
      xmlUrl: feed,
      ...(s.homepage ? { htmlUrl: s.homepage } : {}),
      language: 'fa',
      category: `/${s.affiliation}`,
      khabarSlug: s.slug,
      affiliation: s.affiliation,
      ...(s.nameEn ? { nameEn: s.nameEn } : {}),
    })),
  );
  return generateOpml({ head: { title: opts.title, dateCreated: opts.now }, body: { outlines } }, { extraOutlineAttributes: EXTRA });
}
