import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('has the documented defaults', () => {
    const c = loadConfig();
    expect(c.port).toBe(3000);
    expect(c.dataDir).toMatch(/\/data$/);
    expect(c.offline).toBe('auto');
  });
  it('lets flags win over the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'khabar-config-'));
    const file = join(dir, 'khabar.json');
    writeFileSync(file, JSON.stringify({ port: 8080, crawl: { intervalSeconds: 600 } }));
    const c = loadConfig({ port: 9090 }, file);
    expect(c.port).toBe(9090);
    expect(c.crawl.intervalSeconds).toBe(600);
    expect(c.crawl.maxItemsPerFeed).toBe(60);
    expect(c.crawl.maxPageBytes).toBe(4 * 1024 * 1024);
  });
  it('names the file and the field that is wrong', () => {
    const dir = mkdtempSync(join(tmpdir(), 'khabar-config-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ port: 'x' }));
    expect(() => loadConfig({}, file)).toThrow(/bad\.json: port/);
    writeFileSync(file, JSON.stringify({ crawl: { maxPageBytes: 0 } }));
    expect(() => loadConfig({}, file)).toThrow(/bad\.json: crawl\.maxPageBytes/);
    expect(() => loadConfig({}, join(dir, 'missing.json'))).toThrow(/missing\.json: the config file cannot be read/);
  });
});
