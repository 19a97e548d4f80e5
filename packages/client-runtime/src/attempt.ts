/**
 * The pieces of one attempt: its signal (timeout joined with the caller's) and the request it sends. Kept apart
 * from the loop in transport.ts so that what each attempt allocates is visible in one place: at most one
 * AbortController and one timer, none when there is neither a timeout nor a caller's signal; the Request that
 * openapi-fetch built, sent with one init.
 */
import { guardBody, readWhole, serveBytes } from './body.js';
import type { AttemptResult, Decision } from './decide.js';
import { ConnectionError, InvalidResponseError, RedirectError, SessionApiError, TimeoutError, describeCause, sanitizeError } from './errors.js';
import { safeUrl } from './redact.js';
import type { Clock, FetchLike } from './transport.js';

export interface AttemptSignal {
  /** undefined: the request's own signal is enough (no timeout, no extra caller signal). */
  readonly signal: AbortSignal | undefined;
  /** The timeout fired (the abort was ours, not the caller's). */
  readonly fired: boolean;
  clear(): void;
  /** Lets the process exit while a streamed body is still unread. */
  unref(): void;
}

const nothing = (): void => undefined;

/**
 * The attempt's signal: aborts when `caller` does or after `ms`. One AbortController with a listener, not
 * AbortSignal.any (several times slower on Node 20), and setTimeout, not AbortSignal.timeout (which cannot be
 * cleared: its timer would live for the whole timeout after every call). `inherited`: the caller's signal is
 * already the request's own, so without a timeout nothing needs to be made.
 */
export function attemptSignal(ms: number, caller: AbortSignal, inherited: boolean): AttemptSignal {
  if (!(ms > 0 && Number.isFinite(ms))) return { signal: inherited ? undefined : caller, fired: false, clear: nothing, unref: nothing };
  const controller = new AbortController();
  let fired = false;
  const onAbort = () => controller.abort(caller.reason);
  caller.addEventListener('abort', onAbort, { once: true });
  const id = setTimeout(() => {
    fired = true;
    controller.abort(new DOMException(`timed out after ${ms} ms`, 'TimeoutError'));
  }, ms);
  return {
    signal: controller.signal,
    get fired() {
      return fired;
    },
    clear: () => {
      clearTimeout(id);
      caller.removeEventListener('abort', onAbort);
    },
    // Node's timers have unref(); browsers' are numbers and never keep anything alive.
    unref: () => (id as { unref?: () => void }).unref?.(),
  };
}

/** One request of an attempt: the first, or one after a redirect. */
export interface Hop {
  url: string;
  method: string;
  /** undefined: the template's own (a redirect turned GET has fewer). */
  headers: Headers | undefined;
  /** Set on the request sent (undefined: the template's own, if any). */
  authorization: string | undefined;
  /** undefined: the template's own body (sent once, never buffered); null: none. */
  body: ArrayBuffer | null | undefined;
}

/**
 * Sends one hop. The template (the Request openapi-fetch built) is the input while URL and method are its own, so
 * nothing is copied on our side; what changes goes in one init. A custom fetch gets that as one Request, since
 * its contract is openapi-fetch's: everything on the Request, and the second argument only for openapi-fetch's
 * `requestInitExt` (`forward`). The built-in fetch takes the init directly (it makes its Request either way).
 * Always `redirect: 'manual'`: redirects are decided by `decide()`, never followed by fetch.
 */
export function sendHop(
  fetch: FetchLike | undefined,
  template: Request,
  hop: Hop,
  signal: AbortSignal | undefined,
  forward: RequestInit | undefined,
): Promise<Response> {
  const init: RequestInit = { redirect: 'manual' };
  if (signal) init.signal = signal;
  if (hop.headers) init.headers = hop.headers;
  if (hop.body !== undefined) init.body = hop.body;
  let input: Request | string = template;
  if (hop.url !== template.url || hop.method !== template.method) {
    input = hop.url;
    init.method = hop.method;
    init.headers ??= template.headers;
    init.body ??= null;
  }
  if (fetch) {
    const request = new Request(input, init);
    // Set on the attempt's own Request (its headers are mutable): the headers are copied once, by that Request.
    if (hop.authorization !== undefined) request.headers.set('authorization', hop.authorization);
    return fetch(request, forward);
  }
  if (hop.authorization !== undefined) {
    const headers = new Headers(init.headers ?? template.headers);
    headers.set('authorization', hop.authorization);
    init.headers = headers;
  }
  return globalThis.fetch(input, forward ? { ...forward, ...init } : init);
}

/** The headers for a redirect that turned into a GET: no body, so none of the headers that describe one. */
export function withoutBodyHeaders(headers: Headers): Headers {
  const out = new Headers(headers);
  for (const name of ['content-type', 'content-length', 'content-encoding', 'content-language', 'content-location']) out.delete(name);
  return out;
}

