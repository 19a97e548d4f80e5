/**
 * Typed errors. Every message, field and `cause` is built from safe parts (method, URL without
 * query, status, vendor description) and passed through redaction by whoever creates it, so
 * `String(err)`, `JSON.stringify(err)`, `util.inspect(err)` and the cause chain carry no secret.
 */

/** Supplied by each client: turns a parsed error body into the vendor's error type and a short text. */
export interface VendorErrorAdapter<T> {
  /** `undefined` when the body is not this vendor's error shape. */
  parse(body: unknown): T | undefined;
  /** One line for the error message, e.g. `PASWS006E The session token is missing, invalid or expired.` */
  describe(vendorError: T): string;
}

/**
 * Base of every error the clients throw. Never contains a secret.
 * Subclasses keep only safe values as own fields; `toJSON` lists exactly those (plus name, message and
 * the cause's name/message/code), so `JSON.stringify(err)` is useful and safe.
 */
export class SessionApiError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
  toJSON(): Record<string, unknown> {
    return Object.assign({ name: this.name, message: this.message }, this, causeJson(this.cause));
  }
}

export interface HttpErrorDetails<TVendor> {
  status: number;
  method: string;
  /** Without query string or userinfo. */
  url: string;
  vendorError?: TVendor | undefined;
  bodyText?: string | undefined;
  retryAfterMs?: number | undefined;
  attempts?: number | undefined;
}

/** A non-2xx response (after any retries). */
export class HttpError<TVendor = unknown> extends SessionApiError {
  declare readonly status: number;
  declare readonly method: string;
  /** Without query string or userinfo. */
  declare readonly url: string;
  /** The vendor's error body, parsed by the client's adapter. */
  declare readonly vendorError: TVendor | undefined;
  /** Raw body text (redacted, at most 1 kB) when the body was not the vendor's JSON error. */
  declare readonly bodyText: string | undefined;
  /** From the `Retry-After` header, when the server sent one. */
  declare readonly retryAfterMs: number | undefined;
  /** How many requests were sent, retries and re-logon included. */
  declare readonly attempts: number;

  constructor(message: string, details: HttpErrorDetails<TVendor>) {
    super(message);
    Object.assign(this, { vendorError: undefined, bodyText: undefined, retryAfterMs: undefined, attempts: 1 }, details);
  }
}

/** 401, after the one re-logon attempt (if the call allowed one). */
export class AuthenticationError<TVendor = unknown> extends HttpError<TVendor> {}

/** Why a redirect was not followed: see the runtime README, "Redirects". */
export type RedirectStopReason = 'cross-origin' | 'too-many' | 'invalid-location' | 'not-allowed';

/**
 * A 3xx the transport would not follow: to another origin (the body and credentials are never sent there),
 * past the hop limit, with an unusable `Location`, or on a request made with `redirect: 'error'`.
 */
export class RedirectError extends HttpError<never> {
  declare readonly reason: RedirectStopReason;
  /** The target without userinfo, query string or fragment (redacted); undefined when it was not a URL. */
  declare readonly location: string | undefined;
  constructor(message: string, details: HttpErrorDetails<never> & { reason: RedirectStopReason; location: string | undefined }) {
    super(message, details);
  }
}

interface RequestDetails {
  method?: string | undefined;
  url?: string | undefined;
  attempts?: number | undefined;
}

/** The request never got a response: connection refused or reset, DNS, TLS. `cause` is a redacted copy. */
export class ConnectionError extends SessionApiError {
  declare readonly method: string | undefined;
  declare readonly url: string | undefined;
  declare readonly attempts: number;
  constructor(message: string, { cause, ...details }: RequestDetails & { cause?: unknown } = {}) {
    super(message, cause !== undefined ? { cause } : undefined);
    Object.assign(this, { attempts: 1 }, details);
  }
}

/** The per-attempt timeout fired (on the last attempt, when retries were allowed). */
export class TimeoutError extends SessionApiError {
  declare readonly timeoutMs: number;
  declare readonly method: string | undefined;
  declare readonly url: string | undefined;
  declare readonly attempts: number;
  constructor(message: string, details: RequestDetails & { timeoutMs: number }) {
    super(message);
    Object.assign(this, { attempts: 1 }, details);
  }
}

