import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffDelay, defaultRetryPolicy, isIdempotentMethod, parseRetryAfter } from '../src/index.js';
import { nextDelay } from '../src/retry.js';

const NOW = Date.UTC(2025, 5, 1, 12, 0, 0);

describe('parseRetryAfter', () => {
  it('reads delta-seconds and HTTP-dates', () => {
    expect(parseRetryAfter('120', NOW)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', NOW)).toBe(0);
    expect(parseRetryAfter(new Date(NOW + 7_000).toUTCString(), NOW)).toBe(7_000);
    expect(parseRetryAfter('Sun, 06 Nov 1994 08:49:37 GMT', NOW)).toBe(0); // past → now
  });

  it('rejects absent and malformed values', () => {
    for (const v of [null, undefined, '', '-1', '1.5', 'soon', '2025-06-01', '12abc']) expect(parseRetryAfter(v, NOW)).toBeUndefined();
  });

  it('property: delta-seconds round-trip', () => {
    fc.assert(fc.property(fc.nat(10_000_000), (s) => parseRetryAfter(String(s), NOW) === s * 1000));
  });

  it('property: HTTP-dates give the distance from now, never negative', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e6, max: 1e6 }), (seconds) => {
        const at = NOW + seconds * 1000;
        expect(parseRetryAfter(new Date(at).toUTCString(), NOW)).toBe(Math.max(0, seconds * 1000));
      }),
    );
  });
});

describe('backoff', () => {
  it('doubles the cap per retry and uses full jitter', () => {
    const p = { minDelayMs: 200, maxDelayMs: 5000 };
    expect([0, 1, 2, 3, 4, 5].map((r) => backoffDelay(r, p, 0.999999))).toEqual([199, 399, 799, 1599, 3199, 4999]);
    expect(backoffDelay(3, p, 0)).toBe(0);
  });

  it('property: every delay is within [0, maxDelayMs]', () => {
    fc.assert(
      fc.property(fc.nat(60), fc.nat(10_000), fc.nat(60_000), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (retry, min, max, r) => {
        const d = backoffDelay(retry, { minDelayMs: min, maxDelayMs: max }, r);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThanOrEqual(max);
      }),
    );
  });

  it('property: a whole retry sequence stays within retries and the time budget', () => {
    const policy = fc.record({
      retries: fc.nat(10),
      minDelayMs: fc.nat(5_000),
      maxDelayMs: fc.nat(30_000),
      maxElapsedMs: fc.nat(60_000),
      statuses: fc.constant(defaultRetryPolicy.statuses),
    });
    // Each attempt takes some time; the server may or may not send Retry-After.
    const attempt = fc.record({ tookMs: fc.nat(3_000), retryAfterMs: fc.option(fc.nat(90_000), { nil: undefined }), random: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }) });
    fc.assert(
      fc.property(policy, fc.array(attempt, { minLength: 12, maxLength: 12 }), (p, attempts) => {
        let elapsed = 0;
        let slept = 0;
        let retry = 0;
        for (const a of attempts) {
          elapsed += a.tookMs;
          const d = nextDelay(p, { retry, elapsedMs: elapsed, retryAfterMs: a.retryAfterMs, random: a.random });
          if (d === undefined) break;
          expect(d).toBeGreaterThanOrEqual(0);
          expect(elapsed + d).toBeLessThanOrEqual(p.maxElapsedMs); // never sleeps past the budget
          if (a.retryAfterMs !== undefined) expect(d).toBe(a.retryAfterMs); // server's wish honoured exactly
          else expect(d).toBeLessThanOrEqual(p.maxDelayMs);
          elapsed += d;
          slept += d;
          retry++;
        }
        expect(retry).toBeLessThanOrEqual(p.retries);
        expect(slept).toBeLessThanOrEqual(p.maxElapsedMs);
      }),
      { numRuns: 500 },
    );
  });

  it('stops when Retry-After asks for more than the remaining budget', () => {
    const p = { ...defaultRetryPolicy, maxElapsedMs: 10_000 };
    expect(nextDelay(p, { retry: 0, elapsedMs: 2_000, retryAfterMs: 8_000, random: 0.5 })).toBe(8_000);
    expect(nextDelay(p, { retry: 0, elapsedMs: 2_000, retryAfterMs: 8_001, random: 0.5 })).toBeUndefined();
  });
});

describe('isIdempotentMethod', () => {
  it('follows RFC 9110', () => {
    expect(['GET', 'head', 'OPTIONS', 'PUT', 'DELETE'].every(isIdempotentMethod)).toBe(true);
    expect(['POST', 'PATCH', 'CONNECT'].some(isIdempotentMethod)).toBe(false);
  });
});