/** What `decide()` needs to know of a thrown error `err`, given what the caller would get for it (`mapped`). */
export function classify(err: unknown, mapped: unknown, caller: AbortSignal): AttemptError {
  if (caller.aborted) return 'aborted';
  if (mapped instanceof TimeoutError) return 'timeout';
  if (!(mapped instanceof ConnectionError)) return 'other';
  return PERMANENT_FAILURE.test(codes(err)) ? 'permanent' : 'connection';
}
type AttemptError = Extract<AttemptResult, { kind: 'error' }>['error'];

// TLS verification and unknown hosts do not heal by retrying.
const PERMANENT_FAILURE = /CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)|ERR_TLS|ENOTFOUND/;

/** Every `code` along the cause chain, for telling permanent failures from transient ones. */
function codes(err: unknown): string {
  const found: string[] = [];
  let current: unknown = err;
  for (let i = 0; i < 5 && current instanceof Error; i++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') found.push(code);
    current = current.cause ?? (current as { errors?: unknown[] }).errors?.[0];
  }
  return found.join(' ');
}

export function redirectError(
  d: Extract<Decision, { do: 'refuse-redirect' }>,
  status: number,
  what: () => string,
  scrub: (text: string) => string,
  template: Request,
): RedirectError {
  const shown = d.target ? scrub(`${d.target.protocol}//${d.target.host}${d.target.pathname}`) : undefined;
  return new RedirectError(`${what()} → ${status} redirect${shown ? ` to ${shown}` : ''} not followed: ${scrub(d.why)}`, {
    status,
    method: template.method,
    url: scrub(safeUrl(template.url)),
    reason: d.reason,
    location: shown,
  });
}

/**
 * Bodies read whole inside the attempt (under its timer, a cut connection retried) rather than streamed: JSON
 * (parsed whole anyway) and anything uncompressed with a small Content-Length (a compressed one may still be a
 * bomb: it is streamed, under the caps).
 */
export function readsWhole(response: Response): boolean {
  const type = response.headers.get('content-type') ?? '';
  if (/[/+]json\b/i.test(type)) return true;
  const length = Number(response.headers.get('content-length') ?? NaN);
  return length <= SMALL_BODY_BYTES && !response.headers.has('content-encoding');
}
const SMALL_BODY_BYTES = 64 * 1024;

/** The 2xx body read whole (at most `limit` bytes), served from the same Response. */
export async function readBody(response: Response, limit: number, what: () => string): Promise<Response> {
  const bytes = await readWhole(response, limit, () => new InvalidResponseError(`${what()} → ${response.status}: body exceeds ${limit} bytes`));
  return serveBytes(response, bytes);
}

/** A 2xx body left to the caller: streamed through the caps, the timer running until it ends. */
export function streamBody(
  response: Response,
  call: { maxBodyBytes: number; maxStreamBytes: number },
  timer: AttemptSignal,
  mapError: (err: unknown) => unknown,
  what: () => string,
): Response {
  return guardBody(response, {
    onEnd: timer.clear,
    mapError,
    maxBytes: call.maxStreamBytes,
    wholeMaxBytes: call.maxBodyBytes,
    tooLarge: (limit) => new InvalidResponseError(`${what()} → ${response.status}: body exceeds ${limit} bytes`),
  });
}

/** One signal that aborts when any of `signals` does; the signal itself when there is only one. */
export function joinSignals(signals: (AbortSignal | undefined)[]): AbortSignal {
  const distinct = [...new Set(signals)].filter((s): s is AbortSignal => s !== undefined);
  return distinct.length === 1 ? distinct[0]! : AbortSignal.any(distinct);
}


export function extensionsOnly(init: RequestInit): RequestInit {
  const { signal: _s, headers: _h, body: _b, method: _m, redirect: _r, ...rest } = init;
  return rest;
}

export function times(attempts: number): string {
  return attempts > 1 ? ` (${attempts} attempts)` : '';
}

export function errorName(outcome: unknown): string | undefined {
  return outcome instanceof Error ? outcome.name : undefined;
}

/** Date.now and setTimeout; the sleep ends at once, rejecting with the signal's reason, when `signal` aborts. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const onAbort = () => {
        clearTimeout(id);
        reject(signal?.reason);
      };
      const id = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
};

/**
 * The error a failed attempt stands for: the caller's own abort reason, an error of ours as is, a TimeoutError
 * when our timer fired, otherwise a ConnectionError with a redacted copy of the cause.
 */
export function attemptFailure(
  err: unknown,
  c: { caller: AbortSignal; timer: AttemptSignal; method: string; url: () => string; attempts: number; timeoutMs: number; scrub: (text: string) => string },
): unknown {
  if (c.caller.aborted) return c.caller.reason;
  if (err instanceof SessionApiError) return err;
  const { method, attempts } = c;
  if (c.timer.fired) {
    return new TimeoutError(`${method} ${c.url()} → timed out after ${c.timeoutMs} ms${times(attempts)}`, { method, url: c.url(), attempts, timeoutMs: c.timeoutMs });
  }
  return new ConnectionError(`${method} ${c.url()} → connection failed: ${c.scrub(describeCause(err))}${times(attempts)}`, {
    method,
    url: c.url(),
    attempts,
    cause: sanitizeError(err, c.scrub),
  });
}
