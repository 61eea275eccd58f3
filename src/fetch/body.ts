import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { FetchError } from './errors.ts';

function decoderFor(encoding: string): NodeJS.ReadWriteStream | null {
  switch (encoding.trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return createGunzip();
    case 'deflate':
      return createInflate();
    case 'br':
      return createBrotliDecompress();
    default:
      return null;
  }
}

/**
 * Reads a response body up to `maxBytes` on the wire and `maxBytes` decompressed, so neither an endless body nor a
 * gzip bomb can exhaust memory. Decompression stops as soon as the cap is passed.
 */
export async function readBody(
  url: string,
  body: Readable,
  contentEncoding: string | undefined,
  maxBytes: number,
): Promise<Uint8Array> {
  const decoder = contentEncoding ? decoderFor(contentEncoding) : null;
  const chunks: Buffer[] = [];
  let wire = 0;
  let total = 0;
  const tooLarge = (what: string) => new FetchError(url, `${what} is larger than ${maxBytes} bytes`, null, null, 'too-large');

  const source: AsyncIterable<Buffer> = decoder ? body.pipe(decoder) as unknown as AsyncIterable<Buffer> : body;
  if (decoder) {
    body.on('data', (chunk: Buffer) => {
      wire += chunk.length;
      if (wire > maxBytes) body.destroy(tooLarge('the response body'));
    });
  }
  try {
    for await (const chunk of source) {
      total += chunk.length;
      if (total > maxBytes) throw tooLarge(decoder ? 'the decompressed body' : 'the response body');
      chunks.push(chunk);
    }
  } catch (err) {
    body.destroy();
    throw err; // the caller names network failures and timeouts
  }
  return Buffer.concat(chunks);
}
