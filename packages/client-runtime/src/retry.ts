/**
 * Retry policy and its arithmetic, kept pure (time and randomness are passed in) so it can be
 * property-tested. The loop that uses it lives in transport.ts.
 *
 * Written by hand rather than with p-retry or exponential-backoff: both decide retries from thrown
 * errors and own the sleep, while here the retry signal is usually a *returned* Response, the delay
 * must sometimes come from the server (`Retry-After`) and the sleep must end on the caller's abort.
 * What is left to write is one line of arithmetic (see README "Retries").
 */

export interface RetryPolicy {
  /** Retries after the first attempt (so at most `retries + 1` requests, plus one re-logon retry). */
  retries: number;
  /** Backoff base: the cap of the first retry's random delay. */
  minDelayMs: number;
  /** No computed backoff is longer than this. */
  maxDelayMs: number;
  /** No retry starts, and no delay reaches, past this many ms after the call began. */
  maxElapsedMs: number;
  /** Response statuses that are retried (idempotent calls only). */
  statuses: readonly number[];
}

export const defaultRetryPolicy: RetryPolicy = Object.freeze({
  retries: 2,
  minDelayMs: 200,
  maxDelayMs: 5_000,
  maxElapsedMs: 30_000,
  statuses: Object.freeze([408, 429, 502, 503, 504]),
});

const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

/** GET HEAD OPTIONS PUT DELETE (RFC 9110 §9.2.2). POST/PATCH only when the call says so. */
export function isIdempotentMethod(method: string): boolean {
  return IDEMPOTENT.has(method.toUpperCase());
}

/**
 * `Retry-After` as milliseconds from `now`: delta-seconds (`120`) or an HTTP-date
 * (`Wed, 21 Oct 2015 07:28:00 GMT`; a date in the past gives 0). `undefined` when absent or malformed.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (value == null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Date.parse accepts plenty of non-HTTP shapes; require the IMF-fixdate/RFC 850/asctime look (a weekday name).
  if (!/^[A-Za-z]{3}/.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * Exponential backoff with full jitter: uniform in [0, min(maxDelayMs, minDelayMs * 2^retry)).
 * `retry` counts from 0; `random` is in [0, 1).
 */
export function backoffDelay(retry: number, policy: Pick<RetryPolicy, 'minDelayMs' | 'maxDelayMs'>, random: number): number {
  const cap = Math.min(policy.maxDelayMs, policy.minDelayMs * 2 ** retry);
  return Math.floor(Math.max(0, cap) * random);
}

/**
 * How long to wait before retry number `retry` (0-based), or `undefined` to stop.
 * A server's `Retry-After` is honoured as given but never beyond the remaining budget: if it asks for
 * more, we stop and the caller gets the last result. Our own backoff is cut to the remaining budget.
 */
export function nextDelay(
  policy: RetryPolicy,
  state: { retry: number; elapsedMs: number; retryAfterMs?: number | undefined; random: number },
): number | undefined {
  if (state.retry >= policy.retries) return undefined;
  const remaining = policy.maxElapsedMs - state.elapsedMs;
  if (remaining <= 0) return undefined;
  if (state.retryAfterMs !== undefined) return state.retryAfterMs > remaining ? undefined : state.retryAfterMs;
  return Math.min(backoffDelay(state.retry, policy, state.random), remaining);
}
