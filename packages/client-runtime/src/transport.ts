/**
 * The fetch function handed to openapi-fetch (client-level `fetch` option, or per call via `with()`).
 * Per attempt: fresh Request copy, Authorization from the AuthProvider, a fresh timeout signal joined
 * with the caller's. Around the attempts: retries (idempotent calls only), one re-logon after a 401,
 * typed errors for failures. Non-2xx responses are returned so openapi-fetch can parse `error`.
 */
import type { AuthProvider } from './auth.js';
import { copyResponse, guardBody, readCapped, readWhole } from './body.js';
import {
  ConnectionError,
  InvalidInputError,
  InvalidResponseError,
  RedirectError,
  type RedirectStopReason,
  SessionApiError,
  TimeoutError,
  describeCause,
  sanitizeError,
} from './errors.js';
import { setResponseInfo } from './info.js';
import { redact, safeUrl, scrubUrls } from './redact.js';
import { type RetryPolicy, defaultRetryPolicy, isIdempotentMethod, nextDelay, parseRetryAfter } from './retry.js';

export type FetchLike = (input: Request, init?: RequestInit) => Promise<Response>;

export interface CallOptions {
  /** Per attempt, including reading the body; 0 or Infinity for none. Default 30 000. */
  timeoutMs?: number;
  /** Overrides of the retry policy, or `false` for no retries. */
  retry?: Partial<RetryPolicy> | false;
  /** Marks a POST/PATCH as safe to repeat (default: by method). */
  idempotent?: boolean;
  /** Log on again and retry once after a 401 (default: for idempotent calls). */
  reauth?: boolean;
  /** The caller's cancel signal; an abort is never retried and rejects with the signal's reason. */
  signal?: AbortSignal;
  /**
   * The most bytes (after decompression) of a 2xx body that is read whole: JSON, or any body read through
   * `json()`, `text()`, `arrayBuffer()`, `blob()`… Default 16 MiB; `Infinity` for none. A body the caller
   * streams (`response.body`, openapi-fetch's `parseAs: 'stream'`) is capped only when this is set explicitly.
   */
  maxBodyBytes?: number;
}

export interface Logger {
  debug?(msg: string, meta?: Record<string, unknown>): void;
  warn?(msg: string, meta?: Record<string, unknown>): void;
}

/** Time source and sleep; replace in tests or to run on another scheduler. */
export interface Clock {
  /** Wall-clock ms (compared with `Retry-After` dates). */
  now(): number;
  /** Resolves after `ms`; rejects with `signal.reason` when it aborts first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export interface TransportOptions extends CallOptions {
  /** Default `globalThis.fetch` (looked up at call time). For a private CA use `createTlsFetch` from `./node`. */
  fetch?: FetchLike;
  auth?: AuthProvider;
  /** Receives attempt/retry/re-logon events; messages and fields never carry secrets. */
  logger?: Logger;
  /** Extra values to scrub from every message (passwords, tokens the transport never sees). */
  secrets?: () => Iterable<string>;
  clock?: Clock;
  /** Source of jitter, [0, 1). Default Math.random. */
  random?: () => number;
}

export interface Transport {
  /** Fetch with the client-level defaults. */
  fetch: FetchLike;
  /** Fetch for one call (openapi-fetch's per-call `fetch` option), its options over the client's. */
  with(call: CallOptions): FetchLike;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
/** Error bodies are read up to this many bytes (after decompression), then the download is cancelled. */
export const ERROR_BODY_LIMIT = 64 * 1024;
/** The default `maxBodyBytes`: 2xx bodies read whole (JSON, text) fail past this many bytes, after decompression. */
export const DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024;
/** Same-origin redirects followed per attempt. */
export const MAX_REDIRECTS = 5;

// TLS verification and unknown hosts do not heal by retrying.
const PERMANENT_FAILURE = /CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)|ERR_TLS|ENOTFOUND/;

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

