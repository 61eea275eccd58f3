import type { Extracted } from '../model/types.ts';
import { normalizeDisplay, parseJalali } from '../persian/index.ts';
import { sanitizeArticleHtml } from '../sanitize/index.ts';
import { type SourceAliases, parseAttribution } from './attribution.ts';
import { readBody } from './body.ts';
import { all, first, parseDocument, textOf } from './dom.ts';
import { readabilityContainer } from './generic.ts';
import { readMetadata } from './metadata.ts';
import { BUILTIN_RULES, type SiteRule, findRule } from './rules.ts';

export interface ExtractOptions {
  url: string;
  aliases: SourceAliases;
  /** Slug of the outlet that published the page, when known: the reporter when the text names none. */
  publisher?: string | null;
  rules?: SiteRule[];
}

export interface ExtractResult extends Extracted {
  /** Title, lead and text as the page wrote them, kept beside the normalized ones. */
  raw: { title: string; lead: string; text: string };
  rule: string | null;
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

function dateFrom(el: Element | null): string | null {
  if (!el) return null;
  const attr = el.getAttribute('datetime') ?? el.getAttribute('content');
  if (attr && !Number.isNaN(Date.parse(attr))) return new Date(attr).toISOString();
  return parseJalali(textOf(el));
}

function codeFrom(el: Element | null): string | null {
  const m = /[0-9۰-۹]{4,}/.exec(textOf(el));
  return m ? m[0].replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x6f0)) : null;
}

function isDateLine(text: string): boolean {
  return text.split(' ').length <= 8 && parseJalali(text) !== null;
}

/** HTML page → Article fields: metadata first, then the site's rule, then a generic reading. */
export function extractArticle(html: string, opts: ExtractOptions): ExtractResult {
  const doc = parseDocument(html);
  const meta = readMetadata(doc);
  const rules = opts.rules ?? BUILTIN_RULES;
  const rule = findRule(rules, opts.url, doc, meta.generator);
  const warnings: string[] = [];
  const canonicalUrl = absolute(meta.canonical, opts.url);
  const base = opts.url || canonicalUrl;
  const pick = (sel: string[] | undefined) => (rule && sel?.length ? first(doc, sel) : null);

  for (const sel of rule?.strip ?? []) all(doc, [sel]).forEach((el) => el.remove());
  let container = pick(rule?.body);
  if (rule && !container) warnings.push(`site rule ${rule.name}: no body matched ${rule.body.join(', ')}`);
  container ??= readabilityContainer(html, base);
  const body = container ? readBody(container, base) : { blocks: [], related: [] };
  const h1 = doc.querySelector('h1');
  const title = textOf(pick(rule?.title)) || meta.title || textOf(h1) || textOf(doc.querySelector('title'));
  // A generic reading often brings the headline and the date line along with the text.
  body.blocks = body.blocks.filter((b) => b.text !== normalizeDisplay(title) && !isDateLine(b.text));
  if (!body.blocks.length) warnings.push('no article text found');

  const kicker = textOf(pick(rule?.kicker));
  let lead = textOf(pick(rule?.lead));
  if (!lead && !rule) lead = meta.description ?? '';
  const text = body.blocks.map((b) => b.text).join('\n');
  const firstParagraph = body.blocks.find((b) => !b.heading)?.text ?? '';
  const publisher = opts.publisher ?? opts.aliases.resolve(meta.title ?? '') ?? null;

  return {
    url: opts.url || canonicalUrl,
    canonicalUrl,
    title: normalizeDisplay(title),
    kicker: normalizeDisplay(kicker),
    lead: normalizeDisplay(lead),
    text,
    html: sanitizeArticleHtml(body.blocks.map((b) => b.html).join('\n'), base),
    published: meta.published ?? dateFrom(pick(rule?.date)) ?? dateFrom(doc.querySelector('time[datetime]')),
    modified: meta.modified,
    author: meta.author ? normalizeDisplay(meta.author) : null,
    newsCode: meta.newsCode ?? codeFrom(pick(rule?.newsCode)),
    section: normalizeDisplay(meta.section ?? textOf(pick(rule?.section))) || null,
    tags: (meta.tags.length ? meta.tags : all(doc, rule?.tags ?? []).map((el) => textOf(el))).map(normalizeDisplay).filter(Boolean),
    images: meta.images.map((src) => absolute(src, base)),
    attribution: parseAttribution(firstParagraph || lead, opts.aliases, publisher),
    related: body.related,
    lang: meta.lang ?? 'fa',
    dir: meta.dir ?? 'rtl',
    raw: { title, lead, text: body.blocks.map((b) => b.raw).join('\n') },
    rule: rule?.name ?? null,
    warnings,
  };
}
