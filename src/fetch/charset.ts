import iconv from 'iconv-lite';

const ALIASES: Record<string, string> = {
  'cp1256': 'windows-1256',
  'win-1256': 'windows-1256',
  'arabic': 'windows-1256',
  'utf8': 'utf-8',
  'unicode': 'utf-16le',
};

function canonical(label: string): string {
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  return ALIASES[l] ?? l;
}

function fromBom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** The charset a document declares inside itself: XML declaration or HTML <meta>, read from its first bytes. */
function fromDocument(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const xml = /<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml?.[1]) return canonical(xml[1]);
  const meta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return meta?.[1] ? canonical(meta[1]) : null;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Picks the charset as browsers do, in order: HTTP header, BOM, the document's own declaration, then sniffing. */
export function detectCharset(bytes: Uint8Array, contentType?: string | null): string {
  const header = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  const bom = fromBom(bytes);
  if (bom) return bom;
  if (header?.[1]) return canonical(header[1]);
  const declared = fromDocument(bytes);
  if (declared && !(declared.startsWith('utf-16') && bytes[0] === 0x3c)) return declared;
  // Undeclared legacy Persian pages are nearly always windows-1256; valid UTF-8 rarely happens by chance.
  return isValidUtf8(bytes) ? 'utf-8' : 'windows-1256';
}

export function decodeBytes(bytes: Uint8Array, charset: string): string {
  const label = canonical(charset);
  let text: string;
  try {
    text = new TextDecoder(label).decode(bytes);
  } catch {
    text = iconv.encodingExists(label) ? iconv.decode(Buffer.from(bytes), label) : new TextDecoder('utf-8').decode(bytes);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function decodeDocument(bytes: Uint8Array, contentType?: string | null): { text: string; charset: string } {
  const charset = detectCharset(bytes, contentType);
  return { text: decodeBytes(bytes, charset), charset };
}