interface Resolved {
  timeoutMs: number;
  retry: RetryPolicy | false;
  idempotent: boolean | undefined;
  reauth: boolean | undefined;
  signals: AbortSignal[];
  /** For bodies read whole. */
  maxBodyBytes: number;
  /** For streamed bodies: only an explicit `maxBodyBytes`. */
  maxStreamBytes: number;
}

export function createTransport(options: TransportOptions = {}): Transport {
  const clock = options.clock ?? systemClock;
  const random = options.random ?? Math.random;
  const auth = options.auth;
  const seen: string[] = []; // recent Authorization values and their token parts

  function remember(header: string): void {
    const parts = header.trim().split(/\s+/);
    for (const value of [header, ...(parts.length > 1 ? parts.slice(1) : [])]) {
      if (value && !seen.includes(value)) seen.push(value);
    }
    if (seen.length > 16) seen.splice(0, seen.length - 16);
  }

  function scrub(text: string): string {
    let extra: Iterable<string> = [];
    try {
      extra = options.secrets?.() ?? [];
    } catch {
      // a failing secrets() must not turn an error report into another error
    }
    return redact(scrubUrls(text), [...seen, ...extra]);
  }

  const logger = options.logger;
  function log(level: 'debug' | 'warn', msg: string, meta: () => Record<string, unknown>): void {
    if (!logger?.[level]) return; // no logger: build nothing (this runs several times per call)
    try {
      logger[level](scrub(msg), meta());
    } catch {
      // logging must never break a request
    }
  }

  function resolve(call: CallOptions): Resolved {
    const retry = call.retry ?? options.retry;
    const merged: RetryPolicy | false =
      retry === false
        ? false
        : {
            ...defaultRetryPolicy,
            ...(options.retry || undefined),
            ...(call.retry || undefined),
          };
    return {
      timeoutMs: call.timeoutMs ?? options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      retry: merged,
      idempotent: call.idempotent ?? options.idempotent,
      reauth: call.reauth ?? options.reauth,
      signals: [options.signal, call.signal].filter((s): s is AbortSignal => s !== undefined),
      maxBodyBytes: call.maxBodyBytes ?? options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
      maxStreamBytes: call.maxBodyBytes ?? options.maxBodyBytes ?? Infinity,
    };
  }

  /**
   * One request. A custom `fetch` gets a fresh Request (what openapi-fetch hands to fetch functions); the
   * built-in fetch gets the URL and an init instead, which spares undici copying a Request once more.
   * Always `redirect: 'manual'`: redirects are followed by `sendAttempt`, not by fetch.
   */
  function sendOnce(template: Request, hop: Hop, signal: AbortSignal, forward: RequestInit | undefined): Promise<Response> {
    const { url, method, headers, body, authorization } = hop;
    if (options.fetch) {
      const request =
        url === template.url && method === template.method && headers === undefined
          ? new Request(template, { signal, redirect: 'manual', ...(body ? { body } : {}) })
          : new Request(url, { method, headers: headers ?? template.headers, signal, redirect: 'manual', ...(body ? { body } : {}) });
      // Set on the attempt's own copy (its headers are mutable), so the template stays as the caller made it.
      if (authorization !== undefined) request.headers.set('authorization', authorization);
      return options.fetch(request, forward);
    }
    const sent = new Headers(headers ?? template.headers);
    if (authorization !== undefined) sent.set('authorization', authorization);
    return globalThis.fetch(url, { ...forward, method, headers: sent, signal, redirect: 'manual', ...(body ? { body } : {}) });
  }

  /**
   * One attempt, redirects included. Same-origin 301/302/303/307/308 are followed (at most MAX_REDIRECTS):
   * 303, and 301/302 after a POST, become a GET without body (as browsers do); 307/308 send the same method and
   * a fresh copy of the body. Another origin never gets the body or the credentials: that redirect is a
   * RedirectError, as is one that fetch's `redirect: 'error'` asked for. `redirect: 'manual'` returns the 3xx.
   */
  async function sendAttempt(template: Request, first: Hop, signal: AbortSignal, forward: RequestInit | undefined, what: () => string): Promise<Response> {
    let hop = first;
    for (let hops = 0; ; hops++) {
      const response = await sendOnce(template, hop, signal, forward);
      const { status } = response;
      if (status < 301 || status > 308 || status === 304 || status === 305 || status === 306 || template.redirect === 'manual') return response;
      const location = response.headers.get('location');
      if (location === null) return response;
      // Nothing of a redirect's body is needed: release the connection.
      response.body?.cancel().catch(() => undefined);
      const from = new URL(hop.url);
      let target: URL | undefined;
      try {
        target = new URL(location, from);
      } catch {
        // target stays undefined
      }
      const stop = (reason: RedirectStopReason, why: string): RedirectError => {
        const shown = target ? scrub(`${target.protocol}//${target.host}${target.pathname}`) : undefined;
        return new RedirectError(`${what()} → ${status} redirect${shown ? ` to ${shown}` : ''} not followed: ${why}`, {
          status,
          method: template.method,
          url: scrub(safeUrl(template.url)),
          reason,
          location: shown,
        });
      };
      if (template.redirect === 'error') throw stop('not-allowed', "the request was made with redirect: 'error'");
      if (!target || (target.protocol !== 'https:' && target.protocol !== 'http:')) throw stop('invalid-location', 'Location is not an http(s) URL');
      if (target.origin !== from.origin) {
        throw stop('cross-origin', `it leads to another origin (${scrub(target.origin)}), which never gets the request's body or credentials`);
      }
      if (target.username !== '' || target.password !== '') throw stop('invalid-location', 'Location contains a user name or password');
      if (hops >= MAX_REDIRECTS) throw stop('too-many', `more than ${MAX_REDIRECTS} redirects`);
      const toGet = (status === 303 && hop.method !== 'HEAD') || ((status === 301 || status === 302) && hop.method === 'POST');
      hop = toGet
        ? { url: target.href, method: 'GET', headers: withoutBodyHeaders(hop.headers ?? template.headers), body: undefined, authorization: hop.authorization }
        : // A fresh copy per hop: fetch may detach a buffer it was given.
          { ...hop, url: target.href, body: hop.body?.slice(0) };
    }
  }

  async function send(input: Request | string | URL, init: RequestInit | undefined, call: Resolved): Promise<Response> {
    let template: Request;
    try {
      template = input instanceof Request ? input : new Request(input, init);
    } catch {
      // e.g. a URL with user:password@ in it (fetch refuses those); the message would quote it.
      throw new InvalidInputError('url must be an absolute http(s) URL without a user name or password', { field: 'url', rule: 'request-url' });
    }
    // openapi-fetch passes its `requestInitExt` (e.g. an undici dispatcher) as init: forward only such extensions,
    // never anything that would override the attempt's own signal, headers or body.
    const forward = input instanceof Request && init ? extensionsOnly(init) : undefined;
    const callerSignal = joinSignals([template.signal, init?.signal ?? undefined, ...call.signals]);
    callerSignal.throwIfAborted();

    const method = template.method.toUpperCase();
    // Only messages, logs and errors need the URL: computed on first use, not on every call.
    let scrubbedUrl: string | undefined;
    const url = () => (scrubbedUrl ??= scrub(safeUrl(template.url)));
    const presetAuth = template.headers.get('authorization') ?? undefined;
    if (presetAuth) remember(presetAuth);
    // A Request body is a one-shot stream: buffer a copy once so every attempt can send it again.
    const body = template.body === null ? undefined : await template.clone().arrayBuffer();

    const idempotent = call.idempotent ?? isIdempotentMethod(method);
    const policy = idempotent ? call.retry : false;
    const canReauth = auth !== undefined && presetAuth === undefined && (call.reauth ?? idempotent);
    const started = clock.now();
    let attempts = 0;
    let retries = 0;
    let reauthed = false;
    let errorBody: Uint8Array<ArrayBuffer> | null = null;

    const done = (response: Response) =>
      setResponseInfo(response, {
        method,
        get url() {
          return url();
        },
        attempts,
        scrub,
        errorBody,
      });

    const what = () => `${method} ${url()}`;
    for (;;) {
      attempts++;
      errorBody = null;
      let sent = presetAuth;
      if (presetAuth === undefined && auth) {
        sent = await auth.authorization(callerSignal);
        if (sent !== undefined) remember(sent);
      }

      const timer = startTimer(call.timeoutMs, callerSignal);
      const authorization = sent !== undefined && sent !== presetAuth ? sent : undefined;
      log('debug', 'http attempt', () => ({ method, url: url(), attempt: attempts }));

      const failure = (err: unknown): unknown => {
        if (callerSignal.aborted) return callerSignal.reason;
        if (err instanceof SessionApiError) return err;
        if (timer.fired) {
          return new TimeoutError(`${method} ${url()} → timed out after ${call.timeoutMs} ms${times(attempts)}`, {
            method,
            url: url(),
            attempts,
            timeoutMs: call.timeoutMs,
          });
        }
        return new ConnectionError(`${method} ${url()} → connection failed: ${scrub(describeCause(err))}${times(attempts)}`, {
          method,
          url: url(),
          attempts,
          cause: sanitizeError(err, scrub),
        });
      };

      let outcome: Response | unknown;
      let permanent = false;
      try {
        const hop: Hop = { url: template.url, method: template.method, headers: undefined, body, authorization };
        const response = await sendAttempt(template, hop, timer.signal, forward, what);
        log('debug', 'http response', () => ({ method, url: url(), attempt: attempts, status: response.status }));
        if (response.status < 200 || response.status > 599) {
          // fetch only checks 3 digits; Response (and every consumer) needs a real status.
          throw new InvalidResponseError(`${what()} → ${response.status}: not an HTTP status`);
        }
        if (response.ok) {
          const tooLarge = (limit: number) => new InvalidResponseError(`${what()} → ${response.status}: body exceeds ${limit} bytes`);
          if (isSmallOrJson(response)) {
            // JSON is parsed whole anyway and small bodies are cheap: read them now, under this attempt's timer,
            // rather than wrapping the stream (which costs more than the read).
            const limit = call.maxBodyBytes;
            outcome = copyResponse(response, await readWhole(response, limit, () => tooLarge(limit)));
            timer.clear();
          } else {
            outcome = guardBody(response, {
              onEnd: timer.clear,
              mapError: failure,
              maxBytes: call.maxStreamBytes,
              wholeMaxBytes: call.maxBodyBytes,
              tooLarge,
            });
            // The caller's promise settles now: an unread body is the caller's, not a reason to keep the process alive.
            timer.unref();
          }
          return done(outcome as Response);
        }
        // Error bodies are small or useless: keep at most 64 kB, so unwrap() can parse them and retries can drop them.
        errorBody = await readCapped(response, ERROR_BODY_LIMIT);
        outcome = copyResponse(response, errorBody);
        timer.clear();
      } catch (err) {
        timer.clear();
        permanent = PERMANENT_FAILURE.test(codes(err));
        outcome = failure(err);
        if (callerSignal.aborted) throw outcome;
      }

      if (outcome instanceof Response) {
        if (outcome.status === 401 && canReauth && !reauthed) {
          reauthed = true;
          if (await auth.refresh(sent)) {
            log('warn', 'http 401: logged on again, sending once more', () => ({ method, url: url(), attempt: attempts }));
            continue;
          }
          return done(outcome);
        }
        if (!policy || !policy.statuses.includes(outcome.status)) return done(outcome);
      } else if (!policy || permanent || !(outcome instanceof TimeoutError || outcome instanceof ConnectionError)) {
        throw outcome;
      }

      const status = outcome instanceof Response ? outcome.status : undefined;
      const retryAfterMs = outcome instanceof Response ? parseRetryAfter(outcome.headers.get('retry-after'), clock.now()) : undefined;
      const delayMs = nextDelay(policy, { retry: retries, elapsedMs: clock.now() - started, retryAfterMs, random: random() });
      if (delayMs === undefined) {
        const reason =
          retries >= policy.retries ? 'retries exhausted' : retryAfterMs !== undefined ? 'Retry-After beyond the time budget' : 'time budget spent';
        log('warn', `http giving up: ${reason}`, () => ({ method, url: url(), attempt: attempts, status, retryAfterMs }));
        if (outcome instanceof Response) return done(outcome);
        throw outcome;
      }
      log('debug', 'http retry', () => ({ method, url: url(), attempt: attempts, status, delayMs, retryAfterMs, error: errorName(outcome) }));
      await clock.sleep(delayMs, callerSignal);
      retries++;
    }
  }

  const fetchWith = (resolved: Resolved): FetchLike => (input, init) => send(input, init, resolved);
  const clientFetch = fetchWith(resolve({}));
  // High-level methods call with() on every call, mostly with no options: reuse the client-level fetch then.
  const withCall = (call: CallOptions): FetchLike => (hasOptions(call) ? fetchWith(resolve(call)) : clientFetch);
  return { fetch: clientFetch, with: withCall };
}

