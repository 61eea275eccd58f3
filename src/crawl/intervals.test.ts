import { describe, expect, it } from 'vitest';
import { backoffSeconds, nextInterval } from './intervals.ts';

const limits = { minIntervalSeconds: 300, maxIntervalSeconds: 21600 };

describe('polling intervals', () => {
  it('polls busy sources sooner and quiet ones later, within bounds', () => {
    expect(nextInterval(900, 10, limits)).toBe(450);
    expect(nextInterval(900, 0, limits)).toBe(1350);
    expect(nextInterval(400, 10, limits)).toBe(300);
    expect(nextInterval(20000, 0, limits)).toBe(21600);
  });
  it('never polls sooner than Cache-Control max-age or <ttl> ask, nor later than the upper bound', () => {
    expect(nextInterval(900, 10, limits, 3600)).toBe(3600);
    expect(nextInterval(900, 0, limits, 600)).toBe(1350);
    expect(nextInterval(900, 10, limits, 7 * 86400)).toBe(21600);
    expect(nextInterval(900, 10, limits, 60)).toBe(450);
    expect(nextInterval(900, 10, limits, null)).toBe(450);
  });
  it('backs off exponentially and honours Retry-After', () => {
    expect(backoffSeconds(0, null, limits)).toBe(60);
    expect(backoffSeconds(3, null, limits)).toBe(480);
    expect(backoffSeconds(30, null, limits)).toBe(21600);
    expect(backoffSeconds(0, 3600, limits)).toBe(3600);
  });
});
