import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from './log.ts';
import { redactText, redactUrl } from './redact.ts';

describe('redaction', () => {
  it('hides passwords in URLs and the values of secret parameters, and keeps the rest', () => {
    expect(redactUrl('https://reader:s3cret@feeds.example.com/rss?page=2')).toBe('https://***@feeds.example.com/rss?page=2');
    expect(redactUrl('https://example.com/feed?token=abc&lang=fa&api_key=k1&Access_Token=t&x-signature=s')).toBe(
      'https://example.com/feed?token=***&lang=fa&api_key=***&Access_Token=***&x-signature=***',
    );
    expect(redactUrl('https://example.com/cb#access_token=abc&state=1')).toBe('https://example.com/cb#***');
    expect(redactUrl('https://www.isna.ir/news/1404090301234/عنوان?id=5#top')).toBe('https://www.isna.ir/news/1404090301234/عنوان?id=5#top');
    expect(redactUrl('not a url')).toBe('not a url');
  });

  it('finds the URLs inside an error line', () => {
    expect(redactText('https://u:p@example.com/rss?key=1: the connection timed out (after https://example.com/a?sid=9)')).toBe(
      'https://***@example.com/rss?key=***: the connection timed out (after https://example.com/a?sid=***)',
    );
  });
});

describe('the log', () => {
  afterEach(() => vi.restoreAllMocks());

  it('never writes a URL’s password or token verbatim', async () => {
    const lines: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    const log = createLogger('info');
    const url = 'https://reader:hunter2@feeds.example.com/rss?token=SECRET123';
    log.warn({ source: 'example', url }, `${url}: the server answered 500`);
    log.error({ err: new Error(`${url}: refused`) });
    await new Promise((r) => setImmediate(r));
    const out = lines.join('');
    expect(out).toContain('warn example: https://***@feeds.example.com/rss?token=***: the server answered 500 (url=https://***@feeds.example.com/rss?token=***)');
    expect(out).toContain('error https://***@feeds.example.com/rss?token=***: refused');
    expect(out).not.toMatch(/hunter2|SECRET123/);
  });
});
