import { describe, expect, it } from 'vitest';
import { parseCacheControl } from './cache-control.ts';

describe('parseCacheControl', () => {
  it.each([
    ['max-age=600', 600],
    ['public, max-age=300, s-maxage=900', 900],
    ['max-age="120"', 120],
    ['no-cache, max-age=600', null],
    ['no-store', null],
    ['max-age=0', null],
    ['private', null],
    [null, null],
  ])('%s → %s', (header, seconds) => expect(parseCacheControl(header)).toBe(seconds));
});
