/**
 * The fetch function handed to openapi-fetch (client-level `fetch` option, or per call via `with()`): prepares
 * the call (options, body buffered only when it may be resent), makes attempts (attempt.ts: signal, request),
 * and carries out what `decide()` (decide.ts) says after each request: return, throw, retry after a delay, log on
 * again, follow a same-origin redirect. Non-2xx responses are returned so openapi-fetch can parse `error`.
 */
import {
  attemptFailure,
  attemptSignal,
  classify,
  errorName,
  joinSignals,
  systemClock as defaultClock,
  readBody,
  readsWhole,
  redirectError,
  streamBody,
} from './attempt.js';
import type { CallOptions, FetchLike, Transport, TransportOptions } from './options.js';
import { readCapped, serveBytes } from './body.js';
import { type DecidePolicy, type DecideState, type Decision, decide } from './decide.js';
import { InvalidInputError, InvalidResponseError } from './errors.js';
import { type ResponseInfo, setResponseInfo } from './info.js';
import { redact, safeUrl, scrubUrls } from './redact.js';
import { type Hop, copyFor, extensionsOnly, requestClass, takePrepared, withoutBodyHeaders } from './request.js';
import { type RetryPolicy, defaultRetryPolicy, isIdempotentMethod, parseRetryAfter } from './retry.js';

export type { CallOptions, Clock, FetchLike, Logger, Transport, TransportOptions } from './options.js';

export const DEFAULT_TIMEOUT_MS = 30_000;
/** Error bodies are read up to this many bytes (after decompression), then the download is cancelled. */
export const ERROR_BODY_LIMIT = 64 * 1024;
/** The default `maxBodyBytes`: 2xx bodies read whole (JSON, text) fail past this many bytes, after decompression. */
export const DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024;
export { MAX_REDIRECTS } from './decide.js';

