// What a page says about itself: JSON-LD (NewsArticle), OpenGraph, article:*, nastooh:*, microdata, canonical.
import { decodeHTML } from 'entities';
import { startTags } from './tags.ts';

export interface PageMetadata {
  canonical: string | null;
  title: string | null;
  /** og:site_name or the JSON-LD publisher, to recognise the site's name in <title>. */
  siteName: string | null;
  description: string | null;
  /** ISO 8601 UTC; only values that carry a time of day. */
  published: string | null;
  /** A date without a time of day (nastooh:publishDate, <time datetime="2026-11-24">), as a last resort. */
  publishedDay: string | null;
  modified: string | null;
  author: string | null;
  section: string | null;
  tags: string[];
  images: string[];
  newsCode: string | null;
  lang: string | null;
  dir: string | null;
  generator: string | null;
}

// <meta> tags, JSON-LD scripts and the canonical link are read from the page's (cleaned) source: one pass over
// the text is much cheaper than queries over the whole parsed document.
const META_START = /<meta(?=\s)/gi;
const ATTRIBUTE = /([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;
const SCRIPT_START = /<script\b/gi;
const JSON_LD_TYPE = /application\/ld\+json/i;
const SCRIPT_END = /<\/script\s*>/gi;
const LINK_START = /<link(?=\s)/gi;

/** The text of each JSON-LD script, in page order. */
function* jsonLdScripts(source: string): Generator<string> {
  for (const { tag, end } of startTags(source, SCRIPT_START)) {
    if (!JSON_LD_TYPE.test(tag)) continue;
    SCRIPT_END.lastIndex = end;
    const close = SCRIPT_END.exec(source);
    if (!close) return;
    yield source.slice(end, close.index);
  }
}

function attributesOf(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of tag.matchAll(ATTRIBUTE)) {
    const name = m[1]?.toLowerCase();
    if (name && !attrs.has(name)) attrs.set(name, decodeHTML(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attrs;
}

/** Every <meta> value by its name, property or itemprop (lower-case keys, in page order). */
function metaIndex(source: string): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const { tag } of startTags(source, META_START)) {
    const attrs = attributesOf(tag);
    const content = attrs.get('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = attrs.get(attr)?.toLowerCase();
      if (!key) continue;
      const list = index.get(key);
      if (list) list.push(content);
      else index.set(key, [content]);
    }
  }
  return index;
}

function canonicalLink(source: string): string | null {
  for (const { tag } of startTags(source, LINK_START)) {
    const attrs = attributesOf(tag);
    if (attrs.get('rel')?.toLowerCase().split(/\s+/).includes('canonical')) return attrs.get('href')?.trim() || null;
  }
  return null;
}

type Json = Record<string, unknown>;

const ARTICLE_TYPE = /^(News|Report|Analysis|Opinion|Review|Background|Satirical|Scholarly|Tech)?Article$|^BlogPosting$|^LiveBlogPosting$/;

function isArticle(node: Json): boolean {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).some((x) => typeof x === 'string' && ARTICLE_TYPE.test(x));
}

function newsArticleFromJsonLd(source: string): Json | null {
  for (const script of jsonLdScripts(source)) {
    let data: unknown;
    try {
      data = JSON.parse(script);
    } catch {
      continue;
    }
    const top = (Array.isArray(data) ? data : [data]) as Json[];
    const nodes = top.flatMap((n) => (n && typeof n === 'object' ? [n, ...((Array.isArray(n['@graph']) ? n['@graph'] : []) as Json[])] : []));
    const hit = nodes.find((n) => n && typeof n === 'object' && isArticle(n));
    if (hit) return hit;
  }
  return null;
}

function nameOf(x: unknown): string | null {
  if (!x) return null;
  if (typeof x === 'string') return x;
  if (Array.isArray(x)) return nameOf(x[0]);
  return typeof (x as Json).name === 'string' ? ((x as Json).name as string) : null;
}

const str = (x: unknown): string | null => (typeof x === 'string' && x.trim() ? x.trim() : null);

/** ISO 8601 UTC for a value that names a moment (a time of day), else null. */
export function toInstant(value: string | null | undefined): string | null {
  if (!value || !/\d{1,2}:\d{2}/.test(value)) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/** ISO 8601 for a value that names at least a day. */
export function toDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

function firstInstant(...values: (string | null | undefined)[]): string | null {
  for (const v of values) {
    const i = toInstant(v);
    if (i) return i;
  }
  return null;
}

/** The page's own account of itself; `source` is the HTML the document was parsed from. */
export function readMetadata(doc: Document, source: string): PageMetadata {
  const index = metaIndex(source);
  const meta = (...names: string[]) => {
    for (const n of names) {
      const v = index.get(n.toLowerCase())?.[0];
      if (v) return v;
    }
    return null;
  };
  const metas = (name: string) => index.get(name) ?? [];
  const ld = newsArticleFromJsonLd(source) ?? {};
  const keywords = ld.keywords;
  const ldTags = Array.isArray(keywords) ? keywords.map(String) : typeof keywords === 'string' ? keywords.split(/[,،]/) : [];
  const image = ld.image;
  const ldImages = (Array.isArray(image) ? image : image ? [image] : []).map((i) => (typeof i === 'string' ? i : String((i as Json).url ?? '')));
  const html = doc.documentElement;
  const itemprop = (name: string) => {
    const fromMeta = meta(name);
    if (fromMeta) return fromMeta;
    const el = doc.querySelector(`time[itemprop="${name}"]`);
    return el?.getAttribute('datetime') ?? null;
  };
  const ldPublished = str(ld.datePublished);
  const metaPublished = meta('article:published_time', 'og:article:published_time', 'datePublished', 'date', 'DC.date.issued', 'dcterms.created');
  return {
    canonical: canonicalLink(source) ?? meta('og:url'),
    title: str(ld.headline) ?? meta('og:title', 'twitter:title'),
    siteName: meta('og:site_name', 'application-name') ?? nameOf(ld.publisher),
    description: meta('og:description', 'description', 'twitter:description') ?? str(ld.description),
    published: firstInstant(ldPublished, metaPublished, itemprop('datePublished')),
    publishedDay: toDay(ldPublished ?? metaPublished ?? meta('nastooh:publishDate') ?? itemprop('datePublished')),
    modified: firstInstant(str(ld.dateModified), meta('article:modified_time', 'og:updated_time', 'dateModified'), itemprop('dateModified')),
    author: nameOf(ld.author) ?? meta('author', 'article:author'),
    section: str(ld.articleSection) ?? (Array.isArray(ld.articleSection) ? str(ld.articleSection[0]) : null) ?? meta('article:section'),
    tags: [...new Set([...metas('article:tag'), ...ldTags].map((t) => t.trim()).filter(Boolean))],
    images: [...new Set([...ldImages, ...metas('og:image')].filter(Boolean))],
    newsCode: meta('nastooh:code', 'nastooh:nid'),
    lang: html?.getAttribute('lang') ?? null,
    dir: html?.getAttribute('dir') ?? null,
    generator: meta('generator', 'Generator'),
  };
}
