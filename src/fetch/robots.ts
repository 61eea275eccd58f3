import robotsParserModule from 'robots-parser';
import type { FetchError } from './errors.ts';

interface Robots {
  isAllowed(url: string, ua?: string): boolean | undefined;
}
// The package is CommonJS with a function export; its typings describe an ES default that NodeNext reads as a namespace.
const robotsParser = robotsParserModule as unknown as (url: string, text: string) => Robots;
type Fetcher = (url: string, allowPrivate: boolean) => Promise<{ status: number; result: { bytes: Uint8Array } }>;

const TTL_MS = 60 * 60 * 1000;
const ERROR_TTL_MS = 60 * 1000;

/** robots.txt per origin, cached an hour. Missing (4xx) allows all; a server error disallows for a minute (RFC 9309). */
export class RobotsCache {
  private readonly cache = new Map<string, { robots: Robots | null; allowAll: boolean; until: number }>();

  constructor(private readonly fetcher: Fetcher) {}

  async isAllowed(url: URL, userAgent: string, allowPrivate: boolean): Promise<boolean> {
    const entry = await this.load(url.origin, allowPrivate);
    if (entry.robots === null) return entry.allowAll;
    return entry.robots.isAllowed(url.href, userAgent) !== false;
  }

  private async load(origin: string, allowPrivate: boolean) {
    const cached = this.cache.get(origin);
    if (cached && cached.until > Date.now()) return cached;
    const robotsUrl = `${origin}/robots.txt`;
    let entry: { robots: Robots | null; allowAll: boolean; until: number };
    try {
      const r = await this.fetcher(robotsUrl, allowPrivate);
      const text = new TextDecoder().decode(r.result.bytes);
      entry = r.status >= 500
        ? { robots: null, allowAll: false, until: Date.now() + ERROR_TTL_MS }
        : { robots: r.status < 300 ? robotsParser(robotsUrl, text) : null, allowAll: true, until: Date.now() + TTL_MS };
    } catch (err) {
      const status = (err as FetchError).status ?? null;
      // 4xx: there is no robots.txt. Network failures: the page fetch will fail on its own with a clearer reason.
      entry = { robots: null, allowAll: status === null || status < 500, until: Date.now() + ERROR_TTL_MS };
    }
    this.cache.set(origin, entry);
    return entry;
  }
}
