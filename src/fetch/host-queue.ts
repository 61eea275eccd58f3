/** Politeness: at most `concurrency` requests to one host at a time, starts spaced at least `spacingMs` apart. */
export class HostQueue {
  private readonly active = new Map<string, number>();
  private readonly lastStart = new Map<string, number>();
  private readonly waiting = new Map<string, (() => void)[]>();

  constructor(
    private readonly concurrency: number,
    private readonly spacingMs: number,
  ) {}

  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    await this.acquire(host);
    try {
      return await task();
    } finally {
      this.release(host);
    }
  }

  private async acquire(host: string): Promise<void> {
    while ((this.active.get(host) ?? 0) >= this.concurrency) {
      await new Promise<void>((resolve) => {
        const list = this.waiting.get(host) ?? [];
        list.push(resolve);
        this.waiting.set(host, list);
      });
    }
    this.active.set(host, (this.active.get(host) ?? 0) + 1);
    const wait = (this.lastStart.get(host) ?? 0) + this.spacingMs - Date.now();
    this.lastStart.set(host, Math.max(Date.now(), Date.now() + wait));
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }

  private release(host: string): void {
    this.active.set(host, (this.active.get(host) ?? 1) - 1);
    this.waiting.get(host)?.shift()?.();
  }
}
