// An absolute http(s) URL already in the form WHATWG's parser would give back (lower-case host with a letter in its
// last label, no port, a path, only characters that need no escaping, no dot segments) is returned as is: feeds
// repeat such links by the hundred, and parsing each costs more than the rest of the item.
const CANONICAL = /^https?:\/\/(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*\/[A-Za-z0-9\-._~!$&()*+,;=:@/?%#]*$/;
const DOT_SEGMENT = /\/\.\.?(?:[/?#]|$)/;

/** Resolves a reference against a base (xml:base, the feed's address); leaves it as written when that is impossible. */
export function resolveUrl(ref: string | null | undefined, base: string): string {
  const r = (ref ?? '').trim();
  if (!r) return '';
  // A dot segment needs "/.": looked for as text first, as nearly no link has one.
  if (CANONICAL.test(r) && !(r.includes('/.') && DOT_SEGMENT.test(r))) return r;
  if (!base && !/^[a-z][a-z0-9+.-]*:/i.test(r)) return r;
  try {
    return new URL(r, base || undefined).href;
  } catch {
    return r;
  }
}

/**
 * A link Khabar may follow or show: http(s), or relative when nothing could resolve it; any other scheme
 * (javascript:, data:, file:) becomes empty. Control characters are ignored when reading the scheme, as browsers do.
 */
export function safeLink(url: string): string {
  if (/^https?:\/\//i.test(url)) return url;
  // eslint-disable-next-line no-control-regex
  const probe = url.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(probe)?.[1]?.toLowerCase();
  if (scheme === undefined) return url;
  return scheme === 'http' || scheme === 'https' ? url : '';
}
