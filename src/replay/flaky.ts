// The flaky outlet's 503s: about one request in four fails, decided by (seed, path, how many times this path
// was asked for before). The same seed and the same request order per path give the same answers, whatever
// other paths are fetched in between, so tests and benchmarks can count on them. No path fails more than
// twice in a row: a client that honours Retry-After and retries three times always gets through.
import { createHash } from 'node:crypto';

export const FAILURE_ONE_IN = 4;
const MAX_FAILURES_IN_A_ROW = 2;

export function failsAt(seed: number, path: string, attempt: number): boolean {
  const digest = createHash('sha256').update(`${seed}\u0000${path}\u0000${attempt}`).digest();
  return digest.readUInt32BE(0) % FAILURE_ONE_IN === 0;
}

export class FlakySchedule {
  private readonly attempts = new Map<string, { count: number; failuresInARow: number }>();

  constructor(private readonly seed: number) {}

  /** Whether this request (the next one for `path`) should be answered with 503. */
  next(path: string): boolean {
    const state = this.attempts.get(path) ?? { count: 0, failuresInARow: 0 };
    const fail = state.failuresInARow < MAX_FAILURES_IN_A_ROW && failsAt(this.seed, path, state.count);
    state.count += 1;
    state.failuresInARow = fail ? state.failuresInARow + 1 : 0;
    this.attempts.set(path, state);
    return fail;
  }
}
