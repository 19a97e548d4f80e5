/**
 * Sentinel's fault body as typed errors: a SOAP-1.2-style fault rendered as JSON,
 * `{"Code":{"Value":"Sender","Subcode":{"Value":"RestEndpointNotFound"}},"Reason":{"Text":"..."}}`.
 * A fault that is not valid JSON (the vendor's own printed one has unescaped quotes in `Reason.Text`) is not
 * parsed: the runtime keeps it as the error's `bodyText`.
 */
import { type AuthenticationError, type FetchResult, type VendorErrorAdapter, HttpError, call, isRecord } from '@session-apis/client-runtime';
import type { components } from './generated/schema.js';

export type Fault = components['schemas']['Fault'];
export type FaultCodeValue = components['schemas']['FaultCodeValue'];

/** An HTTP error from Sentinel; `vendorError` is its fault body when it sent one that parses. */
export type SentinelHttpError = HttpError<Fault>;
/** A 401 from Sentinel (after the one token re-acquisition, when the client has credentials). */
export type SentinelAuthenticationError = AuthenticationError<Fault>;

/** The subcode Sentinel answers (with status 400, not 404) for a path or method it does not serve [vendor]. */
export const ENDPOINT_NOT_FOUND = 'RestEndpointNotFound';

/**
 * Vendor error adapter for the runtime. Recognises a body with `Code.Value` and `Reason.Text` (strings);
 * the message reads `Sender/RestEndpointNotFound: No REST endpoint found for …`.
 */
export const vendorErrors: VendorErrorAdapter<Fault> = {
  parse(body) {
    if (!isRecord(body) || !isRecord(body.Code) || !isRecord(body.Reason)) return undefined;
    const { Code, Reason } = body;
    if (typeof Code.Value !== 'string' || typeof Reason.Text !== 'string') return undefined;
    // `Value` is Sender or Receiver per the spec; another string is kept as sent rather than dropping the fault.
    return body as unknown as Fault;
  },
  describe(fault) {
    const sub = isRecord(fault.Code.Subcode) && typeof fault.Code.Subcode.Value === 'string' ? `/${fault.Code.Subcode.Value}` : '';
    return `${fault.Code.Value}${sub}: ${fault.Reason.Text}`;
  },
};

/**
 * True when `err` is an HTTP error carrying a Sentinel fault — with the given `Code.Subcode.Value`
 * (e.g. `'RestEndpointNotFound'`) when `code` is passed.
 */
export function isVendorError(err: unknown, code?: string): err is SentinelHttpError & { vendorError: Fault } {
  if (!(err instanceof HttpError) || vendorErrors.parse(err.vendorError) === undefined) return false;
  return code === undefined || (err.vendorError as Fault).Code.Subcode?.Value === code;
}

/**
 * Sentinel does not serve this path or method: its 400 `RestEndpointNotFound` fault [vendor] — from
 * `preauthorize()` for a path/method pair that does not exist, or from any call a server does not have.
 * An `HttpError` (status 400) like any other; also recognised when the fault was not valid JSON (`bodyText`).
 */
export class EndpointNotFoundError extends HttpError<Fault> {}
Object.defineProperty(EndpointNotFoundError.prototype, 'name', { value: 'EndpointNotFoundError', writable: true, configurable: true });

// The subcode as it appears in a fault's text, parsed or not (the vendor's printed fault is not valid JSON).
const ENDPOINT_NOT_FOUND_TEXT = /"Subcode"\s*:\s*\{\s*"Value"\s*:\s*"RestEndpointNotFound"/;

/** `call` with Sentinel's faults, and its 400 `RestEndpointNotFound` as `EndpointNotFoundError`. */
export async function sentinelCall<T>(promise: Promise<FetchResult<T>>): Promise<T> {
  try {
    return await call(promise, vendorErrors);
  } catch (err) {
    if (err instanceof HttpError && err.status === 400 && (isVendorError(err, ENDPOINT_NOT_FOUND) || ENDPOINT_NOT_FOUND_TEXT.test(err.bodyText ?? ''))) {
      // Same fields (status, method, url, vendorError, bodyText, attempts…), another class.
      throw new EndpointNotFoundError(err.message, err as HttpError<Fault>);
    }
    throw err;
  }
}
