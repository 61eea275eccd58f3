/** What went wrong, for callers that answer differently (the CLI suggests --allow-private for `private`). */
export type FetchErrorKind = 'url' | 'private' | 'robots' | 'redirects' | 'status' | 'too-large' | 'timeout' | 'network';

/** A fetch that failed, with a one-line reason naming the URL. `retryAfter` (seconds) when the server asked for it. */
export class FetchError extends Error {
  constructor(
    readonly url: string,
    readonly reason: string,
    readonly status: number | null = null,
    readonly retryAfter: number | null = null,
    readonly kind: FetchErrorKind = status === null ? 'network' : 'status',
  ) {
    super(`${url}: ${reason}`);
    this.name = 'FetchError';
  }
}

/** Reads a Retry-After header (seconds or an HTTP date) as seconds from now. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.round((at - now) / 1000));
}

/** A network failure from undici or the resolver, as one plain reason and its kind. */
export function describeNetworkError(err: unknown, totalMs: number, timedOut: boolean): { reason: string; kind: FetchErrorKind } {
  const e = err as { name?: string; code?: string; message?: string; cause?: { code?: string; message?: string } };
  const code = e.code ?? e.cause?.code;
  if (timedOut || e.name === 'TimeoutError') return { reason: `no complete answer within ${totalMs / 1000} s`, kind: 'timeout' };
  const plain = (reason: string, kind: FetchErrorKind = 'network') => ({ reason, kind });
  switch (code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return plain('the host name could not be resolved (no network?)');
    case 'ECONNREFUSED':
      return plain('the connection was refused');
    case 'ECONNRESET':
      return plain('the connection was reset');
    case 'EPRIVATEADDRESS':
      return plain(e.cause?.message ?? e.message ?? 'the host resolves to a private address', 'private');
    case 'UND_ERR_CONNECT_TIMEOUT':
      return plain('connecting timed out', 'timeout');
    case 'UND_ERR_HEADERS_TIMEOUT':
      return plain('the server sent no headers in time', 'timeout');
    case 'UND_ERR_BODY_TIMEOUT':
      return plain('the server stopped sending the body', 'timeout');
    case 'UND_ERR_HEADERS_OVERFLOW':
      return plain('the response headers are too large', 'too-large');
    case 'UND_ERR_SOCKET':
      return plain('the connection was closed mid-answer');
    default:
      return plain((e.cause?.message ?? e.message ?? String(err)).split('\n')[0] ?? 'network error');
  }
}
