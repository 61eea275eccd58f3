import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP } from 'node:net';
import { Agent } from 'undici';
import { isPrivateAddress } from './address-policy.ts';

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A resolver with the shape of `dns.lookup` called with `all: true`. */
export type Resolver = (hostname: string, callback: (err: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void) => void;

/** Where the guard looks: the system resolver and the address policy, replaceable in tests. */
export interface AddressGuard {
  resolve: Resolver;
  isPrivate: (ip: string) => boolean;
}

export const SYSTEM_GUARD: AddressGuard = {
  resolve: (hostname, callback) => dnsLookup(hostname, { all: true }, (err, addresses) => callback(err, addresses ?? [])),
  isPrivate: isPrivateAddress,
};

/**
 * Checks every address a host name resolves to at connect time, so DNS rebinding and names pointing inside the
 * network are refused where they are finally used, not only where the URL was read.
 */
function guardedLookup(guard: AddressGuard) {
  return (hostname: string, options: object, callback: LookupCallback): void => {
    guard.resolve(hostname, (err, list) => {
      if (err) return callback(err, []);
      const bad = list.find((a) => guard.isPrivate(a.address));
      if (bad) {
        const e: NodeJS.ErrnoException = new Error(`${hostname} resolves to the private address ${bad.address}`);
        e.code = 'EPRIVATEADDRESS';
        return callback(e, []);
      }
      if ((options as { all?: boolean }).all) return callback(null, list);
      const first = list[0];
      if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), []);
      callback(null, first.address, first.family);
    });
  };
}

export interface AgentLimits {
  connectTimeoutMs: number;
  headersTimeoutMs: number;
  bodyTimeoutMs: number;
}

/** Header bytes a response may have before it is refused. */
export const MAX_HEADER_BYTES = 64 * 1024;

/** `guard` null: private networks allowed (the offline replay); names still resolve through the guard's resolver. */
export function createAgent(limits: AgentLimits, guard: AddressGuard | null, resolve: Resolver): Agent {
  const lookup = guard ? guardedLookup(guard) : guardedLookup({ resolve, isPrivate: () => false });
  return new Agent({
    connect: { timeout: limits.connectTimeoutMs, lookup },
    headersTimeout: limits.headersTimeoutMs,
    bodyTimeout: limits.bodyTimeoutMs,
    maxHeaderSize: MAX_HEADER_BYTES,
    connections: 8,
  });
}

/** A literal IP in the URL never goes through DNS, so it is checked here; so is `localhost`. */
export function isPrivateLiteralHost(hostname: string, isPrivate: (ip: string) => boolean = isPrivateAddress): boolean {
  const host = hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  return isIP(host) !== 0 && isPrivate(host);
}
