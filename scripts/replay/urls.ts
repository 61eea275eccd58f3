// Absolute URLs in generated pages use a placeholder origin that the replay server replaces with its own.
import { PLACEHOLDER_ORIGIN } from '../../src/replay/site-index.ts';

/** Absolute URL as HTML pages write it: Persian left readable, as Persian sites do in their markup. */
export function absUrl(path: string): string {
  return PLACEHOLDER_ORIGIN + path;
}

/** Absolute URL percent-encoded, as feeds and JSON-LD carry it. */
export function absUrlEncoded(path: string): string {
  return PLACEHOLDER_ORIGIN + encodeURI(path);
}

export { PLACEHOLDER_ORIGIN };
