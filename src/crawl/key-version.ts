import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import { mulberry32 } from '../../scripts/replay/prng.ts';
import type { Repository } from '../store/index.ts';
import { articleKeys } from './article-keys.ts';

/** The store setting that names the search key its articles were keyed with (`keyFingerprint`). */
export const SEARCH_KEY_SETTING = 'search-key';

// What the probe texts are made of: each spelling the key folds (Arabic and Persian letters, hamza forms,
// presentation forms, diacritics, tatweel, ZWNJ and its cousins), digits of three scripts with their separators,
// affixes the key joins or parts («می», «ها», «ام»), hashtags, handles, addresses, Latin, punctuation and spaces.
const PIECES = [
  'کتاب', 'كتاب', 'خانه', 'خانة', 'ایران', 'ايران', 'کووید', 'آتش', 'بس', 'مسئول', 'مسؤول', 'رئیس', 'إعلام', 'أحمد',
  'ﻻ', 'ﷲ', 'ﺑﺎ', 'می', 'ها', 'های', 'ترین', 'ام', 'امین', 'ی', 'ي', 'ى', 'ۀ', 'ة', 'ء', 'ـ', '\u064e', '\u0650',
  '\u064b', '\u0670', '\u200c', '\u200d', '\u200b', '\u200f', '\u00a0', '۱۴۰۵', '٢٣', '19', '۸۷٬۴۰۰', '4.7', '۴٫۷',
  '۴/۷', '87,400', '#', '@', '_', 'https://www.isna.ir/news/1405/', 'H3N2', 'Tehran', 'COVID', '«', '»', '،', '؛', '؟',
  '!', '.', ':', '(', ')', '-', '\n', ' ', ' ', ' ', ' ',
];

let memo: string | null = null;

/**
 * A fingerprint of this version's article keys: the SHA-256 of the keys of 200 probe articles drawn (with a fixed
 * seed) from the pieces above, each piece some 100 times in other company. A version that keys any of them
 * differently has another fingerprint, and the articles a store keyed before it are keyed again
 * (`ensureCurrentKeys`).
 */
export function keyFingerprint(): string {
  if (memo) return memo;
  // A fixed stream, so every process of a version draws the same probes.
  const random = mulberry32(0x4b48);
  const text = (pieces: number) => Array.from({ length: pieces }, () => PIECES[Math.floor(random() * PIECES.length)]).join('');
  const hash = createHash('sha256');
  for (let i = 0; i < 200; i++) {
    const k = articleKeys({ title: text(8), lead: text(16), text: text(40) });
    hash.update(`${k.searchKey}\u0000${k.contentHash}\u0000`);
  }
  memo = hash.digest('hex').slice(0, 32);
  return memo;
}

const BATCH = 500;

/**
 * Keys every stored article again with this version's key (only those whose keys differ are written), in batches
 * of 500, then records the key's fingerprint. `total` is how many articles the store holds (the caller has
 * counted them); `onBatch` hears how many were read and keyed again so far.
 */
export async function rekeyAll(
  store: Repository,
  total: number,
  onBatch?: (read: number, changed: number) => void,
): Promise<{ read: number; changed: number }> {
  const fingerprint = keyFingerprint();
  let after = 0;
  let read = 0;
  let changed = 0;
  for (;;) {
    const r = await store.rekeyArticles(after, BATCH, articleKeys);
    if (r.lastId === null) break;
    after = r.lastId;
    // A batch reads up to BATCH articles; only the last may read fewer.
    read = Math.min(total, read + BATCH);
    changed += r.changed;
    onBatch?.(read, changed);
  }
  if (changed) await store.refreshStatistics();
  await store.setSetting(SEARCH_KEY_SETTING, fingerprint);
  return { read, changed };
}

/**
 * Before a crawl: when the store's articles were keyed by another version's search key (or by a version from
 * before the key was recorded), they are keyed again, so that a search finds old articles as it finds new ones.
 * Without this an upgrade that changed the key left them to `khabar reindex`.
 */
export async function ensureCurrentKeys(store: Repository, log: Logger): Promise<void> {
  const current = keyFingerprint();
  const stored = await store.getSetting(SEARCH_KEY_SETTING);
  if (stored === current) return;
  const total = await store.countArticles();
  if (total === 0) {
    await store.setSetting(SEARCH_KEY_SETTING, current);
    return;
  }
  log.info({ articles: total }, 'stored articles were keyed for search by another version: keying them again');
  const r = await rekeyAll(store, total);
  log.info({ read: r.read, changed: r.changed }, `search keys up to date: ${r.changed} of ${total} articles keyed again`);
}