export { systemClock } from './attempt.js';

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
  const clock = options.clock ?? defaultClock;
  const random = options.random ?? Math.random;
  const auth = options.auth;
  const seen: string[] = []; // recent Authorization values and their token parts
  let lastSeen: string | undefined; // the last one remembered: the same header on every call is not split again

  function remember(header: string): void {
    lastSeen = header;
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
    const merged: RetryPolicy | false = retry === false ? false : { ...defaultRetryPolicy, ...(options.retry || undefined), ...(call.retry || undefined) };
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

  async function send(input: Request | string | URL, init: RequestInit | undefined, call: Resolved): Promise<Response> {
    // ── Preparing the call ──
    let template: Request;
    try {
      template = input instanceof Request ? input : new Request(input, init);
    } catch {
      // e.g. a URL with user:password@ in it (fetch refuses those); the message would quote it.
      throw new InvalidInputError('url must be an absolute http(s) URL without a user name or password', { field: 'url', rule: 'request-url' });
    }
    // Built by a transport's Request class: it carries the first attempt's signal and maybe its Authorization.
    const prepared = takePrepared(template);
    // openapi-fetch passes its `requestInitExt` (e.g. an undici dispatcher) as init: forward only such extensions,
    // never anything that would override the attempt's own signal, headers or body.
    const forward = input instanceof Request && init ? extensionsOnly(init) : undefined;
    const callerSignal = joinSignals([prepared ? prepared.signal : template.signal, init?.signal, ...call.signals]);
    callerSignal?.throwIfAborted();

    const method = template.method.toUpperCase();
    // Only messages, logs and errors need the URL: computed on first use, not on every call.
    let scrubbedUrl: string | undefined;
    const url = () => (scrubbedUrl ??= scrub(safeUrl(template.url)));
    const what = () => `${method} ${url()}`;
    const presetAuth = prepared ? prepared.preset : (template.headers.get('authorization') ?? undefined);
    if (presetAuth) remember(presetAuth);
    // The Authorization the template carries (the caller's, or one the Request class added).
    const carried = prepared?.added ?? presetAuth;
    const idempotent = call.idempotent ?? isIdempotentMethod(method);
    const canReauth = auth !== undefined && presetAuth === undefined && (call.reauth ?? idempotent);
    const policy: DecidePolicy = { retry: idempotent ? call.retry : false, canReauth, redirect: prepared ? prepared.redirect : template.redirect };
    // A Request body is a one-shot stream: buffer it only when it may have to be sent again (a retry, a re-logon,
    // a 307/308); otherwise the template's own body goes out as is.
    const resendable = policy.retry !== false || policy.canReauth || policy.redirect !== 'manual';
    const body = template.body !== null && resendable ? await template.clone().arrayBuffer() : undefined;
    const started = clock.now();
    let attempts = 0;
    let retries = 0;
    let reauthed = false;

    // ── Attempts ──
    for (;;) {
      attempts++;
      const first = attempts === 1;
      let sent = presetAuth;
      if (presetAuth === undefined && auth) {
        // The header the Request class added is this attempt's: no need to ask (and wait) again.
        sent = first && prepared?.auth === auth && prepared.added !== undefined ? prepared.added : await auth.authorization(callerSignal);
        if (sent !== undefined && sent !== lastSeen) remember(sent);
      }
      const own = first ? prepared?.controller : undefined;
      const timer = attemptSignal(call.timeoutMs, callerSignal, own);
      log('debug', 'http attempt', () => ({ method, url: url(), attempt: attempts }));
      const failure = (err: unknown) => attemptFailure(err, { caller: callerSignal, timer, method, url, attempts, timeoutMs: call.timeoutMs, scrub });

      // Header to change on a copy: undefined keeps the template's, null removes it.
      const authorization = sent === carried ? undefined : (sent ?? null);
      let hop: Hop = { url: template.url, method: template.method, headers: undefined, body: first && prepared ? undefined : body?.slice(0) };
      // The first attempt sends the Request openapi-fetch built when it already has everything (its body is that
      // Request's own stream); all else is one copy. A caller's own Request is never consumed when it was buffered.
      let request =
        first && prepared && authorization === undefined && (timer.signal === undefined || timer.signal === own?.signal)
          ? template
          : copyFor(template, hop, timer.signal, authorization);
      let decision: Decision;
      let response: Response | undefined;
      let error: unknown;
      let errorBody: Uint8Array<ArrayBuffer> | null = null;
      let streaming = false;
      for (let hops = 0; ; hops++) {
        const state = (now = clock.now()): DecideState => ({ url: hop.url, method: hop.method, hops, retries, reauthed, elapsedMs: now - started, nowMs: now, random: random() });
        try {
          response = await (options.fetch ?? globalThis.fetch)(request, forward);
          const { status, headers: h } = response;
          log('debug', 'http response', () => ({ method, url: url(), attempt: attempts, status }));
          // fetch only checks 3 digits; Response (and every consumer) needs a real status.
          if (status < 200 || status > 599) throw new InvalidResponseError(`${what()} → ${status}: not an HTTP status`);
          // Headers are looked up only where a rule reads them: Location of a 3xx, Retry-After of an error status.
          const location = status >= 300 && status < 400 ? h.get('location') : null;
          decision = decide({ kind: 'response', status, retryAfter: status >= 400 ? h.get('retry-after') : null, location }, state(), policy);
          if (decision.do === 'follow' || decision.do === 'refuse-redirect') {
            // Nothing of a redirect's body is needed: release the connection.
            response.body?.cancel().catch(() => undefined);
          } else if (!response.ok) {
            // Error bodies are small or useless: keep at most 64 kB, so unwrap() can parse them and retries can drop them.
            errorBody = await readCapped(response, ERROR_BODY_LIMIT);
            serveBytes(response, errorBody);
          } else if (decision.do === 'return') {
            streaming = !readsWhole(response);
            response = streaming ? streamBody(response, call, timer, failure, what) : await readBody(response, call.maxBodyBytes, what);
          }
        } catch (err) {
          error = failure(err);
          response = undefined;
          decision = decide({ kind: 'error', error: classify(err, error, callerSignal) }, state(), policy);
        }
        if (decision.do === 'refuse-redirect') {
          timer.clear();
          throw redirectError(decision, response!.status, what, scrub, template);
        }
        if (decision.do !== 'follow') break;
        hop = decision.toGet
          ? { url: decision.url, method: 'GET', headers: withoutBodyHeaders(hop.headers ?? template.headers), body: null }
          : // A fresh copy per hop: fetch may detach a buffer it was given.
            { ...hop, url: decision.url, body: body?.slice(0) };
        request = copyFor(template, hop, timer.signal, authorization);
      }
      if (streaming) timer.unref(); // the caller's promise settles now; an unread body must not keep the process alive
      else timer.clear();

      // ── Carrying out the decision ──
      const status = response?.status;
      if (decision.do === 'relogon') {
        reauthed = true;
        if (await auth!.refresh(sent)) {
          log('warn', 'http 401: logged on again, sending once more', () => ({ method, url: url(), attempt: attempts }));
          continue;
        }
        return done(response!, method, url, attempts, errorBody); // no new session: the 401 is the answer
      }
      if (decision.do === 'retry') {
        const { delayMs, retryAfterMs } = decision;
        log('debug', 'http retry', () => ({ method, url: url(), attempt: attempts, status, delayMs, retryAfterMs, error: errorName(error) }));
        await clock.sleep(delayMs, callerSignal);
        retries++;
        continue;
      }
      if (decision.gaveUp !== undefined) {
        const reason = decision.gaveUp;
        const retryAfterMs = response ? parseRetryAfter(response.headers.get('retry-after'), clock.now()) : undefined;
        log('warn', `http giving up: ${reason}`, () => ({ method, url: url(), attempt: attempts, status, retryAfterMs }));
      }
      if (decision.do === 'throw') throw error;
      return done(response!, method, url, attempts, errorBody);
    }
  }

  function done(response: Response, method: string, url: () => string, attempts: number, errorBody: Uint8Array | null): Response {
    return setResponseInfo(response, new Info(method, url, attempts, scrub, errorBody));
  }


  const fetchWith = (resolved: Resolved): FetchLike => (input, init) => send(input, init, resolved);
  const defaults = resolve({});
  const clientFetch = fetchWith(defaults);
  // High-level methods call with() on every call, mostly with no options: reuse the client-level fetch then.
  const withCall = (call: CallOptions): FetchLike => (hasOptions(call) ? fetchWith(resolve(call)) : clientFetch);
  const Request = requestClass({ auth, timeoutMs: defaults.timeoutMs, signal: options.signal });
  return { fetch: clientFetch, with: withCall, Request };
}

/** What unwrap() reads of a response; the URL is scrubbed only when a message needs it. A class: no getter made per call. */
class Info implements ResponseInfo {
  constructor(
    readonly method: string,
    private readonly scrubbedUrl: () => string,
    readonly attempts: number,
    readonly scrub: (text: string) => string,
    readonly errorBody: Uint8Array | null,
  ) {}

  get url(): string {
    return this.scrubbedUrl();
  }
}

function hasOptions(call: CallOptions): boolean {
  for (const key in call) if (call[key as keyof CallOptions] !== undefined) return true;
  return false;
}
