/**
 * Argument checks shared by the client and the helpers. Every failure is an InvalidInputError that names
 * the field and the rule, thrown before any request. Messages never echo the value (it may be a secret).
 */
import { InvalidInputError } from '@session-apis/client-runtime';

export function invalid(field: string, rule: string, message: string): never {
  throw new InvalidInputError(message, { field, rule });
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A non-empty string. */
export function checkString(field: string, value: unknown): string {
  if (typeof value !== 'string') invalid(field, 'type', `${field} must be a string`);
  if (value === '') invalid(field, 'non-empty', `${field} must not be empty`);
  return value;
}

/** An integer ≥ `min`. */
export function checkInteger(field: string, value: unknown, min: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) invalid(field, 'integer', `${field} must be an integer`);
  if (value < min) invalid(field, 'minimum', `${field} must be ≥ ${min}`);
  return value;
}

/** An absolute http(s) URL without credentials in it (fetch refuses those, and they would leak into logs). */
export function checkHttpUrl(field: string, value: unknown): URL {
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
  if (url.username !== '' || url.password !== '') {
    invalid(field, 'no-credentials', `${field} must not contain a user name or password`);
  }
  return url;
}

/** Timeouts: a number ≥ 0 (0 or Infinity for none), or undefined. */
export function checkTimeout(field: string, value: unknown): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || Number.isNaN(value) || value < 0) {
    invalid(field, 'non-negative', `${field} must be a number ≥ 0 (milliseconds; 0 or Infinity for none)`);
  }
}
