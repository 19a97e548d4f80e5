/**
 * Hand-written argument checks, only for what the spec constrains (no schema library: a handful of rules).
 * Every failure is an InvalidInputError naming the field and the rule, thrown before any request.
 * Messages never echo the value: it may be a secret.
 */
import { type CallOptions, InvalidInputError } from '@session-apis/client-runtime';

export function invalid(field: string, rule: string, message: string): never {
  throw new InvalidInputError(message, { field, rule });
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A non-empty string (the spec's `minLength: 1`). */
export function checkString(field: string, value: unknown): string {
  if (typeof value !== 'string') invalid(field, 'type', `${field} must be a string`);
  if (value === '') invalid(field, 'non-empty', `${field} must not be empty`);
  return value;
}

/** A positive integer (the spec's `type: integer, minimum: 1`). */
export function checkPositiveInteger(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) invalid(field, 'integer', `${field} must be an integer`);
  if (value < 1) invalid(field, 'minimum', `${field} must be ≥ 1`);
  return value;
}

/** Printable ASCII/Latin-1 only: the Headers class throws on anything else, quoting the value (a secret). */
export function isHeaderSafe(value: string): boolean {
  return !/[^\t\x20-\x7e\x80-\xff]/.test(value);
}

/** An absolute http(s) URL without credentials, query or fragment. */
export function checkBaseUrl(field: string, value: unknown): URL {
  if (typeof value !== 'string' || value === '') invalid(field, 'type', `${field} must be a non-empty string`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return invalid(field, 'absolute-http-url', `${field} must be an absolute http:// or https:// URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    invalid(field, 'absolute-http-url', `${field} must be an absolute http:// or https:// URL`);
  }
  // fetch refuses URLs with userinfo, and they would end up in logs.
  if (url.username !== '' || url.password !== '') invalid(field, 'no-credentials', `${field} must not contain a user name or password`);
  if (url.search !== '' || url.hash !== '') invalid(field, 'no-query', `${field} must not have a query string or fragment`);
  return url;
}

/** A number ≥ 0 (0 or Infinity for none), or undefined. */
export function checkTimeout(field: string, value: unknown): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || Number.isNaN(value) || value < 0) {
    invalid(field, 'non-negative', `${field} must be a number ≥ 0 (milliseconds; 0 or Infinity for none)`);
  }
}

export function checkRetry(field: string, value: unknown): void {
  if (value !== undefined && value !== false && !isRecord(value)) invalid(field, 'type', `${field} must be a retry policy object or false`);
}

/** The per-call options every high-level method takes last. */
export function checkCallOptions(options: unknown): CallOptions {
  if (options === undefined) return {};
  if (!isRecord(options)) invalid('options', 'type', 'options must be an object');
  checkTimeout('timeoutMs', options.timeoutMs);
  checkRetry('retry', options.retry);
  if (options.signal !== undefined && !(options.signal instanceof AbortSignal)) invalid('signal', 'type', 'signal must be an AbortSignal');
  for (const flag of ['idempotent', 'reauth'] as const) {
    if (options[flag] !== undefined && typeof options[flag] !== 'boolean') invalid(flag, 'type', `${flag} must be a boolean`);
  }
  return options as CallOptions;
}

// RFC 3339 `date-time` (what OpenAPI's `format: date-time` means): 2012-04-25T13:33:44.727Z, or with an offset.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$/;

/** True for an RFC 3339 date-time with real calendar values (no 2024-02-30, no 25:00). */
export function isDateTime(value: string): boolean {
  const m = DATE_TIME.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  const offsetOk = m[9] === undefined || (Number(m[9]) <= 23 && Number(m[10]) <= 59);
  // Second 60 is a leap second, which RFC 3339 allows.
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && hour <= 23 && minute <= 59 && second <= 60 && offsetOk;
}
