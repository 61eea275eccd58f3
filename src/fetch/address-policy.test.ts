import { describe, expect, it } from 'vitest';
import { isPrivateAddress } from './address-policy.ts';

describe('isPrivateAddress', () => {
  it.each([
    '127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1',
    '::1', '::', 'fc00::1', 'fd12:3456::1', 'fe80::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '[::1]', 'ff02::1',
  ])('refuses %s', (ip) => expect(isPrivateAddress(ip)).toBe(true));

  it.each(['8.8.8.8', '185.143.233.2', '2a00:1450:4001::200e', '172.32.0.1', '100.128.0.1'])('allows %s', (ip) =>
    expect(isPrivateAddress(ip)).toBe(false),
  );
});
