import { resolveUrl } from '../urls.ts';
import { DeclaredEntities, decodeEntities, readDeclarations } from './entities.ts';
import { NameTable, type TagName } from './names.ts';
import { type NamespaceScope, ROOT_SCOPE, canonicalNamespace, resolvePrefix } from './namespaces.ts';

/** One element: canonical namespace prefix, lower-case local name, attributes, children and its own text. */
export interface XmlNode {
  ns: string;
  local: string;
  /** The name as written (lower-case), to match end tags. */
  qname: string;
  /** Keyed by local name, or `prefix:local` for namespaced attributes (`xml:base`, `rdf:resource`). */
  attrs: Record<string, string>;
  children: XmlNode[];
  /** Character data directly inside, entities decoded, CDATA included. */
  text: string;
  /** The effective xml:base: where relative references inside resolve. */
  base: string;
  /** The raw markup between the start and end tags, for embedded XHTML and unescaped HTML. */
  start: number;
  end: number;
}

export interface XmlDocument {
  root: XmlNode | null;
  source: string;
  /** False when the reader had to recover: unclosed or mismatched tags, stray markup, truncated input. */
  wellFormed: boolean;
  entities: DeclaredEntities;
}

export interface ReadOptions {
  /** Local names a root element may have; elements before one (an HTML error page, junk) are skipped. */
  roots: ReadonlySet<string>;
  baseUrl: string;
  maxEntityExpansion: number;
}

function isBlank(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9) return false;
  }
  return true;
}

