/**
 * How long a response says it stays fresh, in seconds: `max-age` (or `s-maxage`, which shared caches like ours
 * follow first); null when it says nothing usable, or forbids reuse (`no-store`, `no-cache`).
 */
export function parseCacheControl(value: string | null | undefined): number | null {
  if (!value) return null;
  const directives = new Map<string, string>();
  for (const part of value.toLowerCase().split(',')) {
    const [name, arg = ''] = part.split('=').map((x) => x.trim());
    if (name) directives.set(name, arg.replace(/^"|"$/g, ''));
  }
  if (directives.has('no-store') || directives.has('no-cache')) return null;
  const seconds = Number(directives.get('s-maxage') ?? directives.get('max-age'));
  return Number.isFinite(seconds) && seconds > 0 ? Math.floor(seconds) : null;
}
