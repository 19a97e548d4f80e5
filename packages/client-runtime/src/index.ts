export {
  AuthenticationError,
  ConnectionError,
  HttpError,
  type HttpErrorDetails,
  InvalidInputError,
  InvalidResponseError,
  PagingError,
  RedirectError,
  type RedirectStopReason,
  type PagingStopReason,
  SessionApiError,
  TimeoutError,
  type VendorErrorAdapter,
} from './errors.js';
export { type RetryPolicy, defaultRetryPolicy, isIdempotentMethod, parseRetryAfter, backoffDelay } from './retry.js';
export { type AuthProvider, type SessionAuth, staticToken, sessionAuth } from './auth.js';
export { type CallOptions, type Clock, type FetchLike, type Logger, type Transport, type TransportOptions, createTransport } from './transport.js';
export { type FetchResult, call, toHttpError, unwrap } from './result.js';
export { REDACTED, Secret, redact, safeUrl, scrubUrls } from './redact.js';
// A type guard for parsing vendor bodies (VendorErrorAdapter.parse). The argument checks and the limits are in
// `@session-apis/client-runtime/internal` (outside semver).
export { isRecord } from './validate.js';
export { type ClientOptionsBase, type TokenOrCredentials, transportOptionsFrom } from './client-options.js';
export { type PageInfo, type PagingLimits, pagingGuard } from './paging.js';
export { scrubFor } from './info.js';
