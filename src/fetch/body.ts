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
 * gzip bomb can exhaust memory.
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
  const tooLarge = (what: string) => new FetchError(url, `${what} is larger than ${maxBytes} bytes`);

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
    if (err instanceof FetchError) throw err;
    throw new FetchError(url, `the body could not be read (${(err as Error).message})`);
  }
  return Buffer.concat(chunks);
}
