/**
 * @session-apis/cyberark-pvwa — a typed client for the CyberArk PVWA live PSM session API.
 * Types are generated from specs/cyberark-pvwa/openapi.yaml; see README.md.
 */
export type { components, operations, paths } from './generated/schema.js';
import type { components } from './generated/schema.js';

export type LogonRequest = components['schemas']['LogonRequest'];
export type SessionToken = components['schemas']['SessionToken'];
export type ConnectionMethod = components['schemas']['ConnectionMethod'];
export type PsmGatewayConnection = components['schemas']['PsmGatewayConnection'];
export type RdpFileText = components['schemas']['RdpFileText'];
export type RdpSettings = components['schemas']['RdpSettings'];
export type LogonSecondStep = components['schemas']['LogonSecondStep'];
export type MonitorJsonResponse = components['schemas']['MonitorJsonResponse'];

export {
  LOGON_TYPES,
  type LiveSession,
  type LiveSessionActivities,
  type LiveSessionList,
  type LiveSessionProperties,
  type LiveSessionQuery,
  type LiveSessionsOptions,
  type LogonOptions,
  type LogonType,
  type MonitorOptions,
  type PvwaClient,
  type PvwaClientOptions,
  type PvwaCredentials,
  type PvwaMethods,
  type ServerInfo,
  compareVersions,
  createPvwaClient,
} from './client.js';
export {
  LiveSessionNotFoundError,
  LogonChallengeError,
  PasswordExpiredError,
  type PvwaAuthenticationError,
  type PvwaError,
  type PvwaHttpError,
  SecondStepRequiredError,
  UnsupportedVersionError,
  isVendorError,
  vendorErrors,
} from './errors.js';
export { OPERATIONS, type OperationId } from './generated/operations.js';
export {
  MONITOR_ACCEPT_TYPES,
  type MonitorAccept,
  type MonitorResult,
  type PsmGatewayMonitor,
  type RdpFileMonitor,
  decodeRdpFile,
  rdpFileFromSettings,
  readMonitorResponse,
} from './monitor.js';
export {
  type GatewayConnection,
  type GatewayFormOptions,
  type OpenGatewayOptions,
  openGatewaySession,
  renderGatewayForm,
} from './gateway.js';
export {
  RULE_NO_RESERVED,
  RULE_NO_SPACE,
  RULE_TRAILING_SLASH,
  checkUrlValue,
  pvwaPathSerializer,
  pvwaQuerySerializer,
  pvwaUrlRules,
  withTrailingSlash,
} from './url-rules.js';

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
