import type { MiddlewareHandler } from 'hono';

const BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

/** The first path segments that name a route; anything else is counted as "other" so labels stay few. */
const ROUTES = [
  '/api/v1/articles', '/api/v1/sources', '/api/v1/categories', '/api/v1/most-covered', '/api/v1/openapi.json',
  '/article', '/story', '/source', '/sources', '/sources.opml', '/category', '/most-covered', '/about', '/search',
  '/rss.xml', '/atom.xml', '/feed.json', '/static', '/healthz', '/metrics',
];

export function routeLabel(path: string): string {
  if (path === '/') return '/';
  let best = 'other';
  for (const r of ROUTES) {
    if ((path === r || path.startsWith(`${r}/`)) && r.length > best.length) best = r;
  }
  return best;
}

interface Series {
  count: number;
  sum: number;
  buckets: number[];
}

/** Request counts and latencies by route and status, written in the Prometheus text format. */
export class HttpMetrics {
  private readonly requests = new Map<string, number>();
  private readonly durations = new Map<string, Series>();

  middleware(): MiddlewareHandler {
    return async (c, next) => {
      const start = performance.now();
      await next();
      this.observe(c.req.method, routeLabel(c.req.path), c.res.status, (performance.now() - start) / 1000);
    };
  }

  observe(method: string, route: string, status: number, seconds: number): void {
    const key = `method="${method}",route="${route}",status="${status}"`;
    this.requests.set(key, (this.requests.get(key) ?? 0) + 1);
    const dkey = `route="${route}"`;
    let s = this.durations.get(dkey);
    if (!s) this.durations.set(dkey, (s = { count: 0, sum: 0, buckets: BUCKETS.map(() => 0) }));
    s.count++;
    s.sum += seconds;
    for (let i = 0; i < BUCKETS.length; i++) if (seconds <= BUCKETS[i]!) s.buckets[i]!++;
  }

  render(): string[] {
    const out = ['# HELP khabar_http_requests_total HTTP requests answered.', '# TYPE khabar_http_requests_total counter'];
    for (const [k, v] of this.requests) out.push(`khabar_http_requests_total{${k}} ${v}`);
    out.push('# HELP khabar_http_request_duration_seconds Time to answer a request.');
    out.push('# TYPE khabar_http_request_duration_seconds histogram');
    for (const [k, s] of this.durations) {
      BUCKETS.forEach((b, i) => out.push(`khabar_http_request_duration_seconds_bucket{${k},le="${b}"} ${s.buckets[i]}`));
      out.push(`khabar_http_request_duration_seconds_bucket{${k},le="+Inf"} ${s.count}`);
      out.push(`khabar_http_request_duration_seconds_sum{${k}} ${s.sum}`);
      out.push(`khabar_http_request_duration_seconds_count{${k}} ${s.count}`);
    }
    return out;
  }
}

/** One metric family: HELP, TYPE and its samples. */
export function family(name: string, type: 'gauge' | 'counter', help: string, samples: [labels: string, value: number][]): string[] {
  return [`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`, ...samples.map(([l, v]) => `${name}${l ? `{${l}}` : ''} ${v}`)];
}

/** A label value escaped as the text format asks. */
export function labelValue(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}
