// The soak's load: simulated readers, each from its own loopback address (all of 127.0.0.0/8 is loopback on Linux,
// so the per-address rate limit sees many clients), sending requests at a fixed rate whatever the server's speed.
import { Agent, request } from 'node:http';

export interface Reply {
  status: number;
  ms: number;
  retryAfter: string | null;
  body: string;
}

/** One simulated client: its own source address and keep-alive connections. */
export class Client {
  private readonly agent: Agent;

  constructor(
    readonly address: string,
    private readonly port: number,
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets: 8, localAddress: address });
  }

  get(path: string, timeoutMs = 10_000, keepBody = false): Promise<Reply> {
    const start = performance.now();
    return new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: this.port, path: encodeURI(path), agent: this.agent, timeout: timeoutMs }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => keepBody && chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            ms: performance.now() - start,
            retryAfter: (res.headers['retry-after'] as string | undefined) ?? null,
            body: keepBody ? Buffer.concat(chunks).toString('utf8') : '',
          }),
        );
        res.on('error', reject);
      });
      req.on('timeout', () => req.destroy(new Error(`${path}: no answer within ${timeoutMs} ms`)));
      req.on('error', reject);
      req.end();
    });
  }

  async json<T>(path: string): Promise<T> {
    const r = await this.get(path, 10_000, true);
    if (r.status !== 200) throw new Error(`${path}: answered ${r.status}`);
    return JSON.parse(r.body) as T;
  }

  close(): void {
    this.agent.destroy();
  }
}

/** Counts and latencies of one kind of request. */
export class Tally {
  readonly statuses = new Map<number, number>();
  failures = 0;
  private latencies: number[] = [];
  lastFailure = '';

  add(r: Reply): void {
    this.statuses.set(r.status, (this.statuses.get(r.status) ?? 0) + 1);
    this.latencies.push(r.ms);
  }

  fail(err: unknown): void {
    this.failures++;
    this.lastFailure = (err as Error).message;
  }

  get count(): number {
    return this.latencies.length + this.failures;
  }

  countWhere(pred: (status: number) => boolean): number {
    let n = 0;
    for (const [s, c] of this.statuses) if (pred(s)) n += c;
    return n;
  }

  percentile(p: number): number {
    if (!this.latencies.length) return 0;
    const sorted = [...this.latencies].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
  }

  statusLine(): string {
    return [...this.statuses].sort(([a], [b]) => a - b).map(([s, c]) => `${s}×${c}`).join(' ') + (this.failures ? ` failed×${this.failures}` : '');
  }
}

/** Picks one of `choices` with probability proportional to its weight. */
export function weighted<T>(choices: [T, number][], random: () => number): T {
  const total = choices.reduce((s, [, w]) => s + w, 0);
  let r = random() * total;
  for (const [c, w] of choices) {
    r -= w;
    if (r < 0) return c;
  }
  return (choices[choices.length - 1] as [T, number])[0];
}
