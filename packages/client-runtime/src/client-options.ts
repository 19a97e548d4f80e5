/** The options shape every client shares, and how it becomes transport options. */
import type { RetryPolicy } from './retry.js';
import type { FetchLike, Logger, TransportOptions } from './transport.js';

/** What every client takes besides its credentials (each client documents its own `baseUrl`). */
export interface ClientOptionsBase {
  baseUrl: string;
  /** Default `globalThis.fetch`. For a private CA: `createTlsFetch({ ca })` from `@session-apis/client-runtime/node`. */
  fetch?: FetchLike;
  /** Per attempt, in ms (default 30 000; 0 or Infinity for none). */
  timeoutMs?: number;
  /** Retry policy overrides, or `false` for none. Only idempotent calls are retried. */
  retry?: Partial<RetryPolicy> | false;
  /** Receives request/retry/re-logon events; never a token or password. */
  logger?: Logger;
  /**
   * The most bytes (after decompression) of a 2xx body read whole (JSON, text); default 16 MiB, `Infinity`
   * for none. Error bodies are always cut at 64 KiB.
   */
  maxBodyBytes?: number;
}

/** Exactly one of `token` (one you already have) or `credentials` (the client logs on itself). */
export type TokenOrCredentials<TCredentials> = { token: string; credentials?: never } | { credentials: TCredentials; token?: never };

/** The transport options a client's options set (only those given, so the transport's defaults apply otherwise). */
export function transportOptionsFrom(
  options: Pick<ClientOptionsBase, 'fetch' | 'logger' | 'timeoutMs' | 'retry' | 'maxBodyBytes'>,
): Pick<TransportOptions, 'fetch' | 'logger' | 'timeoutMs' | 'retry' | 'maxBodyBytes'> {
  return {
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.retry !== undefined ? { retry: options.retry } : {}),
    ...(options.maxBodyBytes !== undefined ? { maxBodyBytes: options.maxBodyBytes } : {}),
  };
}
