import { decodeHTMLStrict } from 'entities';
import { WINDOWS_1252_C1 } from '../../fetch/charset.ts';
import { FeedError } from '../errors.ts';

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const ENTITY = /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,8})|([A-Za-z_][\w.-]*));?/g;

function fromCodePoint(cp: number): string {
  if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\uFFFD';
  // HTML reads C1 references as the windows-1252 characters authors meant.
  return String.fromCodePoint(WINDOWS_1252_C1[cp] ?? cp);
}

/**
 * Entities a document declares in its internal DTD subset. Expansion is charged against a budget so an entity
 * bomb ("billion laughs") ends in a clear error instead of filling memory; external entities are never fetched.
 */
export class DeclaredEntities {
  private readonly raw = new Map<string, string | null>();
  private readonly expanded = new Map<string, string>();
  private spent = 0;

  constructor(private readonly budget: number) {}

  get size(): number {
    return this.raw.size;
  }

  /** `value` null: an external entity, which expands to nothing. The first declaration wins, as in XML. */
  declare(name: string, value: string | null): void {
    if (!this.raw.has(name)) this.raw.set(name, value);
  }

  has(name: string): boolean {
    return this.raw.has(name);
  }

  expand(name: string, depth = 0): string {
    const done = this.expanded.get(name);
    if (done !== undefined) return this.charge(done);
    if (depth > 16) throw new FeedError(`the entity &${name}; refers to itself or nests too deeply`);
    const value = this.raw.get(name) ?? '';
    const out = value.includes('&') ? decodeEntities(value, this, depth + 1) : value;
    this.expanded.set(name, out);
    return this.charge(out);
  }

  private charge(s: string): string {
    this.spent += s.length;
    if (this.spent > this.budget) {
      throw new FeedError(`its declared entities expand past ${this.budget} characters (an entity bomb)`);
    }
    return s;
  }
}

/**
 * Decodes character and entity references as a forgiving reader should: XML's five, the document's own declared
 * entities, then HTML's named entities (feeds use &nbsp; and &hellip; freely); a bare "&" or an unknown name stays
 * as written.
 */
export function decodeEntities(raw: string, declared: DeclaredEntities | null, depth = 0): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(ENTITY, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (dec) return fromCodePoint(Number(dec));
    if (hex) return fromCodePoint(parseInt(hex, 16));
    if (!name || !whole.endsWith(';')) return whole;
    const xml = XML_ENTITIES[name];
    if (xml !== undefined) return xml;
    if (declared?.has(name)) return declared.expand(name, depth);
    const html = decodeHTMLStrict(whole);
    return html === whole ? whole : html;
  });
}

const DECLARATION = /<!ENTITY\s+(%\s+)?([^\s"'>]+)\s+(?:"([^"]*)"|'([^']*)'|(SYSTEM|PUBLIC)\b[^>]*)\s*>/gi;

/** Reads `<!ENTITY …>` declarations from a DOCTYPE's internal subset. Parameter entities are ignored. */
export function readDeclarations(subset: string, into: DeclaredEntities): void {
  for (const m of subset.replace(/<!--[\s\S]*?-->/g, '').matchAll(DECLARATION)) {
    if (m[1] || !m[2]) continue;
    into.declare(m[2], m[5] ? null : (m[3] ?? m[4] ?? ''));
  }
}
