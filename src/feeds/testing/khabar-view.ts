import type { FeedItem, ParsedFeed } from '../../model/types.ts';
import { normalizeDisplay } from '../../persian/index.ts';
import { foldSpace, htmlToText } from '../html-text.ts';
import { type EvalContext, type Mapping, type Value, Field, Missing, NA } from './evaluate.ts';

// Khabar's output seen through feedparser's names. Keys Khabar keeps map to typed fields; every other key is not
// applicable. Titles, summaries and authors are plain text in Khabar (feedparser keeps HTML), content is sanitized
// by Khabar's own allowlist, dates are ISO 8601 UTC (feedparser keeps the raw string beside a struct_time).

class Detail implements Mapping {
  constructor(private readonly fields: Record<string, Value>) {}
  get(key: string | number): Value {
    return Object.hasOwn(this.fields, key) ? (this.fields[key] as Value) : NA;
  }
}

/** An entry of a list Khabar has fewer of: asking it for a key Khabar keeps fails, for any other is not applicable. */
class Absent implements Mapping {
  constructor(private readonly kept: ReadonlySet<string>) {}
  get(key: string | number): Value {
    if (typeof key === 'string' && this.kept.has(key)) throw new Missing(`no such entry for ${key}`);
    return NA;
  }
}

class List implements Mapping {
  /**
   * `kept`: the keys Khabar keeps for each element; `keptUpTo`: indexes past it are things Khabar does not keep (it
   * keeps one author), not missing ones.
   */
  constructor(
    private readonly items: Value[],
    private readonly kept: ReadonlySet<string>,
    private readonly keptUpTo = Infinity,
  ) {}
  get length(): number {
    return this.items.length;
  }
  get(key: string | number): Value {
    if (typeof key !== 'number') return NA;
    if (key >= this.keptUpTo) return NA;
    return this.items[key < 0 ? this.items.length + key : key] ?? new Absent(this.kept);
  }
}

const keys = (...k: string[]) => new Set(k);

function structTime(iso: string | null): number[] | null {
  if (!iso) return null;
  const d = new Date(iso);
  const yday = Math.floor((Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000) + 1;
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), (d.getUTCDay() + 6) % 7, yday, 0];
}

const ENTRY_KEYS = new Set([
  'title', 'title_detail', 'link', 'id', 'guid', 'summary', 'description', 'summary_detail', 'content',
  'published_parsed', 'updated_parsed', 'author', 'author_detail', 'authors', 'tags', 'category', 'enclosures',
]);

function entryField(item: FeedItem, key: string): Value {
  const text = (v: string) => new Field('text', v);
  const author = new Detail({ name: new Field('author', item.author) });
  switch (key) {
    case 'title':
      return text(item.title);
    case 'title_detail':
      return new Detail({ value: text(item.title) });
    case 'link':
      return new Field('url', item.link);
    case 'id':
    case 'guid':
      return new Field('id', item.id);
    case 'summary':
    case 'description':
      return text(item.summary);
    case 'summary_detail':
      return new Detail({ value: text(item.summary) });
    case 'content':
      return new List(item.contentHtml ? [new Detail({ value: new Field('html', item.contentHtml) })] : [], keys('value'));
    case 'published_parsed':
      return new Field('date', structTime(item.published));
    case 'updated_parsed':
      // feedparser answers `updated` with `published` when an entry has only the latter.
      return new Field('date', structTime(item.updated ?? item.published));
    case 'author':
      return new Field('author', item.author);
    case 'author_detail':
      return author;
    case 'authors':
      return new List(item.author ? [author] : [], keys('name'), 1);
    case 'tags':
      return new List(item.categories.map((c) => new Detail({ term: text(c) })), keys('term'));
    case 'category':
      return text(item.categories[0] ?? '');
    case 'enclosures':
      return new List(
        item.enclosures.map((e) => new Detail({ href: new Field('url', e.url), url: new Field('url', e.url), type: new Field('plain', e.type) })),
        keys('href', 'url', 'type'),
      );
    default:
      return NA;
  }
}

