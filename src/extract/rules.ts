import { readdirSync, readFileSync } from 'node:fs';
import { z } from 'zod';

const selectors = z.array(z.string()).default([]);

export const SiteRuleSchema = z.object({
  name: z.string(),
  about: z.string().default(''),
  hosts: z.array(z.string()).default([]),
  generator: z.string().optional(),
  /** Selectors of which any one present marks a page of this family when the host is unknown. */
  signature: selectors,
  kicker: selectors,
  title: selectors,
  lead: selectors,
  body: selectors,
  date: selectors,
  newsCode: selectors,
  section: selectors,
  tags: selectors,
  strip: selectors,
});

export type SiteRule = z.infer<typeof SiteRuleSchema>;

/** Loads every rule file in a folder; a malformed file is an error naming the file. */
export function loadSiteRules(dir: URL | string): SiteRule[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const path = new URL(f, typeof dir === 'string' ? `file://${dir.replace(/\/?$/, '/')}` : dir);
      const parsed = SiteRuleSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
      if (!parsed.success) throw new Error(`site rule ${f}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
      return parsed.data;
    });
}

export const BUILTIN_RULES: SiteRule[] = loadSiteRules(new URL('./sites/', import.meta.url));

function hostMatches(host: string, ruleHost: string): boolean {
  return host === ruleHost || host.endsWith(`.${ruleHost}`);
}

/** The rule for a page: by host first, then by the CMS's generator tag, then by its markup signature. */
export function findRule(rules: SiteRule[], url: string, doc: Document, generator: string | null): SiteRule | null {
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    // A page read from a file may have no URL.
  }
  const byHost = rules.find((r) => r.hosts.some((h) => hostMatches(host, h)));
  if (byHost) return byHost;
  const gen = generator?.toLowerCase() ?? '';
  const byGenerator = gen ? rules.find((r) => r.generator && gen.includes(r.generator)) : undefined;
  if (byGenerator) return byGenerator;
  return rules.find((r) => r.signature.some((s) => safeMatches(doc, s))) ?? null;
}

function safeMatches(doc: Document, selector: string): boolean {
  try {
    return doc.querySelector(selector) !== null;
  } catch {
    return false;
  }
}