const ATTR = /[\s/]*([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/y;
const TAG_END = /\s*(\/?)>/y;
// Most elements have neither attributes nor children: they share these empty ones (never written to).
const NO_ATTRS: Record<string, string> = Object.freeze({}) as Record<string, string>;
const NO_CHILDREN: XmlNode[] = Object.freeze([]) as unknown as XmlNode[];
const isRepeating = (qname: string) => qname === 'item' || qname === 'entry' || qname === 'atom:entry' || qname === 'rss:item';

interface Frame {
  node: XmlNode;
  scope: NamespaceScope;
  tag: TagName;
}

function splitName(qname: string): [string, string] {
  const colon = qname.indexOf(':');
  return colon < 0 ? ['', qname] : [qname.slice(0, colon), qname.slice(colon + 1)];
}

/**
 * A forgiving XML reader for feeds: it never throws on malformed input (only on an entity bomb). Unclosed elements
 * are closed by their parent's end tag, stray end tags are dropped, a bare "&" stays text, HTML entities are known.
 */
export function readXml(source: string, opts: ReadOptions): XmlDocument {
  const entities = new DeclaredEntities(opts.maxEntityExpansion);
  const stack: Frame[] = [];
  let root: XmlNode | null = null;
  let wellFormed = true;
  let pos = 0;
  const len = source.length;
  const names = new NameTable();

  // White space between tags is layout, not content (every use of a text trims it): it is never copied out.
  const text = (raw: string, isCdata: boolean) => {
    const top = stack[stack.length - 1];
    if (top) top.node.text += isCdata ? raw : decodeEntities(raw, entities);
  };
  const closeTo = (depth: number, at: number) => {
    while (stack.length > depth) {
      const frame = stack.pop() as Frame;
      frame.node.end = at;
    }
  };

  while (pos < len && !(root && stack.length === 0)) {
    const lt = source.indexOf('<', pos);
    if (lt < 0) {
      text(source.slice(pos), false);
      pos = len;
      break;
    }
    if (lt > pos && !isBlank(source, pos, lt)) text(source.slice(pos, lt), false);
    const next = source.charCodeAt(lt + 1);
    if (next === 33 /* ! */) {
      if (source.startsWith('<!--', lt)) {
        const end = source.indexOf('-->', lt + 4);
        pos = end < 0 ? len : end + 3;
      } else if (source.startsWith('<![CDATA[', lt)) {
        const end = source.indexOf(']]>', lt + 9);
        text(source.slice(lt + 9, end < 0 ? len : end), true);
        pos = end < 0 ? len : end + 3;
      } else if (source.slice(lt + 2, lt + 9).toUpperCase() === 'DOCTYPE') {
        pos = readDoctype(source, lt, entities);
      } else {
        const end = source.indexOf('>', lt);
        pos = end < 0 ? len : end + 1;
      }
      continue;
    }
    if (next === 63 /* ? */) {
      const end = source.indexOf('?>', lt + 2);
      pos = end < 0 ? len : end + 2;
      continue;
    }
    if (next === 47 /* / */) {
      // Nearly every end tag closes the innermost element, spelled as its start tag was: that is tried first.
      const top = stack[stack.length - 1];
      const qname = top && names.matches(source, lt + 2, top.tag) ? top.node.qname : (names.read(source, lt + 2)?.lower ?? '');
      const gt = source.charCodeAt(names.end) === 62 ? names.end : source.indexOf('>', lt);
      pos = gt < 0 ? len : gt + 1;
      let depth = stack.length - 1;
      while (depth >= 0 && stack[depth]?.node.qname !== qname) depth--;
      if (depth < 0) {
        wellFormed = false; // a stray end tag
        continue;
      }
      if (depth !== stack.length - 1) wellFormed = false; // elements left open inside
      closeTo(depth, lt);
      continue;
    }
    const tag = names.read(source, lt + 1);
    if (tag === null) {
      wellFormed = false; // "<" that opens nothing: keep it as text
      text('<', true);
      pos = lt + 1;
      continue;
    }
    let at = names.end;
    const qname = tag.lower;
    const rawAttrs: [string, string][] = [];
    // Most feed elements have no attributes: "<title>" needs no attribute scanning.
    for (; source.charCodeAt(at) !== 62 /* > */; ) {
      // The usual ` name="value"` is read by hand, its name through the table; anything else by the pattern.
      if (source.charCodeAt(at) === 32) {
        const attr = names.read(source, at + 1);
        const eq = names.end;
        if (attr?.ascii && source.charCodeAt(eq) === 61 /* = */ && source.charCodeAt(eq + 1) === 34 /* " */) {
          const quote = source.indexOf('"', eq + 2);
          if (quote >= 0) {
            rawAttrs.push([attr.lower, decodeEntities(source.slice(eq + 2, quote), entities)]);
            at = quote + 1;
            continue;
          }
        }
      }
      ATTR.lastIndex = at;
      const a = ATTR.exec(source);
      if (!a || a[0].length === 0) break;
      at = ATTR.lastIndex;
      const name = a[1] ?? '';
      const value = a[2] ?? a[3] ?? a[4];
      if (name.startsWith('<')) break;
      if (value === undefined) wellFormed = false; // an HTML-style attribute without a value
      rawAttrs.push([name.toLowerCase(), value === undefined ? '' : decodeEntities(value, entities)]);
    }
    let selfClosing = false;
    const close = source.charCodeAt(at);
    if (close === 62 /* > */) pos = at + 1; // ">" or "/>" right after the name, the usual case, needs no pattern
    else if (close === 47 && source.charCodeAt(at + 1) === 62) {
      selfClosing = true;
      pos = at + 2;
    } else {
      TAG_END.lastIndex = at;
      const end = TAG_END.exec(source);
      if (end) {
        selfClosing = end[1] === '/';
        pos = TAG_END.lastIndex;
      } else {
        wellFormed = false;
        const gt = source.indexOf('>', at);
        pos = gt < 0 ? len : gt + 1;
        selfClosing = gt > 0 && source.charCodeAt(gt - 1) === 47;
      }
    }
    // An item never holds another: a new one means the last was left open (a truncated description, a lost tag).
    if (isRepeating(qname)) {
      const open = stack.findIndex((f) => f.node.qname === qname);
      if (open > 0) {
        wellFormed = false;
        closeTo(open, lt);
      }
    }
    const parent = stack[stack.length - 1];
    if (!parent && !root) {
      if (!opts.roots.has(tag.local)) continue; // junk before the feed: skip the tag, keep looking
    }
    const node = openElement(tag, rawAttrs, parent, opts.baseUrl, pos);
    if (!parent) root = node.node;
    else if (parent.node.children === NO_CHILDREN) parent.node.children = [node.node];
    else parent.node.children.push(node.node);
    if (selfClosing) node.node.end = pos;
    else stack.push(node);
  }
  if (stack.length) {
    wellFormed = false; // truncated: close what is open
    closeTo(0, len);
  }
  return { root, source, wellFormed, entities };
}

function openElement(tag: TagName, rawAttrs: [string, string][], parent: Frame | undefined, baseUrl: string, start: number): Frame {
  let scope = parent?.scope ?? ROOT_SCOPE;
  let copied = false;
  for (const [lower, value] of rawAttrs) {
    if (lower === 'xmlns' || lower.startsWith('xmlns:')) {
      if (!copied) {
        scope = { ...scope };
        copied = true;
      }
      scope[lower === 'xmlns' ? '' : lower.slice(6)] = canonicalNamespace(value);
    }
  }
  const attrs: Record<string, string> = rawAttrs.length ? {} : NO_ATTRS;
  for (const [lower, value] of rawAttrs) {
    const [prefix, local] = splitName(lower);
    if (prefix === 'xmlns' || (!prefix && local === 'xmlns')) continue;
    const ns = resolvePrefix(prefix, scope, true);
    attrs[ns ? `${ns}:${local}` : local] = value;
  }
  const parentBase = parent?.node.base ?? baseUrl;
  const xmlBase = attrs['xml:base'];
  const node: XmlNode = {
    ns: resolvePrefix(tag.prefix, scope, false),
    local: tag.local,
    qname: tag.lower,
    attrs,
    children: NO_CHILDREN,
    text: '',
    base: xmlBase ? resolveUrl(xmlBase, parentBase) : parentBase,
    start,
    end: start,
  };
  return { node, scope, tag };
}

/** Skips a DOCTYPE, reading the entities its internal subset declares. Returns the position after it. */
function readDoctype(source: string, lt: number, entities: DeclaredEntities): number {
  const bracket = source.indexOf('[', lt);
  const gt = source.indexOf('>', lt);
  if (bracket < 0 || (gt >= 0 && gt < bracket)) return gt < 0 ? source.length : gt + 1;
  const close = source.indexOf(']', bracket);
  if (close < 0) return source.length;
  readDeclarations(source.slice(bracket + 1, close), entities);
  const after = source.indexOf('>', close);
  return after < 0 ? source.length : after + 1;
}

/** Direct children with a namespace prefix in `ns` and the local name `local`. */
export function childrenNamed(node: XmlNode, ns: readonly string[], local: string): XmlNode[] {
  return node.children.filter((c) => c.local === local && ns.includes(c.ns));
}

export function childNamed(node: XmlNode, ns: readonly string[], local: string): XmlNode | undefined {
  for (const c of node.children) if (c.local === local && ns.includes(c.ns)) return c;
  return undefined;
}
