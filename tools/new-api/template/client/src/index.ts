/**
 * `create__PASCAL__Client`: the openapi-fetch client typed by the generated `paths`, on the shared runtime
 * transport (Authorization header, per-attempt timeout, safe retries, typed errors, redaction).
 * Scaffolded by `pnpm new-api`: set the vendor's Authorization format and error body, then add high-level methods.
 */
import {
  type ClientOptionsBase,
  type VendorErrorAdapter,
  createTransport,
  isRecord,
  staticToken,
  transportOptionsFrom,
} from '@session-apis/client-runtime';
import { checkClientOptions, invalid } from '@session-apis/client-runtime/internal';
import createClient, { type Client } from 'openapi-fetch';
import type { components, paths } from './generated/schema.js';

export type { components, operations, paths } from './generated/schema.js';
export type __PASCAL__Error = components['schemas']['Error'];

export interface __PASCAL__ClientOptions extends ClientOptionsBase {
  /** The vendor's token (sent as `Authorization: Bearer <token>`; change the format below if it differs). */
  token: string;
}

/** Reads the vendor's error body into `HttpError.vendorError` (pass it to `call()` / `unwrap()`). */
export const __CAMEL__Errors: VendorErrorAdapter<__PASCAL__Error> = {
  parse: (body) => (isRecord(body) && typeof body.code === 'string' && typeof body.message === 'string' ? (body as __PASCAL__Error) : undefined),
  describe: (error) => `${error.code} ${error.message}`,
};

export function create__PASCAL__Client(options: __PASCAL__ClientOptions): Client<paths> {
  const { baseUrl, token } = checkClientOptions(options);
  if (token === undefined) return invalid('token', 'required', 'token is required');
  const transport = createTransport({
    auth: staticToken(token, (t) => `Bearer ${t}`),
    secrets: () => [token],
    ...transportOptionsFrom(options),
  });
  // The transport's Request class builds openapi-fetch's Request with the attempt's signal and token already in,
  // so the transport sends it as is instead of copying it.
  return createClient<paths>({ baseUrl: baseUrl.href, fetch: transport.fetch, Request: transport.Request });
}
