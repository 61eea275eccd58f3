import type { Extracted, RelatedLink } from '../model/types.ts';
import { searchKey } from '../persian/index.ts';
import { type SourceAliases, parseAttribution } from './attribution.ts';
import { type Block, collectBlocks } from './blocks.ts';
import { cleanBody } from './body.ts';
import { linksOf } from './boilerplate.ts';
import { all, every, first, parsePage, textOf } from './dom.ts';
import {
  dayFrom,
  instantFrom,
  isDateLine,
  isPersianText,
  newsCodeFrom,
  newsCodeInHtml,
  normalizeText,
  sectionFrom,
  stripSiteName,
  tagsFrom,
} from './fields.ts';
import { type Engine, readGeneric } from './generic/index.ts';
import { articleHtml } from './html.ts';
import { readMetadata } from './metadata.ts';
import { BUILTIN_RULES, type SiteRule, findRule, matchesAny, mayMatch, namesInPage } from './rules.ts';
import { visibleDate } from './visible-date.ts';

export interface ExtractOptions {
  url: string;
  aliases: SourceAliases;
  /** Slug of the outlet that published the page, when known: the reporter when the text names none. */
  publisher?: string | null;
  rules?: SiteRule[];
  /** When the page was fetched: a date the page prints only as «۳ ساعت پیش» is read against it. */
  fetchedAt?: Date;
}

export interface ExtractResult extends Extracted {
  /** Title, lead and text as the page wrote them, kept beside the normalized ones. */
  raw: { title: string; lead: string; text: string };
  /** The site rule used, or null for the generic reading. */
  rule: string | null;
  /** Who read the body: the site rule, our scorer, or Readability as the second opinion. */
  engine: 'rule' | Engine;
  /** Rules that stopped matching and fields that could not be read, one line each. */
  warnings: string[];
}

function absolute(href: string | null, base: string): string {
  if (!href) return base;
  try {
    return new URL(href, base || undefined).href;
  } catch {
    return href;
  }
}

