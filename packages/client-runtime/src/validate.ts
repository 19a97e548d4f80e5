/**
 * Argument checks for client methods. Every failure is an InvalidInputError that names the field and the
 * rule, thrown before any request. Messages never echo the value: it may be a secret.
 */
import { InvalidInputError } from './errors.js';
import type { CallOptions } from './transport.js';

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

/**
 * One path parameter (a single URL segment, e.g. a session id or key), checked before it is put in a path.
 * openapi-fetch percent-encodes the value, but servers (and proxies in front of them) decode it again and
 * resolve dot segments: `.` would address the collection and `..` climb out of it — a DELETE on the wrong
 * resource. So refuse, in the raw value and after percent-decoding: empty, `.` and `..`, `/`, `\`, and control
 * characters (NUL included).
 */
export function checkPathSegment(field: string, value: unknown): string {
  if (typeof value !== 'string') invalid(field, 'type', `${field} must be a string`);
  // Decode the ASCII escapes (`%2e`, IIS's `%u002e`) leniently, as a server may, and repeatedly: a proxy may
  // decode once more than we think. `%c0`/`%c1` start overlong UTF-8 forms (`%c0%ae` = `.`), never valid.
  let form = value;
  for (let i = 0; i < 4 && form.includes('%'); i++) {
    if (/%c[01]/i.test(form)) invalid(field, 'path-segment', `${field} must not contain overlong UTF-8 escapes`);
    const next = form.replace(/%(?:u00)?([0-7][0-9a-f])/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    if (next === form) break;
    form = next;
  }
  // Only dots (and spaces): IIS and Windows drop trailing dots and spaces, so `.. ` and `...` act as `..` there.
  if (/^[. ]*$/.test(form)) invalid(field, 'path-segment', `${field} must not be empty, "." or ".." (it is one path segment)`);
  // eslint-disable-next-line no-control-regex
  if (/[/\\\x00-\x1f\x7f]/.test(form)) {
    invalid(field, 'path-segment', `${field} must not contain "/", "\\" or control characters (it is one path segment)`);
  }
  return value;
}

/** An integer ≥ `min`. */
export function checkInteger(field: string, value: unknown, min: number): number {
  checkSchema(value, { type: 'integer', minimum: min }, field);
  return value as number;
}

/**
 * The part of a JSON Schema that codegen emits for every operation's arguments (`<operationId>Args` in each client's
 * `src/generated/operations.ts`): the spec's own rules, so a client keeps no hand-written copy of them.
 */
export interface SpecSchema {
  readonly type?: string;
  readonly enum?: readonly unknown[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minLength?: number;
  readonly minItems?: number;
  readonly pattern?: string;
  readonly format?: string;
  readonly items?: SpecSchema;
  readonly properties?: Readonly<Record<string, SpecSchema>>;
  readonly required?: readonly string[];
  /** `false`: a name not in `properties` is refused (a parameter group: an unknown name is a typo). */
  readonly additionalProperties?: boolean;
}

// RFC 3339 (what OpenAPI's `date-time` means); Date.parse then rejects what the shape lets through (month 13).
const DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i;

/**
 * Checks `value` against a schema from the spec; the first failure is an InvalidInputError naming the field and
 * the keyword that failed (the value is never quoted: it may be a secret). `field` names the value itself
 * (`query`, `update`); the properties of a top-level value are named alone (`Limit`, `session-type`), deeper
 * ones by their path (`meta.@href`, `field[0]`).
 */
export function checkSchema(value: unknown, schema: SpecSchema, field: string, nested = false): void {
  const { type, minimum = -Infinity, maximum = Infinity, minLength = 0, minItems = 0, pattern, items, properties = {} } = schema;
  const fail = (rule: string, what: string): never => invalid(field, rule, `${field} must ${what}`);
  const typed =
    type === 'integer' ? Number.isSafeInteger(value)
    : type === 'array' ? Array.isArray(value)
    : type === 'object' || schema.properties ? isRecord(value)
    : type === undefined || (typeof value === type && value === value); // NaN is no number
  if (!typed) fail(type === 'integer' ? 'integer' : 'type', `be ${/^[aeio]/.test(type ?? 'object') ? 'an' : 'a'} ${type ?? 'object'}`);
  if (schema.enum && !schema.enum.includes(value)) fail('enum', `be one of ${schema.enum.join(', ')}`);
  if (typeof value === 'number') {
    if (value < minimum) fail('minimum', `be ≥ ${minimum}`);
    if (value > maximum) fail('maximum', `be ≤ ${maximum}`);
  }
  if (typeof value === 'string') {
    if (value.length < minLength) fail(value === '' ? 'non-empty' : 'minLength', `have ≥ ${minLength} characters`);
    if (pattern !== undefined && !new RegExp(pattern).test(value)) fail('pattern', `match ${pattern}`);
    if (schema.format === 'date-time' && !(DATE_TIME.test(value) && !Number.isNaN(Date.parse(value)))) fail('date-time', 'be an RFC 3339 date-time');
  }
  if (Array.isArray(value)) {
    if (value.length < minItems) fail(value.length === 0 ? 'non-empty-array' : 'minItems', `have ≥ ${minItems} items`);
    if (items) value.forEach((item, i) => checkSchema(item, items, `${field}[${i}]`, true));
  }
  if (isRecord(value)) {
    const name = (key: string): string => (nested ? `${field}.${key}` : key);
    for (const key of schema.required ?? []) if (value[key] === undefined) invalid(name(key), 'required', `${name(key)} is required`);
    for (const [key, v] of Object.entries(value)) {
      const sub = properties[key];
      if (sub && v !== undefined) checkSchema(v, sub, name(key), true);
      else if (!sub && schema.additionalProperties === false && v !== undefined) {
        invalid(name(key), 'known-parameter', `${name(key)} is not one of ${Object.keys(properties).join(', ')}`);
      }
    }
  }
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

/** A client's `baseUrl`: an http(s) URL without credentials, query string or fragment (paths are appended to it). */
export function checkBaseUrl(field: string, value: unknown): URL {
  const url = checkHttpUrl(field, value);
  if (url.search !== '' || url.hash !== '') invalid(field, 'no-query', `${field} must not have a query string or fragment`);
  return url;
}

/** Printable ASCII/Latin-1 only: the Headers class throws on anything else, quoting the value (a secret). */
export function isHeaderSafe(value: string): boolean {
  return !/[^\t\x20-\x7e\x80-\xff]/.test(value);
}

/** Timeouts: a number ≥ 0 (0 or Infinity for none), or undefined. */
export function checkTimeout(field: string, value: unknown): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || Number.isNaN(value) || value < 0) {
    invalid(field, 'non-negative', `${field} must be a number ≥ 0 (milliseconds; 0 or Infinity for none)`);
  }
}

/** A body cap: a number > 0 (Infinity for none), or undefined. */
export function checkMaxBodyBytes(field: string, value: unknown): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || Number.isNaN(value) || value <= 0) {
    invalid(field, 'positive', `${field} must be a number > 0 (bytes; Infinity for no limit)`);
  }
}

