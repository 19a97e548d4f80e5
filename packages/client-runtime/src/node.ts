/**
 * `@session-apis/client-runtime/node`: Node-only helpers, kept out of the main entry so browser
 * bundles never pull in undici.
 */
import { Agent, type Dispatcher, fetch as undiciFetch } from 'undici';
import type { FetchLike } from './transport.js';

export interface TlsFetchOptions {
  /** PEM certificate(s) to trust (e.g. the PVWA's or Sentinel's private CA, or a self-signed server cert). */
  ca?: string | Buffer | Array<string | Buffer>;
  /** Use this dispatcher instead of building an Agent (proxies, mTLS, connection limits). */
  dispatcher?: Dispatcher;
}

/**
 * A fetch that verifies TLS against `ca` (in place of Node's default trust store) — the safe answer to
 * self-signed servers; never set NODE_TLS_REJECT_UNAUTHORIZED=0.
 *
 * Uses undici's own fetch with the Agent, because the fetch built into Node 20 bundles another undici
 * version whose dispatcher interface need not match. undici's fetch does not accept the global Request
 * class, so the request is passed as URL + init.
 */
export function createTlsFetch(options: TlsFetchOptions = {}): FetchLike {
  const dispatcher = options.dispatcher ?? new Agent({ connect: options.ca === undefined ? {} : { ca: options.ca } });
  return async (input, init) => {
    const body = input.body === null ? undefined : await input.arrayBuffer();
    const response = await undiciFetch(input.url, {
      method: input.method,
      headers: input.headers,
      body,
      signal: input.signal,
      redirect: input.redirect,
      ...(init as object | undefined),
      dispatcher,
    } as Parameters<typeof undiciFetch>[1]);
    // undici's Response is a different class than the global one; callers only use the standard surface.
    return response as unknown as Response;
  };
}
export { type CookieJar, createCookieJar } from './cookies.js';
