// Bodies of served files, read once: origin rewritten, ETag fixed per stored file, gzip made on first demand.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rewriteOrigin } from './origin.ts';
import { storedFilePath } from './site-index.ts';

export interface StoredBody {
  identity: Buffer;
  /** strong validator of the stored file; the gzip variant is sent as its weak form */
  etag: string;
  gzip(): Buffer;
}

export class BodyStore {
  private readonly cache = new Map<string, Promise<StoredBody>>();

  constructor(
    private readonly sitesDir: string,
    private readonly origin: string,
  ) {}

  get(urlPath: string): Promise<StoredBody> {
    let body = this.cache.get(urlPath);
    if (!body) {
      body = this.load(urlPath);
      this.cache.set(urlPath, body);
      body.catch(() => this.cache.delete(urlPath));
    }
    return body;
  }

  private async load(urlPath: string): Promise<StoredBody> {
    const stored = await readFile(join(this.sitesDir, storedFilePath(urlPath)));
    const identity = rewriteOrigin(stored, this.origin);
    const etag = `"${createHash('sha1').update(stored).digest('hex').slice(0, 20)}"`;
    let gzipped: Buffer | null = null;
    return {
      identity,
      etag,
      gzip: () => (gzipped ??= gzipSync(identity)),
    };
  }
}
