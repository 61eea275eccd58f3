import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from './dom.ts';
import { BUILTIN_RULES, findRule, loadSiteRules, namesInPage, parseSiteRule } from './rules.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function ruleDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'khabar-rules-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const match = (html: string, url = 'http://replay.khabar.test/x') => {
  const doc = parseDocument(html);
  return findRule(BUILTIN_RULES, url, doc, doc.querySelector('meta[name="generator"]')?.getAttribute('content') ?? null, namesInPage(html));
};

describe('site rules', () => {
  it('loads every built-in rule, outlet rules before family rules', () => {
    const names = BUILTIN_RULES.map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(['nastooh', 'isna', 'asam', 'iransamaneh', 'fars', 'bbc-persian', 'pangea', 'euronews', 'independent-persian', 'legacy-table']));
    const firstFamily = BUILTIN_RULES.findIndex((r) => r.scope === 'family');
    expect(BUILTIN_RULES.slice(firstFamily).every((r) => r.scope === 'family')).toBe(true);
  });

  it('names the file and the field of a malformed rule', () => {
    expect(() => loadSiteRules(ruleDir({ 'bad.json': '{"name": "bad", "body": ".x"}' }))).toThrow(/^site rule bad\.json: body: /);
    expect(() => loadSiteRules(ruleDir({ 'broken.json': '{"name": ' }))).toThrow(/^site rule broken\.json: /);
    expect(() => parseSiteRule({ name: 'x', selectors: [] }, 'x.json')).toThrow(/^site rule x\.json: /);
    expect(() => loadSiteRules(ruleDir({ 'a.json': '{"name": "same"}', 'b.json': '{"name": "same"}' }))).toThrow('site rule same: the name is used twice');
  });

  it('recognises a page by host, then an outlet signature, then the generator, then a family signature', () => {
    expect(match('<div class="x"></div>', 'https://www.isna.ir/news/1')?.rule.name).toBe('isna');
    // ISNA's page also carries Nastooh's meta: its own rule wins.
    const isna = '<meta property="nastooh:code" content="1"><article><div class="item-body"><div class="item-text"></div></div><h1 class="first-title">x</h1></article>';
    expect(match(isna)).toMatchObject({ rule: { name: 'isna' }, via: 'signature' });
    expect(match('<meta name="generator" content="www.nastooh.ir"><p>x</p>')).toMatchObject({ rule: { name: 'nastooh' }, via: 'generator' });
    expect(match('<table class="news"><tr><td class="titr">x</td></tr></table>')).toMatchObject({ rule: { name: 'legacy-table' }, via: 'signature' });
    expect(match('<article><p>nothing known</p></article>')).toBeNull();
  });
});
