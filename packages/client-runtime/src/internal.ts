/**
 * `@session-apis/client-runtime/internal`: what the session-apis clients share beyond the public surface —
 * argument checks that throw InvalidInputError naming the field, and the runtime's limits.
 *
 * NOT covered by semver: anything here may change or go in any release, minor and patch included (as
 * openai-node's `internal/`). Applications should not import it; a client for another API may, pinning the
 * runtime's exact version.
 */
export {
  checkBaseUrl,
  checkCallOptions,
  checkClientOptions,
  checkHttpUrl,
  checkInteger,
  checkMaxBodyBytes,
  checkPathSegment,
  checkRetry,
  checkSchema,
  checkString,
  checkTimeout,
  invalid,
  isHeaderSafe,
  isRecord,
  type SpecSchema,
} from './validate.js';
export { DEFAULT_MAX_BODY_BYTES, DEFAULT_TIMEOUT_MS, ERROR_BODY_LIMIT } from './transport.js';
export { MAX_REDIRECTS } from './decide.js';
export { BODY_TEXT_LIMIT, VENDOR_ERROR_MAX_DEPTH } from './result.js';
export { DEFAULT_MAX_PAGES } from './paging.js';
