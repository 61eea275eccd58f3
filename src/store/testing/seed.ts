import { createHash } from 'node:crypto';
import { normalizeDisplay, searchKey } from '../../persian/index.ts';
import type { Source } from '../../model/types.ts';
import type { Repository } from '../repository.ts';
import type { NewArticle } from '../store.ts';

export const SOURCES: (Source & { aliases?: string[] })[] = [
  { slug: 'isna', nameFa: 'ایسنا', nameEn: 'ISNA', homepage: 'https://www.isna.ir', feeds: ['https://www.isna.ir/rss'], affiliation: 'semi-official', aliases: ['خبرگزاری دانشجویان ایران'] },
  { slug: 'mehr', nameFa: 'خبرگزاری مهر', nameEn: 'Mehr News Agency', homepage: 'https://www.mehrnews.com', feeds: ['https://www.mehrnews.com/rss'], affiliation: 'semi-official', licence: 'CC BY 4.0' },
  { slug: 'bbc', nameFa: 'بی‌بی‌سی فارسی', nameEn: 'BBC Persian', homepage: 'https://www.bbc.com/persian', feeds: ['https://feeds.bbci.co.uk/persian/rss.xml'], affiliation: 'diaspora' },
];

/** An article as the pipeline would hand it over: display forms and the search key made by src/persian. */
export function newArticle(n: number, over: Partial<NewArticle> & { title: string }): NewArticle {
  const source = over.source ?? 'isna';
  const url = over.url ?? `https://example.org/${source}/news/${n}`;
  const title = normalizeDisplay(over.title);
  const lead = normalizeDisplay(over.lead ?? '');
  const text = normalizeDisplay(over.text ?? '');
  return {
    url, canonicalUrl: url, kicker: '', html: `<p>${text}</p>`, published: '2026-11-24T08:00:00.000Z', modified: null,
    fetched: '2026-11-24T08:05:00.000Z', author: null, newsCode: null, section: null, tags: [], images: [],
    attribution: { reportedBy: source, quoting: [] }, related: [], lang: 'fa', dir: 'rtl',
    original: { title: over.title, lead: over.lead ?? '', text: over.text ?? '' },
    ...over,
    source, title, lead, text,
    contentHash: over.contentHash ?? createHash('sha256').update(`${title}\n${lead}\n${text}`).digest('hex'),
    searchKey: searchKey(`${title} ${lead} ${text}`),
  };
}

export async function addSources(store: Repository): Promise<void> {
  for (const s of SOURCES) await store.upsertSource(s);
}
