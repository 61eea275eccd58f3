

/** What a page says about itself in <head>: JSON-LD, OpenGraph, article:*, nastooh:*, canonical. */
export interface PageMetadata {
  canonical: string | null;
  title: string | null;
  description: string | null;
  published: string | null;
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

function meta(doc: Document, ...names: string[]): string | null {
  for (const name of names) {
    const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

function metas(doc: Document, name: string): string[] {
  return [...doc.querySelectorAll(`meta[property="${name}"], meta[name="${name}"]`)]
    .map((el: Element) => el.getAttribute('content')?.trim() ?? '')
    .filter(Boolean);
}

type Json = Record<string, unknown>;

function newsArticleFromJsonLd(doc: Document): Json | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const nodes = (Array.isArray(data) ? data : [data, ...(((data as Json)?.['@graph'] as unknown[]) ?? [])]) as Json[];
    const hit = nodes.find((n) => /(News)?Article|Report|BlogPosting/.test(String(n?.['@type'] ?? '')));
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

function toIso(value: string | null | undefined): string | null {
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

export function readMetadata(doc: Document): PageMetadata {
  const ld = newsArticleFromJsonLd(doc) ?? {};
  const keywords = ld.keywords;
  const ldTags = Array.isArray(keywords) ? keywords.map(String) : typeof keywords === 'string' ? keywords.split(/[,،]/) : [];
  const image = ld.image;
  const ldImages = (Array.isArray(image) ? image : image ? [image] : []).map((i) => (typeof i === 'string' ? i : String((i as Json).url ?? '')));
  const html = doc.documentElement;
  return {
    canonical: doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(doc, 'og:url'),
    title: (typeof ld.headline === 'string' ? ld.headline : null) ?? meta(doc, 'og:title', 'twitter:title'),
    description: meta(doc, 'og:description', 'description') ?? (typeof ld.description === 'string' ? ld.description : null),
    published: toIso((ld.datePublished as string) ?? meta(doc, 'article:published_time', 'nastooh:publishDate', 'datePublished')),
    modified: toIso((ld.dateModified as string) ?? meta(doc, 'article:modified_time', 'dateModified')),
    author: nameOf(ld.author) ?? meta(doc, 'author', 'article:author'),
    section: (typeof ld.articleSection === 'string' ? ld.articleSection : null) ?? meta(doc, 'article:section'),
    tags: [...new Set([...metas(doc, 'article:tag'), ...ldTags].map((t) => t.trim()).filter(Boolean))],
    images: [...new Set([...ldImages, ...metas(doc, 'og:image')].filter(Boolean))],
    newsCode: meta(doc, 'nastooh:code', 'nastooh:nid'),
    lang: html?.getAttribute('lang') ?? null,
    dir: html?.getAttribute('dir') ?? null,
    generator: meta(doc, 'generator'),
  };
}