/** A call's input broke a rule; thrown before any request is sent. */
export class InvalidInputError extends SessionApiError {
  declare readonly field: string;
  declare readonly rule: string;
  constructor(message: string, details: { field: string; rule: string }) {
    super(message);
    Object.assign(this, details);
  }
}

/** A 2xx response whose body could not be read as promised (truncated JSON, HTML, too large). */
export class InvalidResponseError extends SessionApiError {}

/** Why a paging iterator stopped: see `pagingGuard`. */
export type PagingStopReason = 'empty-page' | 'repeated-page' | 'page-limit';

/** A paging iterator stopped because the server's pages would never end (empty pages, a loop, too many). */
export class PagingError extends InvalidResponseError {
  declare readonly reason: PagingStopReason;
  /** Pages received, this one included. */
  declare readonly pages: number;
  constructor(message: string, details: { reason: PagingStopReason; pages: number }) {
    super(message);
    Object.assign(this, details);
  }
}

// Names on the prototype (not class fields) so they survive minifiers and stay out of util.inspect's field list.
for (const [cls, name] of [
  [SessionApiError, 'SessionApiError'],
  [HttpError, 'HttpError'],
  [AuthenticationError, 'AuthenticationError'],
  [RedirectError, 'RedirectError'],
  [ConnectionError, 'ConnectionError'],
  [TimeoutError, 'TimeoutError'],
  [InvalidInputError, 'InvalidInputError'],
  [InvalidResponseError, 'InvalidResponseError'],
  [PagingError, 'PagingError'],
] as const) {
  Object.defineProperty(cls.prototype, 'name', { value: name, writable: true, configurable: true });
}

function causeJson(cause: unknown): Record<string, unknown> {
  if (!(cause instanceof Error)) return {};
  const code = (cause as { code?: unknown }).code;
  return { cause: { name: cause.name, message: cause.message, ...(typeof code === 'string' ? { code } : {}) } };
}

/**
 * A copy of `err` (and of its cause chain, up to 4 deep) whose messages went through `scrub`.
 * Keeps `name`, a string `code` and the stack frames (file positions, no data); drops every other field,
 * since undici errors may hold sockets, headers or request objects.
 */
export function sanitizeError(err: unknown, scrub: (text: string) => string, depth = 0): Error {
  const source = err instanceof Error ? err : undefined;
  const message = scrub(source ? source.message : String(err));
  const nested = source?.cause ?? firstOf((source as { errors?: unknown } | undefined)?.errors);
  const copy = new Error(message, depth < 4 && nested !== undefined ? { cause: sanitizeError(nested, scrub, depth + 1) } : undefined);
  const name = source?.name ?? 'Error';
  if (name !== 'Error') Object.defineProperty(copy, 'name', { value: name, writable: true, configurable: true });
  const code = (source as { code?: unknown } | undefined)?.code;
  if (typeof code === 'string') (copy as Error & { code?: string }).code = scrub(code);
  const frames = source?.stack?.split('\n').filter((line) => /^\s+at /.test(line)) ?? [];
  copy.stack = [`${name}: ${message}`, ...frames.map(scrub)].join('\n');
  return copy;
}

function firstOf(value: unknown): unknown {
  return Array.isArray(value) && value.length > 0 ? value[0] : undefined;
}

/** The innermost useful description of a failure, e.g. `ECONNRESET: other side closed`. */
export function describeCause(err: unknown): string {
  let deepest: unknown = err;
  for (let i = 0; i < 5; i++) {
    const next: unknown =
      deepest instanceof Error ? (deepest.cause ?? firstOf((deepest as { errors?: unknown }).errors)) : undefined;
    if (next === undefined) break;
    deepest = next;
  }
  if (!(deepest instanceof Error)) return String(deepest);
  const code = (deepest as { code?: unknown }).code;
  const text = deepest.message || deepest.name;
  return typeof code === 'string' && !text.includes(code) ? `${code}: ${text}` : text;
}
