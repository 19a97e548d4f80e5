/**
 * The PVWA's error body as typed errors (`{"ErrorCode": "PASWS006E", "ErrorMessage": "...", "Details"?: ...}`),
 * and the logon outcomes that are not a token: each its own class, so callers branch with `instanceof`.
 */
import {
  AuthenticationError,
  HttpError,
  type HttpErrorDetails,
  SessionApiError,
  type VendorErrorAdapter,
  isRecord,
} from '@session-apis/client-runtime';
import type { components } from './generated/schema.js';

export type PvwaError = components['schemas']['PvwaError'];

/** An HTTP error from the PVWA; `vendorError` is its `{ErrorCode, ErrorMessage}` body when it sent one. */
export type PvwaHttpError = HttpError<PvwaError>;
/** A 401 from the PVWA (after the one re-logon), or a refused logon (403 `ITATS004E`). */
export type PvwaAuthenticationError = AuthenticationError<PvwaError>;

/**
 * Vendor error adapter for the runtime: recognises the PVWA error body and describes it for messages.
 * A body may arrive as text — an HTML page, or the JSON error labelled `text/html` [recorded] — so a string
 * that is a JSON object is read as one; anything else stays the error's raw `bodyText`.
 */
export const vendorErrors: VendorErrorAdapter<PvwaError> = {
  parse(body) {
    if (typeof body === 'string' && body.trimStart().startsWith('{')) {
      try {
        body = JSON.parse(body) as unknown;
      } catch {
        return undefined;
      }
    }
    if (!isRecord(body) || typeof body.ErrorCode !== 'string' || body.ErrorCode === '') return undefined;
    // Keep every field (e.g. `Details`); ErrorMessage is always a string.
    return { ...body, ErrorCode: body.ErrorCode, ErrorMessage: typeof body.ErrorMessage === 'string' ? body.ErrorMessage : '' };
  },
  describe: (e) => (e.ErrorMessage ? `${e.ErrorCode} ${e.ErrorMessage}` : e.ErrorCode),
};

/** True when `err` is an HTTP error carrying a PVWA error body — with `code` (e.g. `'PASWS006E'`) when given. */
export function isVendorError(err: unknown, code?: string): err is PvwaHttpError & { vendorError: PvwaError } {
  if (!(err instanceof HttpError) || !isRecord(err.vendorError)) return false;
  return typeof err.vendorError.ErrorCode === 'string' && (code === undefined || err.vendorError.ErrorCode === code);
}

/** The fields of an HttpError, to re-issue it as a more precise class. */
function detailsOf(err: HttpError<PvwaError>): HttpErrorDetails<PvwaError> {
  const { status, method, url, vendorError, bodyText, retryAfterMs, attempts } = err;
  return { status, method, url, vendorError, bodyText, retryAfterMs, attempts };
}

/** Logon 409: the password has expired. Log on again with `credentials.newPassword` (Cyberark and LDAP logons). */
export class PasswordExpiredError extends HttpError<PvwaError> {
  static from(err: HttpError<PvwaError>): PasswordExpiredError {
    return new PasswordExpiredError(`${err.message} — the password has expired: log on with credentials.newPassword`, detailsOf(err));
  }
}

/**
 * Logon 500 `ITATS542I`: the RADIUS server asks a question (e.g. a one-time passcode); `prompt` is its text.
 * Answer it with `credentials.onChallenge`, or with `logon({ challengeAnswer })` on the same client (the answer
 * is POSTed to the same logon URL, in the same cookie session).
 */
export class LogonChallengeError extends HttpError<PvwaError> {
  declare readonly prompt: string;
  static from(err: HttpError<PvwaError>): LogonChallengeError {
    const e = new LogonChallengeError(`${err.message} — answer with logon({ challengeAnswer }) or credentials.onChallenge`, detailsOf(err));
    Object.assign(e, { prompt: err.vendorError?.ErrorMessage ?? '' });
    return e;
  }
}

/**
 * Logon 200 with `{ AdditionalInfo, UserName }` instead of a token: the logon needs a second step (Windows /
 * PKI logon), which body credentials cannot complete. [clients: psPAS issues #245, #133]
 */
export class SecondStepRequiredError extends SessionApiError {
  declare readonly status: number;
  declare readonly userName: string | undefined;
  constructor(message: string, details: { status: number; userName: string | undefined }) {
    super(message);
    Object.assign(this, details);
  }
}

/** `getLiveSession` found no session with that id (the PVWA answered an empty list). Status 404, like a not-found answer. */
export class LiveSessionNotFoundError extends HttpError<PvwaError> {}

/** The server is too old for a call (`versionCheck`): thrown before anything is sent. */
export class UnsupportedVersionError extends SessionApiError {
  declare readonly operation: string;
  /** The oldest PVWA version that has the call (the spec's `x-minimum-pvwa-version`). */
  declare readonly minimumVersion: string;
  declare readonly serverVersion: string;
  constructor(details: { operation: string; minimumVersion: string; serverVersion: string }) {
    super(`${details.operation} needs PVWA ${details.minimumVersion}; this server is ${details.serverVersion}`);
    Object.assign(this, details);
  }
}

/** The logon refusal (403) as an AuthenticationError: a wrong user name or password. */
export function logonRefused(err: HttpError<PvwaError>): AuthenticationError<PvwaError> {
  return new AuthenticationError<PvwaError>(err.message, detailsOf(err));
}

// Names on the prototype (not class fields) so they survive minifiers, as the runtime's classes do.
for (const [cls, name] of [
  [PasswordExpiredError, 'PasswordExpiredError'],
  [LogonChallengeError, 'LogonChallengeError'],
  [SecondStepRequiredError, 'SecondStepRequiredError'],
  [LiveSessionNotFoundError, 'LiveSessionNotFoundError'],
  [UnsupportedVersionError, 'UnsupportedVersionError'],
] as const) {
  Object.defineProperty(cls.prototype, 'name', { value: name, writable: true, configurable: true });
}
