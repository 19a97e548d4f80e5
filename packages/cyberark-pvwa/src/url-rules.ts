/**
 * The PVWA URL rules [vendor], enforced on every request this package sends:
 *   1. no (raw) spaces anywhere in the URL;
 *   2. `+`, `&` and `%` are not supported in URL values;
 *   3. a URL that contains a dot must end with `/`.
 *
 * Rules 1–2 are checked on the *values* (path and query parameters) before they are encoded, so the
 * error names the parameter and nothing reaches the network. Other characters are percent-encoded as
 * usual and reach the server unchanged (é → %C3%A9 is fine: the rule is about the value, not the encoding).
 * A space in a *query* value is allowed and sent as `%20`: psPAS sends every query value that way and
 * CyberArk's own filter syntax contains spaces [clients]. Path values keep rule 1, and are one path segment
 * (`checkPathSegment`: no dot segments, `/`, `\`, control characters).
 * Rule 3 rewrites the final URL: `…/LiveSessions/a.b/monitor` → `…/LiveSessions/a.b/monitor/`.
 *
 * Hooked into openapi-fetch twice, so low-level `client.GET(...)` calls get the rules too:
 * `pvwaPathSerializer`/`pvwaQuerySerializer` check values before encoding (encodeURIComponent itself throws
 * on a lone surrogate), and the `pvwaUrlRules` middleware re-checks the params (a per-call serializer may
 * replace ours) and adds the trailing slash.
 */
import {
  type Middleware,
  type PathSerializer,
  type QuerySerializer,
  createQuerySerializer,
  defaultPathSerializer,
} from 'openapi-fetch';
import { checkPathSegment, invalid } from '@session-apis/client-runtime/internal';

export const RULE_NO_SPACE = 'PVWA URL rule: no spaces anywhere in the URL';
export const RULE_NO_RESERVED = 'PVWA URL rule: + & % are not supported in URL values';
export const RULE_TRAILING_SLASH = 'PVWA URL rule: a URL that contains a dot must end with /';

const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Throws InvalidInputError unless `value` may be sent as a URL value named `field`.
 * `segment: true` for path parameters: no spaces, and one path segment (`.`/`..`, `/`, `\` or control
 * characters would address another resource). Query values may contain spaces (sent as `%20`).
 */
export function checkUrlValue(field: string, value: unknown, options: { segment?: boolean } = {}): void {
  if (Array.isArray(value)) {
    for (const item of value) checkUrlValue(field, item, options);
    return;
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') value = String(value);
  if (typeof value !== 'string') {
    invalid(field, 'type', `${field} must be a string or a number`);
  }
  if (value === '') invalid(field, 'non-empty', `${field} must not be empty`);
  if (LONE_SURROGATE.test(value)) {
    invalid(field, 'well-formed', `${field} must be well-formed Unicode (it contains a lone surrogate)`);
  }
  for (const char of value) {
    if (char === ' ' && options.segment) invalid(field, RULE_NO_SPACE, `${field} must not contain a space (${RULE_NO_SPACE})`);
    if (char === '+' || char === '&' || char === '%') {
      invalid(field, RULE_NO_RESERVED, `${field} must not contain "${char}" (${RULE_NO_RESERVED})`);
    }
  }
  if (options.segment) checkPathSegment(field, value);
}

/** Checks every path and query value in openapi-fetch's `params`. */
export function checkParams(params: { path?: Record<string, unknown>; query?: Record<string, unknown> } | undefined): void {
  for (const [name, value] of Object.entries(params?.path ?? {})) checkUrlValue(name, value, { segment: true });
  for (const [name, value] of Object.entries(params?.query ?? {})) {
    if (value !== undefined && value !== null) checkUrlValue(name, value);
  }
}

/** Rule 3: when the path or query contains a dot, the path ends with `/` (added before any query string). */
export function withTrailingSlash(url: string): string {
  // Fast path, run on every request: no dot after the host means nothing to do (no URL parsing).
  const pathStart = url.indexOf('/', url.indexOf('//') + 2);
  if (pathStart === -1 || !url.includes('.', pathStart)) return url;
  const parsed = new URL(url);
  if (parsed.pathname.endsWith('/') || !`${parsed.pathname}${parsed.search}`.includes('.')) return url;
  parsed.pathname += '/';
  return parsed.href;
}

/** openapi-fetch `pathSerializer`: the rules, then the default (simple-style, percent-encoded) serialization. */
export const pvwaPathSerializer: PathSerializer = (pathname, pathParams) => {
  for (const [name, value] of Object.entries(pathParams ?? {})) checkUrlValue(name, value, { segment: true });
  return defaultPathSerializer(pathname, pathParams);
};

const defaultQuerySerializer = createQuerySerializer();

/** openapi-fetch `querySerializer`: the rules, then the default (form, exploded) serialization. */
export const pvwaQuerySerializer: QuerySerializer<unknown> = (query) => {
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null) checkUrlValue(name, value);
  }
  return defaultQuerySerializer(query);
};

/**
 * openapi-fetch middleware: re-checks the params of every request (even one with its own serializers)
 * and applies the trailing-slash rule to the final URL. Registered by `createPvwaClient`; add it to any
 * other openapi-fetch client of the PVWA with `client.use(pvwaUrlRules)`.
 */
export const pvwaUrlRules: Middleware = {
  async onRequest({ request, params }) {
    checkParams(params);
    const url = withTrailingSlash(request.url);
    if (url === request.url) return undefined;
    // A body stream cannot be handed to a new Request without `duplex`; buffer it (PVWA bodies are small).
    const body = request.body === null ? undefined : await request.arrayBuffer();
    return new Request(url, {
      method: request.method,
      headers: request.headers,
      signal: request.signal,
      redirect: request.redirect,
      credentials: request.credentials,
      ...(body !== undefined ? { body } : {}),
    });
  },
};
