// HTTP validators and content negotiation, the way common servers (nginx, Apache) apply them.
import type { IncomingHttpHeaders } from 'node:http';

/** Weak comparison (RFC 9110 §8.8.3.2): W/ prefixes are ignored, since gzip makes nginx weaken ETags. */
function etagMatches(header: string, etag: string): boolean {
  const bare = (t: string) => t.trim().replace(/^W\//, '');
  if (header.trim() === '*') return true;
  return header.split(',').some((t) => bare(t) === bare(etag));
}

/** If-None-Match wins over If-Modified-Since when both are sent (RFC 9110 §13.2.2). */
export function isNotModified(headers: IncomingHttpHeaders, etag: string, lastModified: Date): boolean {
  const inm = headers['if-none-match'];
  if (inm !== undefined) return etagMatches(inm, etag);
  const ims = headers['if-modified-since'];
  if (ims === undefined) return false;
  const since = Date.parse(ims);
  if (Number.isNaN(since)) return false;
  // HTTP dates have whole seconds.
  return Math.floor(lastModified.getTime() / 1000) <= Math.floor(since / 1000);
}

/** Whether Accept-Encoding allows gzip (q=0 refuses it; "*" allows it unless gzip is refused by name). */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  let star: boolean | null = null;
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const allowed = q === undefined || Number(q.slice(2)) > 0;
    if (name.trim() === 'gzip' || name.trim() === 'x-gzip') return allowed;
    if (name.trim() === '*') star = allowed;
  }
  return star ?? false;
}