class Entry implements Mapping {
  constructor(private readonly item: FeedItem | undefined) {}
  get(key: string | number): Value {
    if (typeof key !== 'string' || !ENTRY_KEYS.has(key)) return NA;
    if (!this.item) throw new Missing(`entries has no such entry for ${key}`);
    return entryField(this.item, key);
  }
}

class Entries implements Mapping {
  constructor(private readonly items: FeedItem[]) {}
  get length(): number {
    return this.items.length;
  }
  get(key: string | number): Value {
    return typeof key === 'number' ? new Entry(this.items[key < 0 ? this.items.length + key : key]) : NA;
  }
}

const N = (s: string) => normalizeDisplay(foldSpace(s));
const canonUrl = (s: string) => {
  try {
    return new URL(s.trim()).href;
  } catch {
    return s.trim();
  }
};
const urlsIn = (html: string) => [...html.matchAll(/\b(?:href|src)\s*=\s*["']([^"']+)["']/gi)].map((m) => canonUrl(htmlToText(m[1] ?? '')));
const personName = (s: string) => /^(.*?)\s*\(([^()]*@[^()]*)\)$/.exec(s.trim())?.[1] || s;

/** How a field from Khabar answers `== expected`. */
function fieldEquals(field: Field, expected: Value): boolean | typeof NA {
  if (expected === NA) return NA;
  const v = field.value;
  if (expected === null) return v === null || v === '';
  if (field.kind === 'date') return Array.isArray(expected) && Array.isArray(v) && v.slice(0, 8).every((x, i) => x === expected[i]);
  if (typeof expected === 'number') return v === expected;
  if (typeof expected !== 'string') return NA;
  const got = typeof v === 'string' ? v : '';
  switch (field.kind) {
    case 'text':
      // feedparser keeps HTML in titles and summaries and plain text where the feed said so; Khabar keeps plain text.
      return got === N(expected) || got === N(htmlToText(expected));
    case 'author':
      return got === N(personName(expected)) || got === N(expected);
    case 'html': {
      const text = N(htmlToText(got));
      const sameText = text === N(htmlToText(expected)) || text === N(expected);
      const mine = new Set(urlsIn(got));
      return sameText && urlsIn(expected).every((u) => mine.has(u));
    }
    case 'url':
      return canonUrl(got) === canonUrl(expected);
    case 'charset':
      return got.toLowerCase().replace(/[-_]/g, '') === expected.toLowerCase().replace(/[-_]/g, '');
    default:
      return got === expected;
  }
}

/** The names an Expect line may use, bound to Khabar's output for one file. */
export function khabarContext(feed: ParsedFeed | null, charset: string): EvalContext {
  const feedView: Mapping = {
    get(key) {
      if (key !== 'title' && key !== 'title_detail' && key !== 'link' && key !== 'ttl') return NA;
      if (!feed) throw new Missing(`feed.${key}`);
      if (key === 'link') return new Field('url', feed.link);
      // Khabar keeps <ttl> as seconds, for the scheduler; feedparser keeps the text in minutes.
      if (key === 'ttl') return new Field('plain', feed.ttlSeconds ? String(feed.ttlSeconds / 60) : null);
      return key === 'title' ? new Field('text', feed.title) : new Detail({ value: new Field('text', feed.title) });
    },
  };
  const len = ([x]: Value[]) => (x instanceof Entries ? new Field('plain', x.length) : Array.isArray(x) ? x.length : x instanceof Field && typeof x.value === 'string' ? x.value.length : NA);
  const ord = ([x]: Value[]) => (x instanceof Field && typeof x.value === 'string' && [...x.value].length === 1 ? new Field('plain', x.value.codePointAt(0) ?? 0) : NA);
  return {
    names: { feed: feedView, entries: new Entries(feed?.items ?? []), encoding: new Field('charset', charset), len, ord },
    equals: fieldEquals,
    touched: false,
  };
}
