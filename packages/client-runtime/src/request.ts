/**
 * The requests a call sends. The first attempt's is the Request openapi-fetch builds: the transport's `Request`
 * class (createClient's `Request` option) puts in what that attempt needs — its signal, the Authorization header
 * when the AuthProvider knows it without waiting, `redirect: 'manual'` — so the transport sends that Request as is.
 * Any other request (a retry, a re-logon, a redirect hop, a Request built elsewhere) is one copy of it with one
 * init. Either way one code path, whichever fetch is used: `fetch(request, requestInitExt)`.
 */
import type { AuthProvider } from './auth.js';

/** What the transport's Request class did to a Request, for the transport that sends it. */
export interface Prepared {
  /** The first attempt's controller (the Request follows its signal); undefined: none was needed. */
  controller: AbortController | undefined;
  /** The caller's signal given to openapi-fetch (its `signal` option): aborting it aborts the call. */
  signal: AbortSignal | undefined;
  /** The caller's redirect mode (the Request itself says 'manual': redirects are decide()'s). */
  redirect: NonNullable<RequestInit['redirect']>;
  /** The Authorization the caller set, if any (then nothing was added). */
  preset: string | undefined;
  /** The Authorization added here, and whose it is. */
  added: string | undefined;
  auth: AuthProvider | undefined;
}

// Keyed by the Request: nothing on the object itself, nothing kept alive.
const prepared = new WeakMap<Request, Prepared>();

/** What the transport's Request class prepared for `request`, once (a Request sent again is copied). */
export function takePrepared(request: Request): Prepared | undefined {
  const found = prepared.get(request);
  if (found) prepared.delete(request);
  return found;
}

export function hasTimeout(ms: number): boolean {
  return ms > 0 && Number.isFinite(ms);
}

/**
 * A `Request` class for openapi-fetch: `new R(url, init)` is a plain Request (`instanceof Request` holds both
 * ways) built with the first attempt's signal and Authorization. A controller is made only when the client has
 * a timeout or a signal applies; the header only when `auth.peek()` knows it (otherwise the transport asks
 * `authorization()` and copies). A middleware that replaces the Request keeps this by building the new one with
 * this class and the old Request as init (`new R(url, request)`); a Request built otherwise is sent as a copy,
 * with its own redirect mode and its Authorization taken as the caller's.
 */
export function requestClass(options: { auth: AuthProvider | undefined; timeoutMs: number; signal: AbortSignal | undefined }): typeof Request {
  const { auth } = options;
  function TransportRequest(input: RequestInfo | URL, init?: RequestInit): Request {
    // A middleware's copy (`new R(url, request)`): the same preparation, carried over to the copy.
    const from = init instanceof Request ? takePrepared(init) : undefined;
    if (from) {
      const copy = new Request(input, init);
      prepared.set(copy, from);
      return copy;
    }
    const signal = init?.signal ?? undefined;
    const controller = signal || options.signal || hasTimeout(options.timeoutMs) ? new AbortController() : undefined;
    // One fixed shape for the members openapi-fetch sets, then any others: undici reads every RequestInit member of
    // this object, and a spread copy of openapi-fetch's init was twice as slow to read (seen in the profile).
    const attemptInit: RequestInit = { method: init?.method, headers: init?.headers, body: init?.body, redirect: 'manual', signal: controller ? controller.signal : signal };
    for (const key in init) if (!(key in attemptInit)) (attemptInit as Record<string, unknown>)[key] = (init as Record<string, unknown>)[key];
    const request = new Request(input, attemptInit);
    const preset = request.headers.get('authorization') ?? undefined;
    let added: string | undefined;
    if (preset === undefined) {
      added = auth?.peek?.();
      // On the Request's own headers (they are mutable): no second copy of the headers.
      if (added !== undefined) request.headers.set('authorization', added);
    }
    prepared.set(request, { controller, signal, redirect: init?.redirect ?? 'follow', preset, added, auth });
    return request;
  }
  // `new` returns the Request made inside; `x instanceof TransportRequest` is `x instanceof Request`.
  TransportRequest.prototype = Request.prototype;
  return TransportRequest as unknown as typeof Request;
}

/** One request of an attempt: the first, or one after a redirect. */
export interface Hop {
  url: string;
  method: string;
  /** undefined: the template's own (a redirect turned GET has fewer). */
  headers: Headers | undefined;
  /** undefined: the template's own body (its stream, sent once); null: none; bytes: a buffered copy. */
  body: ArrayBuffer | null | undefined;
}

/**
 * The Request for `hop`: one copy of the template with one init (`redirect: 'manual'`, the attempt's signal, the
 * hop's URL, method, headers and body). `authorization`: undefined keeps the template's header, null removes it,
 * a string sets it — on the copy's own headers, so the headers are copied once, by that Request.
 */
export function copyFor(template: Request, hop: Hop, signal: AbortSignal | undefined, authorization: string | null | undefined): Request {
  const init: RequestInit = { redirect: 'manual' };
  if (signal) init.signal = signal;
  if (hop.headers) init.headers = hop.headers;
  if (hop.body !== undefined) init.body = hop.body;
  let request: Request;
  if (hop.url === template.url && hop.method === template.method) {
    request = new Request(template, init);
  } else {
    init.method = hop.method;
    init.headers ??= template.headers;
    init.body ??= null;
    request = new Request(hop.url, init);
  }
  if (authorization === null) request.headers.delete('authorization');
  else if (authorization !== undefined) request.headers.set('authorization', authorization);
  return request;
}

/** The headers for a redirect that turned into a GET: no body, so none of the headers that describe one. */
export function withoutBodyHeaders(headers: Headers): Headers {
  const out = new Headers(headers);
  for (const name of ['content-type', 'content-length', 'content-encoding', 'content-language', 'content-location']) out.delete(name);
  return out;
}

/** openapi-fetch's `requestInitExt` (e.g. an undici dispatcher): never what would override the request's own. */
export function extensionsOnly(init: RequestInit): RequestInit {
  const { signal: _s, headers: _h, body: _b, method: _m, redirect: _r, ...rest } = init;
  return rest;
}
