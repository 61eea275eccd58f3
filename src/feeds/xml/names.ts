// Tag and attribute names read where they lie in the source. A feed repeats a dozen names hundreds of times;
// cutting each one out and lower-casing it was a third of the reader's time. Here each spelling is cut out once per
// document, every later occurrence is matched against it in place and gets the same strings back, and the names the
// feed readers look for are the very literals they compare with.

/** One spelling of a tag name as written, with its lower-case forms. */
export interface TagName {
  /** As written. */
  raw: string;
  /** Lower case: the reader's `qname`. */
  lower: string;
  /** The lower-case qualified name split at its first colon: prefix ('' for none) and local name. */
  prefix: string;
  local: string;
  /** Whether it is all ASCII. A name may hold units past U+00B7, some of which `\s` counts as white space. */
  ascii: boolean;
  next: TagName | undefined;
}

const BUCKETS = 64;

// The names the feed readers ask for, as the literals they compare with: a name read from the source is swapped
// for its literal, which V8 keeps interned, so `node.local === 'title'` compares two pointers.
const LITERALS = new Map<string, string>(
  [
    'rss', 'rdf', 'feed', 'channel', 'item', 'entry', 'title', 'link', 'description', 'guid', 'pubdate', 'category',
    'enclosure', 'author', 'id', 'updated', 'published', 'summary', 'content', 'encoded', 'name', 'email', 'uri',
    'language', 'ttl', 'image', 'url', 'comments', 'source', 'creator', 'date', 'subject', 'identifier', 'body',
    'abstract', 'group', 'modified', 'issued', 'created', 'div', 'p', 'br', 'a', 'img', 'dc', 'atom',
    'media', 'itunes', 'sy', 'xhtml', 'dcterms', 'updateperiod', 'updatefrequency', 'lastbuilddate',
    'generator', 'contributor', 'rights', 'copyright', 'subtitle', 'icon', 'logo', 'thumbnail',
  ].map((n) => [n, n]),
);
const interned = (s: string): string => LITERALS.get(s) ?? s;

function isNameStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58 || c >= 0xc0;
}

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 58) || c === 95 || c === 45 || c === 46 || c >= 0xb7;
}

/** The tag names of one document. Not shared between documents: a table lives as long as one reading. */
export class NameTable {
  // Left holey, not filled: most documents are small, and a table is made for each.
  private readonly buckets: (TagName | undefined)[] = new Array<TagName | undefined>(BUCKETS);
  /** Where the name read by the last `read` ends. */
  end = 0;

  /** Whether the name starting at `i` in `s` is `name` as written; if so, `end` is where it ends. */
  matches(s: string, i: number, name: TagName): boolean {
    const raw = name.raw;
    for (let k = 0; k < raw.length; k++) if (raw.charCodeAt(k) !== s.charCodeAt(i + k)) return false;
    if (isNameChar(s.charCodeAt(i + raw.length))) return false;
    this.end = i + raw.length;
    return true;
  }

  /** The name starting at `i` in `s`, or null when none starts there (then `end` is `i`). */
  read(s: string, i: number): TagName | null {
    const first = s.charCodeAt(i);
    if (!isNameStart(first)) {
      this.end = i;
      return null;
    }
    let h = first;
    let units = first; // every unit OR-ed together: below 128, the name is ASCII
    let j = i + 1;
    for (;;) {
      const c = s.charCodeAt(j);
      if (!isNameChar(c)) break;
      h = (Math.imul(h, 31) + c) | 0;
      units |= c;
      j++;
    }
    this.end = j;
    const bucket = h & (BUCKETS - 1);
    const len = j - i;
    for (let e = this.buckets[bucket]; e; e = e.next) {
      const raw = e.raw;
      if (raw.length !== len) continue;
      let k = 0;
      while (k < len && raw.charCodeAt(k) === s.charCodeAt(i + k)) k++;
      if (k === len) return e;
    }
    const raw = s.slice(i, j);
    const lower = interned(raw.toLowerCase());
    const colon = lower.indexOf(':');
    const name: TagName = {
      raw,
      lower,
      prefix: colon < 0 ? '' : interned(lower.slice(0, colon)),
      local: colon < 0 ? lower : interned(lower.slice(colon + 1)),
      ascii: units < 128,
      next: this.buckets[bucket],
    };
    this.buckets[bucket] = name;
    return name;
  }
}
