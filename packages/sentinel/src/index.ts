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

export {
  type AuthToken,
  SESSION_TYPE_VALUES,
  type SentinelClient,
  type SentinelClientOptions,
  type SentinelCredentials,
  type SentinelMethods,
  type SessionType,
  type UserSession,
  type UserSessionIterateQuery,
  type UserSessionListQuery,
  type UserSessionPage,
  type UserSessionUpdate,
  createSentinelClient,
} from './client.js';
export { type Fault, type FaultCodeValue, type SentinelAuthenticationError, type SentinelHttpError, isSentinelFault, sentinelFaults } from './errors.js';
export { basicAuthorization, xSaml } from './auth.js';
export { sessionKeyOf } from './session-key.js';
export { isDateTime } from './validate.js';

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
  type RetryPolicy,
  SessionApiError,
  TimeoutError,
} from '@session-apis/client-runtime';
