import { readFileSync, readdirSync } from 'node:fs';
import { z } from 'zod';

const selectors = z.array(z.string()).default([]);

export const SiteRuleSchema = z.strictObject({
  name: z.string().regex(/^[a-z0-9-]+$/, 'a lower-case name with hyphens'),
  about: z.string().default(''),
  /** "outlet" rules refine or replace a family's rule for one site and are tried before "family" rules. */
  scope: z.enum(['family', 'outlet']).default('family'),
  hosts: z.array(z.string()).default([]),
  /** A substring of <meta name="generator"> that marks the family's CMS. */
  generator: z.string().optional(),
  /** Selectors of which any one present marks a page of this rule when neither host nor generator does. */
  signature: selectors,
  kicker: selectors,
  title: selectors,
  lead: selectors,
  body: selectors,
  date: selectors,
  newsCode: selectors,
  section: selectors,
  tags: selectors,
  /** Read-more and related blocks inside the body: their links become `related`, their text is dropped. */
  related: selectors,
  /** Elements removed before the body is read (share bars, ads, promos inside the text). */
  strip: selectors,
});

export type SiteRule = z.infer<typeof SiteRuleSchema>;

export interface RuleMatch {
  rule: SiteRule;
  /** How the page was recognised. */
  via: 'host' | 'generator' | 'signature';
}

/** Parses one rule file's JSON; a malformed rule is an error naming the file and the field. */
export function parseSiteRule(json: unknown, file: string): SiteRule {
  const parsed = SiteRuleSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    throw new Error(`site rule ${file}: ${where}${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

/** Loads every rule file in a folder, outlet rules first; a malformed file is an error naming the file. */
export function loadSiteRules(dir: URL | string): SiteRule[] {
  const base = typeof dir === 'string' ? new URL(`file://${dir.replace(/\/?$/, '/')}`) : dir;
  const rules = readdirSync(base)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(new URL(f, base), 'utf8'));
      } catch (err) {
        throw new Error(`site rule ${f}: ${(err as Error).message}`);
      }
      return parseSiteRule(json, f);
    });
  const names = new Set<string>();
  for (const r of rules) {
    if (names.has(r.name)) throw new Error(`site rule ${r.name}: the name is used twice`);
    names.add(r.name);
  }
  return rules.sort((a, b) => (a.scope === b.scope ? 0 : a.scope === 'outlet' ? -1 : 1));
}

export const BUILTIN_RULES: SiteRule[] = loadSiteRules(new URL('./sites/', import.meta.url));

function hostMatches(host: string, ruleHost: string): boolean {
  return host === ruleHost || host.endsWith(`.${ruleHost}`);
}

// Class names and ids a selector requires: if one of them is on no element of the page, the selector cannot
// match, and the (costly) query over the whole document is skipped.
const REQUIRED_NAME = /[.#]([A-Za-z_][\w-]*)/g;
const CLASS_OR_ID = /\s(?:class|id)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

/** Every class name and id written in a page's source, read in one pass. */
export function namesInPage(source: string): Set<string> {
  const names = new Set<string>();
  for (const m of source.matchAll(CLASS_OR_ID)) for (const n of (m[1] ?? m[2] ?? m[3] ?? '').split(/\s+/)) if (n) names.add(n);
  return names;
}

export function mayMatch(names: Set<string> | undefined, selector: string): boolean {
  if (names === undefined) return true;
  for (const m of selector.replace(/:not\([^)]*\)/g, '').matchAll(REQUIRED_NAME)) if (m[1] && !names.has(m[1])) return false;
  return true;
}

export function matchesAny(doc: Document, selectorList: readonly string[], names?: Set<string>): boolean {
  for (const s of selectorList) {
    if (!mayMatch(names, s)) continue;
    try {
      if (doc.querySelector(s)) return true;
    } catch {
      // A selector the engine rejects matches nothing.
    }
  }
  return false;
}

/**
 * The rule for a page: by host first, then an outlet rule's markup signature, then the CMS's generator tag,
 * then a family rule's signature. Outlet rules come first so that ISNA's own layout wins over the Nastooh
 * markup it shares.
 */
export function findRule(
  rules: readonly SiteRule[],
  url: string,
  doc: Document,
  generator: string | null,
  names?: Set<string>,
): RuleMatch | null {
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    // A page read from a file may have no URL.
  }
  const byHost = host ? rules.find((r) => r.hosts.some((h) => hostMatches(host, h))) : undefined;
  if (byHost) return { rule: byHost, via: 'host' };
  const outlet = rules.find((r) => r.scope === 'outlet' && matchesAny(doc, r.signature, names));
  if (outlet) return { rule: outlet, via: 'signature' };
  const gen = generator?.toLowerCase() ?? '';
  const byGenerator = gen ? rules.find((r) => r.generator && gen.includes(r.generator.toLowerCase())) : undefined;
  if (byGenerator) return { rule: byGenerator, via: 'generator' };
  const family = rules.find((r) => r.scope === 'family' && matchesAny(doc, r.signature, names));
  return family ? { rule: family, via: 'signature' } : null;
}
