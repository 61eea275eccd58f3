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
