import { describe, expect, it } from 'vitest';
import { type AttemptResult, type DecidePolicy, type DecideState, type Decision, decide } from '../src/decide.js';
import { defaultRetryPolicy } from '../src/retry.js';

const URL_ = 'https://pvwa.example/PasswordVault/API/LiveSessions/1';
const state = (over: Partial<DecideState> = {}): DecideState => ({
  url: URL_,
  method: 'GET',
  hops: 0,
  retries: 0,
  reauthed: false,
  elapsedMs: 0,
  nowMs: Date.parse('2026-01-01T00:00:00Z'),
  random: 0.5,
  ...over,
});
const policy = (over: Partial<DecidePolicy> = {}): DecidePolicy => ({ retry: defaultRetryPolicy, canReauth: true, redirect: 'follow', ...over });
const res = (status: number, headers: { retryAfter?: string; location?: string } = {}): AttemptResult => ({
  kind: 'response',
  status,
  retryAfter: headers.retryAfter ?? null,
  location: headers.location ?? null,
});
const err = (error: Extract<AttemptResult, { kind: 'error' }>['error']): AttemptResult => ({ kind: 'error', error });

// [case, result, state overrides, policy overrides, expected decision (a subset of its fields)]
const cases: [string, AttemptResult, Partial<DecideState>, Partial<DecidePolicy>, Partial<Decision> & { do: Decision['do'] }][] = [
  // statuses
  ['200 is returned', res(200), {}, {}, { do: 'return' }],
  ['404 is returned at once', res(404), {}, {}, { do: 'return' }],
  ['500 is not in the retried statuses', res(500), {}, {}, { do: 'return' }],
  ['503: retry with backoff (full jitter of 200 ms, random 0.5)', res(503), {}, {}, { do: 'retry', delayMs: 100, retryAfterMs: undefined }],
  ['429 on the second retry: backoff cap doubles per retry', res(429), { retries: 1 }, {}, { do: 'retry', delayMs: 200 }],
  ['408, 502, 504 are retried too', res(504), {}, {}, { do: 'retry' }],
  ['503 on a call that may not be retried (POST)', res(503), {}, { retry: false }, { do: 'return' }],
  ['a status the caller added to the policy', res(500), {}, { retry: { ...defaultRetryPolicy, statuses: [500] } }, { do: 'retry' }],
  // budgets
  ['503 with retries exhausted: the response, and why', res(503), { retries: 2 }, {}, { do: 'return', gaveUp: 'retries exhausted' }],
  ['503 with the time budget spent', res(503), { elapsedMs: 30_000 }, {}, { do: 'return', gaveUp: 'time budget spent' }],
  ['backoff cut to the remaining budget', res(503), { elapsedMs: 29_950 }, { retry: { ...defaultRetryPolicy, minDelayMs: 1000 } }, { do: 'retry', delayMs: 50 }],
  // Retry-After
  ['Retry-After seconds replace the backoff', res(503, { retryAfter: '2' }), {}, {}, { do: 'retry', delayMs: 2000, retryAfterMs: 2000 }],
  ['Retry-After as an HTTP-date', res(429, { retryAfter: 'Thu, 01 Jan 2026 00:00:03 GMT' }), {}, {}, { do: 'retry', delayMs: 3000 }],
  ['Retry-After beyond the budget: no retry', res(503, { retryAfter: '120' }), {}, {}, { do: 'return', gaveUp: 'Retry-After beyond the time budget' }],
  ['malformed Retry-After: the backoff', res(503, { retryAfter: 'soon' }), {}, {}, { do: 'retry', delayMs: 100, retryAfterMs: undefined }],
  // 401 once
  ['401: log on again', res(401), {}, {}, { do: 'relogon' }],
  ['401 after the re-logon: returned', res(401), { reauthed: true }, {}, { do: 'return' }],
  ['401 without a provider (or a caller-set header)', res(401), {}, { canReauth: false }, { do: 'return' }],
  // errors
  ['connection error on an idempotent call: retry', err('connection'), {}, {}, { do: 'retry', delayMs: 100 }],
  ['timeout: retry', err('timeout'), { retries: 1 }, {}, { do: 'retry' }],
  ['timeout on the last attempt: thrown', err('timeout'), { retries: 2 }, {}, { do: 'throw', gaveUp: 'retries exhausted' }],
  ['connection error on a POST: thrown', err('connection'), {}, { retry: false }, { do: 'throw' }],
  ['TLS verification / unknown host: thrown at once', err('permanent'), {}, {}, { do: 'throw' }],
  ['not a transport failure (body over its cap, bad status): thrown', err('other'), {}, {}, { do: 'throw' }],
  // aborts
  ["the caller's abort: thrown, never retried", err('aborted'), {}, {}, { do: 'throw' }],
  // redirects
  ['same-origin 302 on a GET: followed', res(302, { location: '/PasswordVault/API/x' }), {}, {}, { do: 'follow', url: 'https://pvwa.example/PasswordVault/API/x', toGet: false }],
  ['303 turns a PUT into a GET', res(303, { location: '/done' }), { method: 'PUT' }, {}, { do: 'follow', toGet: true }],
  ['301/302 turn a POST into a GET', res(301, { location: '/done' }), { method: 'POST' }, {}, { do: 'follow', toGet: true }],
  ['307/308 keep the method and body', res(308, { location: '/again' }), { method: 'POST' }, {}, { do: 'follow', toGet: false }],
  ['another origin: refused', res(302, { location: 'https://evil.example/x' }), {}, {}, { do: 'refuse-redirect', reason: 'cross-origin' }],
  ['http → https is another origin', res(301, { location: 'http://pvwa.example/x' }), {}, {}, { do: 'refuse-redirect', reason: 'cross-origin' }],
  ['credentials in Location: refused', res(302, { location: 'https://u:p@pvwa.example/x' }), {}, {}, { do: 'refuse-redirect', reason: 'invalid-location' }],
  ['not http(s): refused', res(302, { location: 'javascript:alert(1)' }), {}, {}, { do: 'refuse-redirect', reason: 'invalid-location' }],
  ['the sixth hop: refused', res(302, { location: '/x' }), { hops: 5 }, {}, { do: 'refuse-redirect', reason: 'too-many' }],
  ["redirect: 'error'", res(302, { location: '/x' }), {}, { redirect: 'error' }, { do: 'refuse-redirect', reason: 'not-allowed' }],
  ["redirect: 'manual' gets the 3xx", res(302, { location: 'https://evil.example/x' }), {}, { redirect: 'manual' }, { do: 'return' }],
  ['304 is not a redirect', res(304, { location: '/x' }), {}, {}, { do: 'return' }],
  ['a 3xx without Location is returned', res(302), {}, {}, { do: 'return' }],
];

describe('decide()', () => {
  it.each(cases)('%s', (_, result, s, p, expected) => {
    expect(decide(result, state(s), policy(p))).toMatchObject(expected);
  });

  it('is pure: the same inputs give the same decision and the inputs are left as they were', () => {
    const s = state({ retries: 1 });
    const p = policy();
    const before = JSON.stringify([s, p]);
    expect(decide(res(503), s, p)).toEqual(decide(res(503), s, p));
    expect(JSON.stringify([s, p])).toBe(before);
  });
});
