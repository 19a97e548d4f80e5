// @ts-check
// A fetch wrapper that records every exchange the real client makes, in the specs/EXCHANGES.md shape (raw:
// secrets are still in it; redact.mjs removes them before anything is shown or written).

/**
 * @typedef {import('./validate.mjs').Exchange} Exchange
 * @typedef {(input: Request, init?: RequestInit) => Promise<Response>} FetchLike
 * @typedef {object} Recorded
 * @property {Exchange} exchange  raw, path relative to the base URL
 * @property {string} step        the plan step that made the request
 * @property {number} ms          time to the response headers
 */

/** Request headers worth keeping in an exchange (the rest is transport noise). */
const REQUEST_HEADERS = ['accept', 'content-type', 'authorization', 'cookie', 'prefer'];
/** Response headers that say nothing about the API. */
const DROPPED_RESPONSE_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length']);

/** @param {string} contentType */
const isJson = (contentType) => {
  const e = (contentType.split(';')[0] ?? '').trim().toLowerCase();
  return e === 'application/json' || e.endsWith('+json');
};

/**
 * Body bytes as the exchange format wants them: `body` for JSON text labelled JSON, `bodyText` for other text,
 * `bodyBase64` for bytes that are not clean UTF-8 text (e.g. a UTF-16 RDP file); nothing for no bytes.
 * @param {Uint8Array} bytes @param {string} contentType
 * @returns {{ body?: unknown, bodyText?: string, bodyBase64?: string }}
 */
export function bodyFields(bytes, contentType) {
  if (bytes.length === 0) return {};
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { bodyBase64: Buffer.from(bytes).toString('base64') };
  }
  // NUL and other C0 controls (except tab, CR, LF) mean binary, e.g. UTF-16 without a BOM the decoder accepted.
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text) || text.startsWith('\ufeff')) {
    return { bodyBase64: Buffer.from(bytes).toString('base64') };
  }
  if (isJson(contentType)) {
    try {
      return { body: JSON.parse(text) };
    } catch {
      // Labelled JSON but not JSON: keep the text, the validator says so.
    }
  }
  return { bodyText: text };
}

/**
 * The path of `url` relative to the base URL's path (the spec's paths are relative to its server URL), query kept.
 * @param {URL} url @param {URL} base
 */
export function relativePath(url, base) {
  const prefix = base.pathname.replace(/\/+$/, '');
  const path = prefix && url.pathname.startsWith(`${prefix}/`) ? url.pathname.slice(prefix.length) : url.pathname;
  return `${path}${url.search}`;
}

/**
 * Wraps `base` so that each request and its response are recorded. Response bodies are read from a clone in the
 * background (the client reads its own copy undisturbed); `settle()` waits for them, bounded by `timeoutMs`.
 * @param {FetchLike} base
 * @param {{ baseUrl: string, step: () => string, timeoutMs: number }} options
 */
export function recordingFetch(base, options) {
  const baseUrl = new URL(options.baseUrl);
  /** @type {Recorded[]} */
  const recorded = [];
  /** @type {Promise<void>[]} */
  const pending = [];

  /** @type {FetchLike} */
  const fetch = async (input, init) => {
    const step = options.step();
    const url = new URL(input.url);
    /** @type {Record<string, string>} */
    const headers = {};
    for (const name of REQUEST_HEADERS) {
      const value = input.headers.get(name);
      if (value !== null) headers[canonicalName(name)] = value;
    }
    const requestBytes = input.body ? new Uint8Array(await input.clone().arrayBuffer()) : new Uint8Array();
    const started = performance.now();
    const response = await base(input, init);
    const ms = Math.round(performance.now() - started);
    /** @type {Record<string, string | string[]>} */
    const responseHeaders = {};
    response.headers.forEach((value, name) => {
      if (!DROPPED_RESPONSE_HEADERS.has(name) && name !== 'set-cookie') responseHeaders[canonicalName(name)] = value;
    });
    const cookies = response.headers.getSetCookie();
    if (cookies.length > 0) responseHeaders['Set-Cookie'] = cookies.length === 1 ? /** @type {string} */ (cookies[0]) : cookies;

    /** @type {Exchange} */
    const exchange = {
      request: {
        method: input.method.toUpperCase(),
        path: relativePath(url, baseUrl),
        ...(Object.keys(headers).length > 0 ? { headers } : {}),
        ...bodyFields(requestBytes, input.headers.get('content-type') ?? ''),
      },
      response: { status: response.status, headers: responseHeaders },
    };
    const entry = { exchange, step, ms };
    recorded.push(entry);
    const copy = response.clone();
    pending.push(
      copy.arrayBuffer().then(
        (buffer) => {
          Object.assign(exchange.response, bodyFields(new Uint8Array(buffer), response.headers.get('content-type') ?? ''));
        },
        () => {
          exchange.response.bodyText = ''; // the body broke off; the client's own error says why
        },
      ),
    );
    return response;
  };

  /** Waits for the recorded bodies (each already bounded by the client's timeout, plus a margin). */
  const settle = async () => {
    let timer;
    const limit = new Promise((resolve) => {
      timer = setTimeout(resolve, options.timeoutMs);
      timer.unref?.();
    });
    await Promise.race([Promise.allSettled(pending), limit]);
    clearTimeout(timer);
  };
  return { fetch, recorded, settle };
}

/** `content-type` → `Content-Type` (the exchange files' spelling; HTTP does not care). @param {string} name */
function canonicalName(name) {
  return name.replace(/(^|-)([a-z])/g, (_, dash, c) => `${dash}${c.toUpperCase()}`);
}
