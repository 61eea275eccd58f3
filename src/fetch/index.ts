export { HttpClient, DEFAULT_HTTP_OPTIONS, type FetchResult, type GetOptions, type HttpClientOptions } from './client.ts';
export { FetchError, type FetchErrorKind } from './errors.ts';
export { decodeDocument } from './charset.ts';
export { isPrivateAddress } from './address-policy.ts';
export { type AddressGuard, type Resolver, SYSTEM_GUARD } from './guarded-agent.ts';
export { parseCacheControl } from './cache-control.ts';
