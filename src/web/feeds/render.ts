import type { Context } from 'hono';
import { generateAtomFeed, generateJsonFeed, generateRssFeed } from 'feedsmith';
import type { ArticleSummary } from '../../store/index.ts';

export type FeedFormat = 'rss' | 'atom' | 'json';
export const FEED_FORMATS: readonly FeedFormat[] = ['rss', 'atom', 'json'];

export interface FeedMeta {
  title: string;
  description: string;
  /** The page this feed follows, as a path on this site. */
  pagePath: string;
  /** This feed's own address, as a path on this site. */
  selfPath: string;
}

const CONTENT_TYPE: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

/** The newest time among the items, for the feed's own date; a fixed date when there are none keeps it stable. */
function newest(items: ArticleSummary[]): Date {
  const t = items.reduce((m, a) => Math.max(m, a.published ? Date.parse(a.published) : 0), 0);
  return new Date(t || 0);
}

/** One feed of articles in the format asked for. Items link to Khabar's article page, which credits the outlet. */
export function renderFeed(format: FeedFormat, meta: FeedMeta, items: ArticleSummary[], origin: string): { body: string; type: string } {
  const page = `${origin}${meta.pagePath}`;
  const self = `${origin}${meta.selfPath}`;
  const link = (a: ArticleSummary) => `${origin}/article/${a.id}`;
  const title = `خبر: ${meta.title}`;
  if (format === 'rss') {
    const body = generateRssFeed({
      title,
      link: page,
      description: meta.description,
      language: 'fa',
      lastBuildDate: newest(items),
      atom: { links: [{ href: self, rel: 'self', type: 'application/rss+xml' }] },
      items: items.map((a) => ({
        title: a.title,
        link: link(a),
        description: a.lead || undefined,
        guid: { value: link(a), isPermaLink: true },
        ...(a.published ? { pubDate: new Date(a.published) } : {}),
        dc: { creators: [a.sourceName] },
        source: { title: a.sourceName, url: a.url },
      })),
    });
    return { body, type: CONTENT_TYPE.rss };
  }
  if (format === 'atom') {
    const body = generateAtomFeed({
      id: page,
      title: { value: title },
      subtitle: { value: meta.description },
      updated: newest(items),
      links: [
        { href: page, rel: 'alternate', type: 'text/html' },
        { href: self, rel: 'self', type: 'application/atom+xml' },
      ],
      entries: items.map((a) => ({
        id: link(a),
        title: { value: a.title },
        updated: a.published ? new Date(a.published) : new Date(0),
        ...(a.published ? { published: new Date(a.published) } : {}),
        links: [
          { href: link(a), rel: 'alternate', type: 'text/html' },
          { href: a.url, rel: 'related', type: 'text/html' },
        ],
        authors: [{ name: a.sourceName }],
        ...(a.lead ? { summary: { value: a.lead } } : {}),
      })),
    });
    return { body, type: CONTENT_TYPE.atom };
  }
  const json = generateJsonFeed({
    title,
    home_page_url: page,
    feed_url: self,
    description: meta.description,
    language: 'fa',
    items: items.map((a) => ({
      id: link(a),
      url: link(a),
      external_url: a.url,
      title: a.title,
      content_text: a.lead || a.title,
      ...(a.lead ? { summary: a.lead } : {}),
      ...(a.published ? { date_published: new Date(a.published) } : {}),
      authors: [{ name: a.sourceName }],
    })),
  });
  return { body: JSON.stringify(json), type: CONTENT_TYPE.json };
}

/** The origin feeds and the API write absolute links with: the address the reader used. */
export function originOf(c: Context): string {
  return new URL(c.req.url).origin;
}

/** Answers `?format=` on a page: null when no feed was asked for, a 400 naming the value when it is unknown. */
export async function feedFor(
  c: Context,
  meta: Omit<FeedMeta, 'selfPath'>,
  items: () => ArticleSummary[] | Promise<ArticleSummary[]>,
): Promise<Response | null> {
  const format = c.req.query('format');
  if (format === undefined) return null;
  if (!(FEED_FORMATS as readonly string[]).includes(format)) {
    return c.text(`format=${format}: unknown feed format; use rss, atom or json`, 400);
  }
  const f = format as FeedFormat;
  const { body, type } = renderFeed(f, { ...meta, selfPath: `${meta.pagePath}${meta.pagePath.includes('?') ? '&' : '?'}format=${f}` }, await items(), originOf(c));
  return c.body(body, 200, { 'content-type': type, 'cache-control': 'public, max-age=300' });
}
