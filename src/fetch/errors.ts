/** A fetch that failed, with a one-line reason naming the URL. `retryAfter` (seconds) when the server asked for it. */
export class FetchError extends Error {
  constructor(
    readonly url: string,
    readonly reason: string,
    readonly status: number | null = null,
    readonly retryAfter: number | null = null,
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