/**
 * The attempt's signal: aborts when the caller's signal does or after `ms`. One AbortController with a
 * listener, not AbortSignal.any (several times slower on Node 20). The timer and the listener are removed as
 * soon as the attempt is over.
 */
function startTimer(ms: number, caller: AbortSignal): { signal: AbortSignal; readonly fired: boolean; clear: () => void; unref: () => void } {
  const controller = new AbortController();
  let fired = false;
  const onAbort = () => controller.abort(caller.reason);
  caller.addEventListener('abort', onAbort, { once: true });
  // setTimeout (not AbortSignal.timeout) so the timer is cleared as soon as the attempt is over.
  const id =
    ms > 0 && Number.isFinite(ms)
      ? setTimeout(() => {
          fired = true;
          controller.abort(new DOMException(`timed out after ${ms} ms`, 'TimeoutError'));
        }, ms)
      : undefined;
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
    unref: () => (id as { unref?: () => void } | undefined)?.unref?.(),
  };
}

/** One signal that aborts when any of `signals` does; the signal itself when there is only one. */
function joinSignals(signals: (AbortSignal | undefined)[]): AbortSignal {
  const distinct = [...new Set(signals)].filter((s): s is AbortSignal => s !== undefined);
  return distinct.length === 1 ? distinct[0]! : AbortSignal.any(distinct);
}

