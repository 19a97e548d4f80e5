/** The PVWA's error body as typed errors: `{"ErrorCode": "PASWS006E", "ErrorMessage": "..."}`. */
import { type AuthenticationError, type VendorErrorAdapter, HttpError, isRecord } from '@session-apis/client-runtime';
import type { components } from './generated/schema.js';

export type PvwaError = components['schemas']['PvwaError'];

/** An HTTP error from the PVWA; `vendorError` is its `{ErrorCode, ErrorMessage}` body when it sent one. */
export type PvwaHttpError = HttpError<PvwaError>;
/** A 401 from the PVWA (after the one re-logon, when the client has credentials). */
export type PvwaAuthenticationError = AuthenticationError<PvwaError>;

/** Vendor error adapter for the runtime: recognises the PVWA error body and describes it for messages. */
export const pvwaErrors: VendorErrorAdapter<PvwaError> = {
  parse(body) {
    if (!isRecord(body) || typeof body.ErrorCode !== 'string' || body.ErrorCode === '') return undefined;
    // Keep any extra fields some PVWA versions add (e.g. `Details`); ErrorMessage is always a string.
    return { ...body, ErrorCode: body.ErrorCode, ErrorMessage: typeof body.ErrorMessage === 'string' ? body.ErrorMessage : '' };
  },
  describe: (e) => (e.ErrorMessage ? `${e.ErrorCode} ${e.ErrorMessage}` : e.ErrorCode),
};

/** True when `err` is an HTTP error whose PVWA body carries `code` (e.g. `'PASWS006E'`). */
export function hasPvwaErrorCode(err: unknown, code: string): err is PvwaHttpError {
  return err instanceof HttpError && isRecord(err.vendorError) && err.vendorError.ErrorCode === code;
}
