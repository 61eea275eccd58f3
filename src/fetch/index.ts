export { HttpClient, DEFAULT_HTTP_OPTIONS, type FetchResult, type GetOptions, type HttpClientOptions } from './client.ts';
export { FetchError } from './errors.ts';
export { decodeDocument } from './charset.ts';
export { isPrivateAddress } from './address-policy.ts';