function hasOptions(call: CallOptions): boolean {
  for (const key in call) if (call[key as keyof CallOptions] !== undefined) return true;
  return false;
}

/**
 * Bodies read whole rather than streamed: JSON (parsed whole anyway) and anything uncompressed with a small
 * Content-Length (a compressed one may still be a bomb: it is streamed, under the caps).
 */
function isSmallOrJson(response: Response): boolean {
  const type = response.headers.get('content-type') ?? '';
  if (/[/+]json\b/i.test(type)) return true;
  const length = Number(response.headers.get('content-length') ?? NaN);
  return length <= SMALL_BODY_BYTES && !response.headers.has('content-encoding');
}

/** One request of an attempt: the first, or one after a redirect. */
interface Hop {
  url: string;
  method: string;
  /** undefined: the template's. */
  headers: Headers | undefined;
  body: ArrayBuffer | undefined;
  authorization: string | undefined;
}

/** The headers for a redirect that turned into a GET: no body, so none of the headers that describe one. */
function withoutBodyHeaders(headers: Headers): Headers {
  const out = new Headers(headers);
  for (const name of ['content-type', 'content-length', 'content-encoding', 'content-language', 'content-location']) out.delete(name);
  return out;
}
const SMALL_BODY_BYTES = 64 * 1024;

function extensionsOnly(init: RequestInit): RequestInit {
  const { signal: _s, headers: _h, body: _b, method: _m, redirect: _r, ...rest } = init;
  return rest;
}

function times(attempts: number): string {
  return attempts > 1 ? ` (${attempts} attempts)` : '';
}

function errorName(outcome: unknown): string | undefined {
  return outcome instanceof Error ? outcome.name : undefined;
}

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
