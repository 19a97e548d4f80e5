/**
 * @session-apis/sentinel — a typed client for the NetIQ / Micro Focus Sentinel REST user-session API.
 * Types are generated from specs/sentinel/openapi.yaml; see README.md.
 */
export type { components, operations, paths } from './generated/schema.js';
import type { components } from './generated/schema.js';

export type Meta = components['schemas']['Meta'];
export type MetaUpdate = components['schemas']['MetaUpdate'];
export type Preauthorization = components['schemas']['Preauthorization'];
export type AuthorizedFlag = components['schemas']['AuthorizedFlag'];
export type ReportedSessionType = components['schemas']['ReportedSessionType'];

export {
  type AuthToken,
  type PreauthorizeOptions,
  SESSION_TYPES,
  type SentinelClient,
  type SentinelClientOptions,
  type SentinelCredentials,
  type SentinelMethods,
  type SessionType,
  type UserSession,
  type UserSessionIterateOptions,
  type UserSessionIterateQuery,
  type UserSessionListQuery,
  type UserSessionPage,
  type UserSessionUpdate,
  createSentinelClient,
} from './client.js';
export {
  ENDPOINT_NOT_FOUND,
  EndpointNotFoundError,
  type Fault,
  type FaultCodeValue,
  type SentinelAuthenticationError,
  type SentinelHttpError,
  isVendorError,
  vendorErrors,
} from './errors.js';
export { sessionKeyOf } from './session-key.js';

// The runtime's error classes and option types, so callers need only this package.
export {
  AuthenticationError,
  type CallOptions,
  ConnectionError,
  type FetchLike,
  HttpError,
  InvalidInputError,
  InvalidResponseError,
  type Logger,
  PagingError,
  type RetryPolicy,
  SessionApiError,
  TimeoutError,
} from '@session-apis/client-runtime';
