import { describe, expect, it } from 'vitest';
import { Time } from './time.tsx';

describe('Time', () => {
  it('renders a relative Jalali time with the Gregorian date in attributes', () => {
    const html = String(<Time iso="2026-11-24T08:10:00Z" now={new Date('2026-11-24T08:15:00Z')} />);
    expect(html).toBe('<time datetime="2026-11-24T08:10:00.000Z" title="Tue, 24 Nov 2026 08:10:00 GMT">۵ دقیقه پیش</time>');
  });
  it('renders older times as a Jalali date', () => {
    const html = String(<Time iso="2026-11-20T08:15:00Z" now={new Date('2026-11-24T08:15:00Z')} />);
    expect(html).toContain('۲۹ آبان ۱۴۰۵، ۱۱:۴۵');
  });
});
