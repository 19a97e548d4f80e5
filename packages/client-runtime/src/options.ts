/** The transport's public option and result types (createTransport is in transport.ts, which re-exports these). */
import type { AuthProvider } from './auth.js';
import type { RetryPolicy } from './retry.js';

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
  /**
   * For openapi-fetch's `Request` option (createClient): builds the Request with the first attempt's signal and
   * Authorization already in (and `redirect: 'manual'`), so the transport sends it as is instead of copying it.
   * Optional: without it every first attempt sends one copy. Whether it makes a controller is decided by the
   * client-level options (a timeout, a signal) and the per-call `signal`; a timeout given only per call (`with()`)
   * gets its controller on a copy.
   */
  Request: typeof Request;
  /** Fetch for one call (openapi-fetch's per-call `fetch` option), its options over the client's. */
  with(call: CallOptions): FetchLike;
}
