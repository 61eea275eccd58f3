import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NewArticle } from '../store.ts';
import { SqliteStore } from './sqlite-store.ts';

const source = { slug: 'isna', nameFa: 'ایسنا', nameEn: 'ISNA', homepage: 'https://www.isna.ir', feeds: ['https://www.isna.ir/rss'], affiliation: 'semi-official' as const };

function article(over: Partial<NewArticle> = {}): NewArticle {
  return {
    source: 'isna', url: 'https://www.isna.ir/news/1', canonicalUrl: 'https://www.isna.ir/news/1', title: 'عنوان خبر',
    kicker: '', lead: 'لید', text: 'متن خبر', html: '<p>متن خبر</p>', published: '2026-11-24T08:15:00.000Z', modified: null,
    fetched: '2026-11-24T08:20:00.000Z', author: null, newsCode: '1405090301234', section: 'سیاسی', tags: ['مجلس'], images: [],
    attribution: { reportedBy: 'isna', quoting: [] }, related: [], lang: 'fa', dir: 'rtl', contentHash: 'h1',
    original: { title: 'عنوان خبر', lead: 'لید', text: 'متن خبر' }, searchKey: 'عنوان خبر', ...over,
  };
}

describe('SqliteStore', () => {
  it('keeps sources with their health and removes them', () => {
    const store = new SqliteStore(':memory:');
    store.upsertSource(source);
    store.recordFailure('isna', new Date('2026-11-24T08:00:00Z'), 'https://www.isna.ir/rss: the connection was refused', new Date('2026-11-24T08:05:00Z'));
    const s = store.getSource('isna')!;
    expect(s.health.consecutiveFailures).toBe(1);
    expect(s.health.lastError).toMatch(/refused/);
    expect(store.dueSources(new Date('2026-11-24T08:01:00Z'))).toHaveLength(0);
    expect(store.dueSources(new Date('2026-11-24T08:06:00Z'))).toHaveLength(1);
    expect(store.removeSource('isna')).toBe(true);
    expect(store.listSources()).toHaveLength(0);
  });

  it('keys an article again only if it was not saved again meanwhile', () => {
    const store = new SqliteStore(':memory:');
    const { id } = store.saveArticle(article());
    // The keyer runs between the read and the write: a crawl saves the article's new text there.
    const keys = () => {
      store.saveArticle(article({ title: 'عنوان تازه', contentHash: 'h2', searchKey: 'عنوان تازه' }));
      return { searchKey: 'عنوان خبر کهنه', contentHash: 'stale' };
    };
    expect(store.rekeyArticles(0, 10, keys)).toEqual({ lastId: id, changed: 0 });
    expect(store.getArticle(id)).toMatchObject({ title: 'عنوان تازه', contentHash: 'h2' });
  });

  it('writes the same article twice as one row and updates it when it changes', () => {
    const store = new SqliteStore(':memory:');
    const first = store.saveArticle(article());
    const again = store.saveArticle(article());
    expect(again).toEqual({ id: first.id, created: false, changed: false });
    const edited = store.saveArticle(article({ title: 'عنوان تازه', contentHash: 'h2' }));
    expect(edited).toEqual({ id: first.id, created: false, changed: true });
    expect(store.countArticles()).toBe(1);
    expect(store.getArticle(first.id)!.title).toBe('عنوان تازه');
    expect(store.hasArticle('https://www.isna.ir/news/1')).toBe(true);
  });

  it('migrates once and reopens an existing file unchanged', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'khabar-store-')), 'k.db');
    const a = new SqliteStore(path);
    a.saveArticle(article());
    a.close();
    const b = new SqliteStore(path);
    expect(b.countArticles()).toBe(1);
    expect(b.db.pragma('integrity_check', { simple: true })).toBe('ok');
    b.close();
  });
});
