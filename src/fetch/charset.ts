import { isAscii, isUtf8, transcode } from 'node:buffer';
import iconv from 'iconv-lite';

const ALIASES: Record<string, string> = {
  'cp1256': 'windows-1256',
  'win-1256': 'windows-1256',
  'arabic': 'windows-1256',
  'utf8': 'utf-8',
  'unicode': 'utf-16le',
  // WHATWG decodes these with the GB18030 decoder, a superset; naming it says what was used.
  'gb2312': 'gb18030',
  'gbk': 'gb18030',
  'x-gbk': 'gb18030',
};

function canonical(label: string): string {
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  return ALIASES[l] ?? l;
}

function fromBom(bytes: Uint8Array): string | null {
  const [a, b, c, d] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf-8';
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return 'utf-32le';
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return 'utf-32be';
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  return null;
}

/** A document without a BOM that starts with "<" in a wide encoding (XML 1.0, appendix F). */
function fromFirstBytes(bytes: Uint8Array): string | null {
  const [a, b, c, d] = bytes;
  if (a === 0 && b === 0 && c === 0 && d === 0x3c) return 'utf-32be';
  if (a === 0x3c && b === 0 && c === 0 && d === 0) return 'utf-32le';
  if (a === 0 && b === 0x3c && c === 0 && d !== 0) return 'utf-16be';
  if (a === 0x3c && b === 0 && c !== 0 && d === 0) return 'utf-16le';
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


const known = new Map<string, boolean>();

function isKnown(label: string): boolean {
  let yes = known.get(label);
  if (yes === undefined) {
    try {
      new TextDecoder(label);
      yes = true;
    } catch {
      yes = iconv.encodingExists(label);
    }
    if (known.size < 1000) known.set(label, yes);
  }
  return yes;
}

/**
 * Picks the charset: a byte-order mark (or, for XML, the byte pattern of "<" in UTF-16/32) wins, as in browsers,
 * because it cannot lie; then the HTTP header; then the document's own XML declaration or <meta>; then sniffing.
 */
export function detectCharset(bytes: Uint8Array, contentType?: string | null): string {
  const header = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  const bom = fromBom(bytes);
  if (bom) return bom;
  const wide = fromFirstBytes(bytes);
  if (wide) return wide;
  if (header?.[1] && isKnown(canonical(header[1]))) return canonical(header[1]);
  const declared = fromDocument(bytes);
  // A document read as ASCII cannot truly be in a wide encoding, whatever it says.
  if (declared && isKnown(declared) && !/^(utf-?16|utf-?32|u16|u32|ucs-?2|ucs-?4)/.test(declared)) return declared;
  // Undeclared legacy Persian pages are nearly always windows-1256; valid UTF-8 rarely happens by chance.
  return isUtf8(bytes) ? 'utf-8' : 'windows-1256';
}

/** What windows-1252 puts at 0x80–0x9F, where ISO-8859-1 has unused control characters. */
export const WINDOWS_1252_C1: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021, 0x88: 0x2c6,
  0x89: 0x2030, 0x8a: 0x160, 0x8b: 0x2039, 0x8c: 0x152, 0x8e: 0x17d, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c,
  0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x2dc, 0x99: 0x2122, 0x9a: 0x161, 0x9b: 0x203a,
  0x9c: 0x153, 0x9e: 0x17e, 0x9f: 0x178,
};

/**
 * C1 control characters never mean themselves in a web document: they are windows-1252 bytes that went through a
 * Latin-1 decoder (Node's TextDecoder decodes windows-1252 as Latin-1) or a careless UTF-8 conversion.
 */
function repairC1(text: string): string {
  return /[\u0080-\u009f]/.test(text) ? text.replace(/[\u0080-\u009f]/g, (c) => String.fromCharCode(WINDOWS_1252_C1[c.charCodeAt(0)] ?? c.charCodeAt(0))) : text;
}

/** Whether decoding could have produced C1 controls: a Latin-1 family decoder, or UTF-8 bytes C2 80–C2 9F. */
function mayHoldC1(bytes: Uint8Array, label: string): boolean {
  if (/^(utf-?8|windows-1256|cp1256)$/.test(label) === false) return true;
  if (!/^utf-?8$/.test(label)) return false;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = buf.indexOf(0xc2); i >= 0; i = buf.indexOf(0xc2, i + 1)) {
    const next = buf[i + 1] ?? 0;
    if (next >= 0x80 && next <= 0x9f) return true;
  }
  return false;
}

/**
 * Whether UTF-8 bytes hold a character past U+00FF (a lead byte from C4 up). Up to there V8 makes a string of one
 * byte a character, which every later pass reads faster; transcoding would make it two bytes a character.
 */
function beyondLatin1(buf: Buffer): boolean {
  for (let i = 0; i < buf.length; i++) if ((buf[i] as number) >= 0xc4) return true;
  return false;
}

/**
 * UTF-8 as TextDecoder decodes it, faster. V8's UTF-8 decoder (behind TextDecoder and Buffer#toString) goes a
 * byte at a time, and Persian is two bytes a letter: on a 200 KB feed it took as long as parsing the XML. ICU's
 * transcoder to UTF-16, then a plain copy into a string, took a quarter of the time. Only valid UTF-8 goes that way,
 * so malformed bytes still become U+FFFD exactly as the WHATWG decoder makes them, and only text with characters
 * past U+00FF (Persian), which is two bytes a character in any case; pure ASCII is read as Latin-1, which gives the
 * same string.
 */
function decodeUtf8(bytes: Uint8Array): string {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes; // TextDecoder drops one byte-order mark: so does this
  const buf = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  if (isAscii(buf)) return buf.toString('latin1');
  if (buf.length >= 512 && beyondLatin1(buf) && isUtf8(buf)) {
    try {
      return transcode(buf, 'utf8', 'utf16le').toString('utf16le');
    } catch {
      // A Node built without ICU has no transcoder: the decoder below does the same, slower.
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}

export function decodeBytes(bytes: Uint8Array, charset: string): string {
  const label = canonical(charset);
  let text: string;
  try {
    text = label === 'utf-8' ? decodeUtf8(bytes) : new TextDecoder(label).decode(bytes);
  } catch {
    text = iconv.encodingExists(label) ? iconv.decode(Buffer.from(bytes), label) : new TextDecoder('utf-8').decode(bytes);
  }
  if (mayHoldC1(bytes, label)) text = repairC1(text);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function decodeDocument(bytes: Uint8Array, contentType?: string | null): { text: string; charset: string } {
  const charset = detectCharset(bytes, contentType);
  return { text: decodeBytes(bytes, charset), charset };
}
