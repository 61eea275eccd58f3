// <head> pieces shared by the templates: meta tags, OpenGraph, feed discovery, JSON-LD NewsArticle.
import { esc, jsonForScript } from './escape.ts';
import { isoUtc } from './jalali.ts';
import type { Outlet, SiteArticle } from './model.ts';
import { absUrl, absUrlEncoded } from './urls.ts';

export const metaName = (name: string, content: string) => `<meta name="${esc(name)}" content="${esc(content)}">`;
export const metaProp = (prop: string, content: string) => `<meta property="${esc(prop)}" content="${esc(content)}">`;
export const canonical = (path: string) => `<link rel="canonical" href="${esc(absUrl(path))}">`;

const FEED_TYPES = {
  rss2: 'application/rss+xml',
  rss092: 'application/rss+xml',
  atom: 'application/atom+xml',
  jsonfeed: 'application/feed+json',
} as const;

export function feedMediaType(outlet: Outlet): string {
  return FEED_TYPES[outlet.feed.format];
}

/** <link rel="alternate"> so readers can discover the outlet's feed from any page. */
export function feedLink(outlet: Outlet): string {
  return `<link rel="alternate" type="${feedMediaType(outlet)}" title="${esc(outlet.nameFa)}" href="${esc(
    absUrl(outlet.feed.path),
  )}">`;
}

/** Document start through the charset declaration; `charsetTag` lets the legacy page use http-equiv. */
export function docStart(charsetTag = '<meta charset="utf-8">'): string[] {
  return ['<!DOCTYPE html>', '<html lang="fa" dir="rtl">', '<head>', charsetTag];
}

/** description + OpenGraph + Twitter card, as most modern Persian sites carry them. */
export function socialMeta(a: SiteArticle): string[] {
  const { title, lead } = a.authored;
  return [
    metaName('description', lead),
    metaProp('og:type', 'article'),
    metaProp('og:site_name', a.outlet.nameFa),
    metaProp('og:title', title),
    metaProp('og:description', lead),
    metaProp('og:url', absUrl(a.path)),
    metaProp('og:locale', 'fa_IR'),
    metaName('twitter:card', 'summary_large_image'),
    metaName('twitter:title', title),
  ];
}

export interface JsonLdOptions {
  /** how datePublished is written: ISO UTC or with Tehran's offset */
  date: (d: Date) => string;
  withSection?: boolean;
}

export function newsArticleJsonLd(a: SiteArticle, opts: JsonLdOptions = { date: isoUtc }): string {
  const ld: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': absUrlEncoded(a.path) },
    headline: a.authored.title,
    description: a.authored.lead,
    datePublished: opts.date(a.published),
    dateModified: opts.date(a.published),
    inLanguage: 'fa',
    publisher: { '@type': 'Organization', name: a.outlet.nameFa, url: absUrlEncoded(a.outlet.homepage) },
  };
  if (opts.withSection !== false) ld.articleSection = a.authored.section;
  if (a.authored.tags?.length) ld.keywords = a.authored.tags.join(', ');
  return `<script type="application/ld+json">${jsonForScript(ld)}</script>`;
}
