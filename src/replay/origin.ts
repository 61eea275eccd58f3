// Generated pages carry absolute URLs under a placeholder origin; the server writes its own origin in their
// place, in plain form and in the percent-encoded form that share links carry. Working on bytes keeps
// windows-1256 pages intact (the origin is ASCII in every charset the corpus uses).
import { PLACEHOLDER_ORIGIN } from './site-index.ts';

function replaceAllBytes(haystack: Buffer, needle: Buffer, replacement: Buffer): Buffer {
  let at = haystack.indexOf(needle);
  if (at < 0) return haystack;
  const parts: Buffer[] = [];
  let from = 0;
  while (at >= 0) {
    parts.push(haystack.subarray(from, at), replacement);
    from = at + needle.length;
    at = haystack.indexOf(needle, from);
  }
  parts.push(haystack.subarray(from));
  return Buffer.concat(parts);
}

export function rewriteOrigin(body: Buffer, origin: string): Buffer {
  const plain = replaceAllBytes(body, Buffer.from(PLACEHOLDER_ORIGIN), Buffer.from(origin));
  return replaceAllBytes(
    plain,
    Buffer.from(encodeURIComponent(PLACEHOLDER_ORIGIN)),
    Buffer.from(encodeURIComponent(origin)),
  );
}
