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
export {
  type CallOptions,
  type Clock,
  type FetchLike,
  type Logger,
  type Transport,
  type TransportOptions,
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_TIMEOUT_MS,
  MAX_REDIRECTS,
  ERROR_BODY_LIMIT,
  createTransport,
} from './transport.js';
export { BODY_TEXT_LIMIT, type FetchResult, VENDOR_ERROR_MAX_DEPTH, call, toHttpError, unwrap } from './result.js';
export { REDACTED, Secret, redact, safeUrl, scrubUrls } from './redact.js';
export {
  checkBaseUrl,
  checkCallOptions,
  checkClientOptions,
  checkHttpUrl,
  checkInteger,
  checkMaxBodyBytes,
  checkPathSegment,
  checkRetry,
  checkString,
  checkTimeout,
  invalid,
  isHeaderSafe,
  isRecord,
} from './validate.js';
export { type ClientOptionsBase, type TokenOrCredentials, transportOptionsFrom } from './client-options.js';
export { DEFAULT_MAX_PAGES, type PageInfo, type PagingLimits, pagingGuard } from './paging.js';
export { scrubFor } from './info.js';
