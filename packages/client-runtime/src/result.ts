/** Turning openapi-fetch's `{ data, error, response }` into data-or-throw. */
import { AuthenticationError, HttpError, InvalidResponseError, SessionApiError, type VendorErrorAdapter } from './errors.js';
import { getResponseInfo } from './info.js';
import { safeUrl, scrubUrls } from './redact.js';
import { parseRetryAfter } from './retry.js';

/** `HttpError.bodyText` is cut to this many characters. */
export const BODY_TEXT_LIMIT = 1024;

/** The shape openapi-fetch resolves to (`error` is parsed JSON when it parsed, else the body text). */
export interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** 2xx → `data`. Otherwise throws AuthenticationError (401) or HttpError carrying the vendor's error. */
export function unwrap<T, E>(result: FetchResult<T>, adapter: VendorErrorAdapter<E>): T {
  if (result.response.ok) return result.data as T;
  throw toHttpError(result, adapter);
}

/**
 * Awaits an openapi-fetch call and unwraps it. Also turns openapi-fetch's own failure on a 2xx body
 * that is not JSON (a `SyntaxError` from `JSON.parse`/`response.json()`) into InvalidResponseError.
 * Other errors (the transport's typed errors, the caller's AbortError) pass through unchanged.
 *
 * ```ts
 * const data = await call(client.GET('/API/LiveSessions', { fetch: transport.with({ timeoutMs: 5000 }) }), pvwaErrors);
 * ```
 */
export async function call<T, E>(promise: Promise<FetchResult<T>>, adapter: VendorErrorAdapter<E>): Promise<T> {
  let result: FetchResult<T>;
  try {
    result = await promise;
  } catch (err) {
    if (err instanceof SyntaxError && !(err instanceof SessionApiError)) {
      // The parser's message quotes the body, which may hold anything: leave it (and the cause) out.
      throw new InvalidResponseError('2xx response body is not valid JSON');
    }
    throw err;
  }
  return unwrap(result, adapter);
}

/** `vendorError` keeps at most this much nesting; a deeper (or larger) error body is kept as text in `bodyText`. */
export const VENDOR_ERROR_MAX_DEPTH = 32;
const VENDOR_ERROR_MAX_NODES = 20_000;

/** The HttpError (or AuthenticationError) for a non-2xx result; for clients that need to inspect before throwing. */
export function toHttpError<E>(result: FetchResult<unknown>, adapter: VendorErrorAdapter<E>): HttpError<E> {
  const { response } = result;
  const info = getResponseInfo(response);
  const scrub = info?.scrub ?? scrubUrls;
  // A body nested too deep would break JSON.stringify (of the body, and of the error): keep its text instead.
  const tooDeep = !isBounded(result.error);
  const body = tooDeep ? scrub(rawText(info?.errorBody)) : scrubDeep(result.error, scrub, 0);

  let vendorError: E | undefined;
  try {
    vendorError = tooDeep || body === undefined ? undefined : adapter.parse(body);
  } catch {
    vendorError = undefined; // an adapter bug must not hide the HTTP error
  }
  let bodyText: string | undefined;
  if (vendorError === undefined && body !== undefined && body !== '') {
    bodyText = truncate(typeof body === 'string' ? body : stringify(body), BODY_TEXT_LIMIT);
  }

  const url = info?.url ?? scrub(safeUrl(response.url));
  const detail = vendorError !== undefined ? describe(adapter, vendorError, scrub) : summarize(bodyText, response, tooDeep);
  // statusText is the server's text too (a token may be echoed in the reason phrase): scrubbed, then cut.
  const statusText = oneLine(scrub(response.statusText), 100);
  const head = [info?.method, url, '→', response.status, statusText].filter((p) => p !== undefined && p !== '');
  const message = head.join(' ') + (detail ? `: ${detail}` : '');
  const details = {
    status: response.status,
    method: info?.method ?? '',
    url,
    vendorError,
    bodyText,
    retryAfterMs: parseRetryAfter(response.headers.get('retry-after'), Date.now()),
    attempts: info?.attempts ?? 1,
  };
  return response.status === 401 ? new AuthenticationError<E>(message, details) : new HttpError<E>(message, details);
}

function describe<E>(adapter: VendorErrorAdapter<E>, vendorError: E, scrub: (t: string) => string): string {
  try {
    // Scrubbed before it is cut: a cut secret would no longer be recognised.
    return oneLine(scrub(String(adapter.describe(vendorError))), 300);
  } catch {
    return '';
  }
}

/** A short text for the message: an HTML page's <title>, else the first line of a text body. */
function summarize(bodyText: string | undefined, response: Response, tooDeep: boolean): string {
  if (tooDeep) return 'error body too deep or too large to keep as parsed JSON (kept as text)';
  if (!bodyText) return '';
  const isHtml = /html/i.test(response.headers.get('content-type') ?? '') || /^\s*</.test(bodyText);
  if (isHtml) {
    const title = /<title[^>]*>([^<]*)</i.exec(bodyText)?.[1]?.trim();
    return title ? `HTML error page "${oneLine(title, 120)}"` : 'HTML error page';
  }
  return oneLine(bodyText, 200);
}

function oneLine(text: string, max: number): string {
  return truncate(text.replace(/\s+/g, ' ').trim(), max);
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function stringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

const decoder = new TextDecoder();
function rawText(bytes: Uint8Array | null | undefined): string {
  return bytes ? decoder.decode(bytes) : '';
}

/** Whether `value` is at most VENDOR_ERROR_MAX_DEPTH deep and VENDOR_ERROR_MAX_NODES large (no recursion: it may be 30k deep). */
function isBounded(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  const stack: [unknown, number][] = [[value, 0]];
  let nodes = 0;
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number];
    if (++nodes > VENDOR_ERROR_MAX_NODES) return false;
    if (current === null || typeof current !== 'object') continue;
    if (depth >= VENDOR_ERROR_MAX_DEPTH) return false;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return true;
}

/** Scrubs every string inside a parsed body, keys included (a vendor error may echo the request). */
function scrubDeep(value: unknown, scrub: (t: string) => string, depth: number): unknown {
  if (typeof value === 'string') return scrub(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth >= VENDOR_ERROR_MAX_DEPTH) return '[…]'; // unreachable after isBounded; a guard all the same
  if (Array.isArray(value)) return value.map((v) => scrubDeep(v, scrub, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[scrub(k)] = scrubDeep(v, scrub, depth + 1);
  return out;
}
