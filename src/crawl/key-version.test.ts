import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { httpClientFor } from '../cli/runtime.ts';
import { loadConfig } from '../config/config.ts';
import { type Repository, repositoryOf } from '../store/repository.ts';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import { newArticle } from '../store/testing/seed.ts';
import { articleKeys } from './article-keys.ts';
import { Crawler } from './crawler.ts';
import { SEARCH_KEY_SETTING, ensureCurrentKeys, keyFingerprint } from './key-version.ts';

const log = pino({ level: 'silent' });
const match = (word: string) => ({ must: [[word]], not: [], sources: [], since: null, until: null, limit: 10 });

/** A store of three articles keyed as a version with another search key keyed them. */
async function keyedByAnotherVersion(): Promise<Repository> {
  const store = repositoryOf(new SqliteStore(':memory:'));
  for (const [n, title] of ['سیل در گیلان', 'زلزله در کرمان', 'سیل در مازندران'].entries()) await store.saveArticle(newArticle(n + 1, { title }));
  await store.rekeyArticles(0, 10, (a) => ({ searchKey: 'کلید کهنه', contentHash: `older ${a.title}` }));
  return store;
}

describe('search keys of another version', () => {
  it("fingerprints this version's key, the same every time", () => {
    expect(keyFingerprint()).toMatch(/^[0-9a-f]{32}$/);
    expect(keyFingerprint()).toBe(keyFingerprint());
  });

  it('keys again the articles of a store from before the key was recorded, and records it', async () => {
    const store = await keyedByAnotherVersion();
    expect((await store.searchArticles(match('سیل'))).total).toBe(0);
    await ensureCurrentKeys(store, log);
    expect((await store.searchArticles(match('سیل'))).total).toBe(2);
    expect((await store.rekeyArticles(0, 10, articleKeys)).changed).toBe(0);
    expect(await store.getSetting(SEARCH_KEY_SETTING)).toBe(keyFingerprint());
  });

  it('keys again a store keyed by another fingerprint, and leaves one keyed by this version alone', async () => {
    const store = await keyedByAnotherVersion();
    await store.setSetting(SEARCH_KEY_SETTING, 'a version before this one');
    await ensureCurrentKeys(store, log);
    expect((await store.searchArticles(match('زلزله'))).total).toBe(1);
    // Keys made otherwise now stay: the store says they are this version's, and it is not read again.
    await store.rekeyArticles(0, 10, (a) => ({ searchKey: 'کلید دیگر', contentHash: `other ${a.title}` }));
    await ensureCurrentKeys(store, log);
    expect((await store.searchArticles(match('زلزله'))).total).toBe(0);
  });

  it('records the fingerprint of an empty store', async () => {
    const store = repositoryOf(new SqliteStore(':memory:'));
    await ensureCurrentKeys(store, log);
    expect(await store.getSetting(SEARCH_KEY_SETTING)).toBe(keyFingerprint());
  });

  it('is done by the crawler before its first pass', async () => {
    const store = await keyedByAnotherVersion();
    const config = loadConfig({ logLevel: 'silent' });
    const crawler = new Crawler({ http: httpClientFor(config), store, config, log });
    await crawler.runOnce();
    expect((await store.searchArticles(match('سیل'))).total).toBe(2);
  });
});
