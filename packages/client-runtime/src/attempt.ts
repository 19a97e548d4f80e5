/**
 * The pieces of one attempt besides its request (request.ts): its signal, what a failure means, how its body is
 * read. Kept apart from the loop in transport.ts so that what each attempt allocates is visible in one place: at
 * most one AbortController (the one the transport's Request class made, on the first attempt) and one timer,
 * none when there is neither a timeout nor a caller's signal.
 */
import { guardBody, readWhole, serveBytes } from './body.js';
import type { AttemptResult, Decision } from './decide.js';
import { ConnectionError, InvalidResponseError, RedirectError, SessionApiError, TimeoutError, describeCause, sanitizeError } from './errors.js';
import { safeUrl } from './redact.js';
import { hasTimeout } from './request.js';
import type { Clock } from './transport.js';

export interface AttemptSignal {
  /** What the attempt's request must follow; undefined: nothing can abort it. */
  readonly signal: AbortSignal | undefined;
  /** The timeout fired (the abort was ours, not the caller's). */
  readonly fired: boolean;
  clear(): void;
  /** Lets the process exit while a streamed body is still unread. */
  unref(): void;
}

/**
 * The attempt's signal: aborts when `caller` does or after `ms`. One AbortController (`own`, made with the
 * Request, or a new one) with a listener on the caller's signal, not AbortSignal.any (several times slower on
 * Node 20), and setTimeout, not AbortSignal.timeout (which cannot be cleared: its timer would live for the whole
 * timeout after every call). No timeout: the caller's signal itself, or `own` when the Request already follows it.
 * A class, not an object literal with a getter and closures: one allocation per attempt.
 */
class Attempt implements AttemptSignal {
  readonly signal: AbortSignal | undefined;
  fired = false;
  private readonly id: ReturnType<typeof setTimeout> | undefined;
  private readonly onAbort: (() => void) | undefined;

  constructor(
    ms: number,
    private readonly caller: AbortSignal | undefined,
    controller: AbortController | undefined,
  ) {
    this.signal = controller ? controller.signal : caller;
    if (!controller) return; // nothing of ours to abort: the caller's signal (or none) is the attempt's
    if (caller) {
      this.onAbort = () => controller.abort(caller.reason);
      caller.addEventListener('abort', this.onAbort, { once: true });
    }
    if (hasTimeout(ms)) {
      this.id = setTimeout(() => {
        this.fired = true;
        controller.abort(new DOMException(`timed out after ${ms} ms`, 'TimeoutError'));
      }, ms);
    }
  }

  clear(): void {
    if (this.id !== undefined) clearTimeout(this.id);
    if (this.onAbort) this.caller!.removeEventListener('abort', this.onAbort);
  }

  /** Node's timers have unref(); browsers' are numbers and never keep anything alive. */
  unref(): void {
    (this.id as { unref?: () => void } | undefined)?.unref?.();
  }
}

export function attemptSignal(ms: number, caller: AbortSignal | undefined, own: AbortController | undefined): AttemptSignal {
  const timed = hasTimeout(ms);
  const controller = timed || (caller && own) ? (own ?? new AbortController()) : undefined;
  return new Attempt(ms, caller, controller);
}

/** What `decide()` needs to know of a thrown error `err`, given what the caller would get for it (`mapped`). */
export function classify(err: unknown, mapped: unknown, caller: AbortSignal | undefined): AttemptError {
  if (caller?.aborted) return 'aborted';
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
    onEnd: () => timer.clear(),
    mapError,
    maxBytes: call.maxStreamBytes,
    wholeMaxBytes: call.maxBodyBytes,
    tooLarge: (limit) => new InvalidResponseError(`${what()} → ${response.status}: body exceeds ${limit} bytes`),
  });
}

/** One signal that aborts when any of `signals` does: the signal itself when there is one, undefined for none. */
export function joinSignals(signals: readonly (AbortSignal | null | undefined)[]): AbortSignal | undefined {
  let one: AbortSignal | undefined;
  let many: AbortSignal[] | undefined;
  for (const s of signals) {
    if (!s || s === one || many?.includes(s)) continue;
    if (one === undefined) one = s;
    else (many ??= [one]).push(s);
  }
  return many ? AbortSignal.any(many) : one;
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
  c: { caller: AbortSignal | undefined; timer: AttemptSignal; method: string; url: () => string; attempts: number; timeoutMs: number; scrub: (text: string) => string },
): unknown {
  if (c.caller?.aborted) return c.caller.reason;
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