/** HTML page → Article fields: metadata first, then the site's rule, then a generic reading. */
export function extractArticle(html: string, opts: ExtractOptions): ExtractResult {
  const { doc, source } = parsePage(html);
  const meta = readMetadata(doc, source);
  const names = namesInPage(source);
  const match = findRule(opts.rules ?? BUILTIN_RULES, opts.url, doc, meta.generator, names);
  const rule = match?.rule ?? null;
  const warnings: string[] = [];
  const canonicalUrl = absolute(meta.canonical, opts.url);
  const base = opts.url || canonicalUrl;
  const pick = (sel: string[] | undefined) => (rule && sel?.length ? first(doc, sel.filter((s) => mayMatch(names, s))) : null);

  if (match && match.via !== 'signature' && rule && rule.signature.length && !matchesAny(doc, rule.signature, names)) {
    warnings.push(`site rule ${rule.name}: chosen by ${match.via} but its signature no longer matches`);
  }

  // Header fields come first: the body's container often holds them too, and they are removed from it below.
  const kickerEl = pick(rule?.kicker);
  const titleEl = pick(rule?.title);
  const leadEl = pick(rule?.lead);
  const dateEl = pick(rule?.date);
  const codeEl = pick(rule?.newsCode);
  const sectionEl = pick(rule?.section);
  const ruleTags = rule ? tagsFrom(all(doc, rule.tags)) : [];
  if (rule && rule.title.length && !titleEl) warnings.push(`site rule ${rule.name}: no title matched ${rule.title.join(', ')}`);

  const related: RelatedLink[] = [];
  for (const el of rule ? every(doc, rule.related) : []) {
    related.push(...linksOf(el.querySelectorAll('a[href]'), base));
    el.remove();
  }
  for (const el of rule ? every(doc, rule.strip) : []) el.remove();

  let blocks: Block[] = [];
  let engine: ExtractResult['engine'] = 'rule';
  const container = pick(rule?.body);
  if (container) blocks = collectBlocks(container);
  else {
    if (rule) warnings.push(`site rule ${rule.name}: no body matched ${rule.body.join(', ')}; read generically`);
    const generic = readGeneric(doc, html, base);
    blocks = generic.blocks;
    engine = generic.engine;
  }

  const siteNames = [meta.siteName ?? ''].filter(Boolean).map(searchKey);
  const isSiteName = (s: string) => siteNames.includes(searchKey(s)) || opts.aliases.isWholeName(s);
  const rawTitle = textOf(titleEl) || stripSiteName(meta.title ?? '', isSiteName) || textOf(doc.querySelector('h1')) || stripSiteName(textOf(doc.querySelector('title')), isSiteName);
  const rawKicker = textOf(kickerEl) || (rule ? '' : genericKicker(doc, rawTitle, names));
  let rawLead = textOf(leadEl);
  if (!rawLead && !rule) rawLead = meta.description ?? '';

  // The headline, kicker, lead and date lines are not the text, even when the body's container holds them.
  const headerLines = [rawTitle, rawKicker, rawLead].filter(Boolean);
  const header = new Set(headerLines.map(searchKey));
  // Search keys are costly; only a block about as long as a header line can be one.
  const maybeHeader = (t: string) => headerLines.some((h) => Math.abs(h.length - t.length) <= 0.2 * h.length + 4);
  blocks = blocks.filter((b) => b.kind === 'caption' || !((maybeHeader(b.text) && header.has(searchKey(b.text))) || isDateLine(b.text)));
  const body = cleanBody(blocks, base);
  related.push(...body.related);
  const textBlocks = body.blocks.filter((b) => b.kind !== 'caption');
  if (!textBlocks.length) warnings.push('no article text found');

  const text = textBlocks.map((b) => normalizeText(b.text)).join('\n');
  const persian = isPersianText(`${rawTitle} ${text.slice(0, 2000)}`);
  const firstParagraph = textBlocks.find((b) => b.kind !== 'h')?.text ?? '';
  const publisher = opts.publisher ?? (meta.siteName ? opts.aliases.resolve(meta.siteName) : null);
  const published =
    meta.published ?? instantFrom(dateEl) ?? instantFrom(doc.querySelector('article time[datetime], time[datetime]')) ?? dayFrom(dateEl) ?? meta.publishedDay ?? visibleDate(doc, opts.fetchedAt);

  return {
    url: opts.url || canonicalUrl,
    canonicalUrl,
    title: normalizeText(rawTitle),
    kicker: normalizeText(rawKicker),
    lead: normalizeText(rawLead),
    text,
    html: articleHtml(body.blocks, base),
    published,
    modified: meta.modified,
    author: meta.author ? normalizeText(meta.author) : null,
    newsCode: meta.newsCode ?? newsCodeFrom(codeEl) ?? (rule ? null : newsCodeInHtml(source)),
    section: (meta.section ? normalizeText(meta.section) : null) ?? sectionFrom(sectionEl),
    tags: meta.tags.length ? meta.tags.map(normalizeText) : ruleTags,
    images: meta.images.map((src) => absolute(src, base)),
    attribution: parseAttribution(firstParagraph || rawLead, opts.aliases, publisher, body.credits),
    related: dedupeLinks(related, canonicalUrl),
    lang: meta.lang ?? (persian ? 'fa' : 'und'),
    dir: meta.dir ?? (persian ? 'rtl' : 'ltr'),
    raw: { title: rawTitle, lead: rawLead, text: textBlocks.map((b) => b.text).join('\n') },
    rule: rule?.name ?? null,
    engine,
    warnings,
  };
}

// Kicker (روتیتر) class names across Persian CMSs, for pages no rule knows.
const KICKER_CLASSES = ['kicker', 'rutitr', 'rootitr', 'uptitle', 'up-title', 'news-rutitr', 'surtitle', 'overline'];
const MAX_KICKER = 150;

function genericKicker(doc: Document, title: string, names: Set<string>): string {
  const present = KICKER_CLASSES.filter((c) => names.has(c));
  if (!present.length) return '';
  const text = textOf(first(doc, [present.map((c) => `.${c}`).join(', ')]));
  return text && text.length <= MAX_KICKER && searchKey(text) !== searchKey(title) ? text : '';
}

function dedupeLinks(links: RelatedLink[], self: string): RelatedLink[] {
  const seen = new Set<string>([self]);
  return links.filter((l) => !seen.has(l.url) && seen.add(l.url)).map((l) => ({ url: l.url, title: normalizeText(l.title) }));
}
