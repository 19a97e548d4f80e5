/**
 * Sentinel's fault body as typed errors: a SOAP-1.2-style fault rendered as JSON,
 * `{"Code":{"Value":"Sender","Subcode":{"Value":"RestEndpointNotFound"}},"Reason":{"Text":"..."}}`.
 */
import { type AuthenticationError, type VendorErrorAdapter, HttpError, isRecord } from '@session-apis/client-runtime';
import type { components } from './generated/schema.js';

export type Fault = components['schemas']['Fault'];
export type FaultCodeValue = components['schemas']['FaultCodeValue'];

/** An HTTP error from Sentinel; `vendorError` is its fault body when it sent one. */
export type SentinelHttpError = HttpError<Fault>;
/** A 401 from Sentinel (after the one token re-acquisition, when the client has credentials). */
export type SentinelAuthenticationError = AuthenticationError<Fault>;

/**
 * Vendor error adapter for the runtime. Recognises a body with `Code.Value` and `Reason.Text` (strings);
 * the message reads `Sender/RestEndpointNotFound: No resource found at …`.
 */
export const sentinelFaults: VendorErrorAdapter<Fault> = {
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
 * (e.g. `'RestEndpointNotFound'`) when one is passed.
 */
export function isSentinelFault(err: unknown, subcode?: string): err is SentinelHttpError & { vendorError: Fault } {
  if (!(err instanceof HttpError) || sentinelFaults.parse(err.vendorError) === undefined) return false;
  return subcode === undefined || (err.vendorError as Fault).Code.Subcode?.Value === subcode;
}
