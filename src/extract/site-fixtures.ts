// One fixture page per site rule that the replay corpus does not already exercise, or to pin a rule to a real
// page's shape: fixtures/<name>.html (any charset, decoded as a fetched page is) beside fixtures/<name>.json
// holding {url, rule, expected}, where `expected` lists the fields to check, with their exact values.
import { readFileSync, readdirSync } from 'node:fs';

export const FIXTURE_DIR = new URL('./fixtures/', import.meta.url);

export interface SiteFixture {
  name: string;
  url: string;
  rule: string;
  expected: Record<string, unknown>;
  html: Buffer;
}

export function loadSiteFixtures(): SiteFixture[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -'.json'.length);
      const spec = JSON.parse(readFileSync(new URL(f, FIXTURE_DIR), 'utf8')) as Omit<SiteFixture, 'name' | 'html'>;
      return { name, ...spec, html: readFileSync(new URL(`${name}.html`, FIXTURE_DIR)) };
    });
}

/** The rules the fixtures pin. */
export const FIXTURE_RULES: string[] = loadSiteFixtures().map((f) => f.rule);
