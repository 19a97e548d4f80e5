import { scrubUrls } from './redact.js';

/** What the transport knows about a response it returned; read by unwrap() to build error messages. */
export interface ResponseInfo {
  method: string;
  /** Without query string or userinfo. */
  url: string;
  attempts: number;
  /** Redacts this transport's known secrets (auth header values, `secrets()`), and URL userinfo/queries. */
  scrub: (text: string) => string;
  /** The bytes read of an error body (at most ERROR_BODY_LIMIT), for errors that keep the raw text. */
  errorBody?: Uint8Array | null;
}

// A WeakMap, not a property on the Response: nothing to leak through inspect, nothing kept alive.
const infos = new WeakMap<Response, ResponseInfo>();

export function setResponseInfo(response: Response, info: ResponseInfo): Response {
  infos.set(response, info);
  return response;
}

export function getResponseInfo(response: Response): ResponseInfo | undefined {
  return infos.get(response);
}

/**
 * The redaction the transport applies to what it says about `response` (its known secrets, URL userinfo and
 * queries), for client code that quotes a response's headers or body in its own error messages.
 * Responses that did not come through a transport get URL scrubbing only.
 */
export function scrubFor(response: Response): (text: string) => string {
  return infos.get(response)?.scrub ?? scrubUrls;
}