/** A retry policy object, `false`, or undefined. */
export function checkRetry(field: string, value: unknown): void {
  if (value !== undefined && value !== false && !isRecord(value)) invalid(field, 'type', `${field} must be a retry policy object or false`);
}

/** The per-call options every high-level method takes last (`{}` when absent). */
export function checkCallOptions<T extends CallOptions>(options: T | undefined): T {
  if (options === undefined) return {} as T;
  if (!isRecord(options)) invalid('options', 'type', 'options must be an object');
  checkTimeout('timeoutMs', options.timeoutMs);
  checkRetry('retry', options.retry);
  checkMaxBodyBytes('maxBodyBytes', options.maxBodyBytes);
  if (options.signal !== undefined && !(options.signal instanceof AbortSignal)) invalid('signal', 'type', 'signal must be an AbortSignal');
  for (const flag of ['idempotent', 'reauth'] as const) {
    if (options[flag] !== undefined && typeof options[flag] !== 'boolean') invalid(flag, 'type', `${flag} must be a boolean`);
  }
  return options;
}

/**
 * The options every client takes: an object with `baseUrl`, exactly one of `token` or `credentials`, and
 * optional `fetch`, `timeoutMs`, `retry`, `maxBodyBytes` and `logger`. `credentials` is returned as the raw object: each
 * client checks its own shape.
 */
export function checkClientOptions(options: unknown): {
  baseUrl: URL;
  token: string | undefined;
  credentials: Record<string, unknown> | undefined;
} {
  if (!isRecord(options)) invalid('options', 'type', 'options must be an object');
  const baseUrl = checkBaseUrl('baseUrl', options.baseUrl);
  const hasToken = options.token !== undefined;
  const hasCredentials = options.credentials !== undefined;
  if (hasToken && hasCredentials) invalid('credentials', 'exclusive', 'pass either token or credentials, not both');
  if (!hasToken && !hasCredentials) invalid('token', 'required', 'token or credentials is required');
  let token: string | undefined;
  if (hasToken) {
    token = checkString('token', options.token);
    if (!isHeaderSafe(token)) invalid('token', 'header-value', 'token must be a valid HTTP header value');
  }
  if (hasCredentials && !isRecord(options.credentials)) invalid('credentials', 'type', 'credentials must be an object');
  if (options.fetch !== undefined && typeof options.fetch !== 'function') invalid('fetch', 'type', 'fetch must be a function');
  checkTimeout('timeoutMs', options.timeoutMs);
  checkRetry('retry', options.retry);
  checkMaxBodyBytes('maxBodyBytes', options.maxBodyBytes);
  if (options.logger !== undefined && !isRecord(options.logger)) invalid('logger', 'type', 'logger must be an object');
  return { baseUrl, token, credentials: options.credentials as Record<string, unknown> | undefined };
}
