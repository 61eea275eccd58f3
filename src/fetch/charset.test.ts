import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeDocument } from './charset.ts';

// windows-1256 has no Persian yeh: legacy sites write the Arabic one.
const persian = 'خبر فوري از تهران';

describe('decodeDocument', () => {
  it('follows the HTTP header first', () => {
    const bytes = iconv.encode(`<p>${persian}</p>`, 'windows-1256');
    expect(decodeDocument(bytes, 'text/html; charset=windows-1256').text).toContain(persian);
  });
  it('reads the charset from <meta> when the header has none', () => {
    const bytes = iconv.encode(`<meta charset="windows-1256"><p>${persian}</p>`, 'windows-1256');
    expect(decodeDocument(bytes, 'text/html').text).toContain(persian);
  });
  it('reads the XML declaration of a feed', () => {
    const bytes = iconv.encode(`<?xml version="1.0" encoding="windows-1256"?><rss><title>${persian}</title></rss>`, 'windows-1256');
    expect(decodeDocument(bytes).charset).toBe('windows-1256');
  });
  it('honours a UTF-16 byte-order mark and strips it', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(persian, 'utf-16le')]);
    expect(decodeDocument(bytes).text).toBe(persian);
  });
  it('sniffs undeclared windows-1256', () => {
    const bytes = iconv.encode(`<p>${persian}</p>`, 'windows-1256');
    expect(decodeDocument(bytes).text).toContain(persian);
  });
});

describe('decodeDocument on wide and legacy encodings', () => {
  const xml = '<?xml version="1.0" encoding="utf-16"?><rss><channel><title>خبر</title></channel></rss>';
  it('detects UTF-16 and UTF-32 without a byte-order mark from the first "<"', () => {
    const be = Buffer.from(iconv.encode(xml, 'utf-16be'));
    expect(decodeDocument(be)).toEqual({ text: xml, charset: 'utf-16be' });
    expect(decodeDocument(iconv.encode(xml, 'utf-16le')).charset).toBe('utf-16le');
    expect(decodeDocument(iconv.encode(xml, 'utf-32le')).text).toBe(xml);
  });
  it('reads a UTF-32 byte-order mark before the UTF-16 one it starts like', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), iconv.encode(persian, 'utf-32le')]);
    expect(decodeDocument(bytes)).toEqual({ text: persian, charset: 'utf-32le' });
  });
  it('reads windows-1252 quotes, which Latin-1 decoders leave as control characters', () => {
    expect(decodeDocument(Buffer.from([0x93, 0x41, 0x94]), 'text/xml; charset=windows-1252').text).toBe('\u201cA\u201d');
    expect(decodeDocument(Buffer.from('don\u0092t', 'utf8')).text).toBe('don\u2019t');
  });
  it('ignores a charset it does not know and sniffs instead', () => {
    expect(decodeDocument(Buffer.from('<p>سلام</p>'), 'text/html; charset=x-bogus').charset).toBe('utf-8');
  });
});

describe('decodeDocument on UTF-8, by the fast paths', () => {
  const decoder = new TextDecoder('utf-8');
  const feed = `<?xml version="1.0" encoding="utf-8"?><rss><channel>${'<item><title>«خبر» فوری از تهران؛ ۲۵ درصد</title></item>'.repeat(40)}</channel></rss>`;
  it.each([
    ['a large Persian document', Buffer.from(feed)],
    ['the same after a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(feed)])],
    ['two byte-order marks', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]), Buffer.from(feed)])],
    ['pure ASCII', Buffer.from(`<rss>${'<item><title>News</title></item>'.repeat(40)}</rss>`)],
    ['text within Latin-1', Buffer.from(`<rss>${'<item><title>Café crème</title></item>'.repeat(40)}</rss>`)],
    ['malformed bytes among valid ones', Buffer.concat([Buffer.from(feed), Buffer.from([0xd8, 0x41, 0xe2, 0x82, 0xff, 0xc0, 0xaf]), Buffer.from(feed)])],
  ])('gives what TextDecoder gives for %s', (_name, bytes) => {
    const expected = decoder.decode(bytes);
    expect(decodeDocument(bytes, 'text/xml; charset=utf-8').text).toBe(expected.charCodeAt(0) === 0xfeff ? expected.slice(1) : expected);
  });
});
