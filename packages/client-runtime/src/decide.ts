/**
 * What the transport does after one request: the whole rule book as one pure function (no I/O, no clock, no
 * randomness of its own), so that "when do we retry / log on again / follow a redirect?" has one answer with
 * its rules beside it, and a table of cases tests it (test/decide.test.ts). The loop in transport.ts only
 * carries the decision out.
 */
import { type RetryPolicy, nextDelay, parseRetryAfter } from './retry.js';

/** Same-origin redirects followed per attempt. */
export const MAX_REDIRECTS = 5;

/** What one request ended with, as far as the rules need to know. */
export type AttemptResult =
  | {
      kind: 'response';
      status: number;
      /** The raw `Retry-After` header. */
      retryAfter: string | null;
      /** The raw `Location` header (3xx only matter). */
      location: string | null;
    }
  | {
      kind: 'error';
      /** aborted: the caller's signal; permanent: TLS verification, unknown host; other: not a transport failure. */
      error: 'aborted' | 'timeout' | 'connection' | 'permanent' | 'other';
    };

export interface DecideState {
  /** The URL and method this request went to (the redirect's base and its method rules). */
  url: string;
  method: string;
  /** Redirects already followed in this attempt. */
  hops: number;
  /** Retries already made in this call. */
  retries: number;
  /** Whether the one re-logon was used. */
  reauthed: boolean;
  /** ms since the call started, and the wall clock (for HTTP-date `Retry-After`). */
  elapsedMs: number;
  nowMs: number;
  /** A draw in [0, 1) for the backoff jitter. */
  random: number;
}

export interface DecidePolicy {
  /** false: not retried (not idempotent, or retries off). */
  retry: RetryPolicy | false;
  /** An AuthProvider supplies the header and the call allows a re-logon. */
  canReauth: boolean;
  /** The request's `redirect` mode. */
  redirect: NonNullable<RequestInit['redirect']>;
}

export type RedirectStop = 'cross-origin' | 'too-many' | 'invalid-location' | 'not-allowed';

export type Decision =
  /** Hand the response to the caller (`gaveUp`: a retry was wanted but the budget said no). */
  | { do: 'return'; gaveUp?: string }
  /** Reject with the attempt's error. */
  | { do: 'throw'; gaveUp?: string }
  | { do: 'retry'; delayMs: number; retryAfterMs: number | undefined }
  | { do: 'relogon' }
  /** Same attempt, next hop: `toGet` drops the body and the headers that describe it. */
  | { do: 'follow'; url: string; toGet: boolean }
  | { do: 'refuse-redirect'; reason: RedirectStop; why: string; target: URL | undefined };

export function decide(result: AttemptResult, state: DecideState, policy: DecidePolicy): Decision {
  if (result.kind === 'error') {
    // The caller's abort is final; so is anything that is not a transport failure (a body over its cap, a bad status).
    if (result.error === 'aborted' || result.error === 'other') return { do: 'throw' };
    // TLS verification and unknown hosts do not heal by retrying.
    if (result.error === 'permanent' || !policy.retry) return { do: 'throw' };
    return retryOr('throw', undefined, state, policy.retry);
  }
  const { status } = result;
  // Redirects are followed here, not by fetch (`redirect: 'manual'`), so that no other origin gets the body or
  // the credentials. 304 is not a redirect; 305/306 are dead. `redirect: 'manual'` gets the 3xx itself.
  if (status >= 301 && status <= 308 && status !== 304 && status !== 305 && status !== 306 && policy.redirect !== 'manual') {
    if (result.location !== null) return redirect(result.location, status, state, policy);
  }
  // One re-logon after a 401, then the 401 is the answer.
  if (status === 401 && policy.canReauth && !state.reauthed) return { do: 'relogon' };
  // Only the policy's statuses (408, 429, 502, 503, 504 by default) are worth another try, idempotent calls only.
  if (!policy.retry || !policy.retry.statuses.includes(status)) return { do: 'return' };
  return retryOr('return', parseRetryAfter(result.retryAfter, state.nowMs), state, policy.retry);
}

/** A retry after the delay the policy allows, or `otherwise` with why not. */
function retryOr(otherwise: 'return' | 'throw', retryAfterMs: number | undefined, state: DecideState, policy: RetryPolicy): Decision {
  const delayMs = nextDelay(policy, { retry: state.retries, elapsedMs: state.elapsedMs, retryAfterMs, random: state.random });
  if (delayMs !== undefined) return { do: 'retry', delayMs, retryAfterMs };
  const gaveUp =
    state.retries >= policy.retries ? 'retries exhausted' : retryAfterMs !== undefined ? 'Retry-After beyond the time budget' : 'time budget spent';
  return { do: otherwise, gaveUp };
}

/**
 * Same-origin 301/302/303/307/308 are followed (at most MAX_REDIRECTS): 303, and 301/302 after a POST, become a
 * GET without body (as browsers do); 307/308 keep the method and the body. Another origin never gets the body or
 * the credentials; neither does a Location with a user name, or one that is not http(s).
 */
function redirect(location: string, status: number, state: DecideState, policy: DecidePolicy): Decision {
  let target: URL | undefined;
  try {
    target = new URL(location, state.url);
  } catch {
    // target stays undefined
  }
  const refuse = (reason: RedirectStop, why: string): Decision => ({ do: 'refuse-redirect', reason, why, target });
  if (policy.redirect === 'error') return refuse('not-allowed', "the request was made with redirect: 'error'");
  if (!target || (target.protocol !== 'https:' && target.protocol !== 'http:')) return refuse('invalid-location', 'Location is not an http(s) URL');
  const from = new URL(state.url);
  if (target.origin !== from.origin) {
    return refuse('cross-origin', `it leads to another origin (${target.origin}), which never gets the request's body or credentials`);
  }
  if (target.username !== '' || target.password !== '') return refuse('invalid-location', 'Location contains a user name or password');
  if (state.hops >= MAX_REDIRECTS) return refuse('too-many', `more than ${MAX_REDIRECTS} redirects`);
  const toGet = (status === 303 && state.method !== 'HEAD') || ((status === 301 || status === 302) && state.method === 'POST');
  return { do: 'follow', url: target.href, toGet };
}
