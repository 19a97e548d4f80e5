// GENERATED FILE: do not edit. Source: specs/sentinel/openapi.yaml
// Regenerate with `pnpm generate`; CI fails when this file is stale.

/** Every operation of the spec by operationId: method, path and the operation's `x-` extensions. */
export const OPERATIONS = {
  "createAuthToken": {
    "method": "POST",
    "path": "/SentinelAuthServices/auth/tokens"
  },
  "deleteAuthToken": {
    "method": "DELETE",
    "path": "/SentinelAuthServices/auth/tokens/{token}"
  },
  "preauthorize": {
    "method": "GET",
    "path": "/SentinelRESTServices/preauthorize"
  },
  "listUserSessions": {
    "method": "GET",
    "path": "/SentinelRESTServices/objects/user-session"
  },
  "getUserSession": {
    "method": "GET",
    "path": "/SentinelRESTServices/objects/user-session/{SessionKey}"
  },
  "updateUserSession": {
    "method": "PUT",
    "path": "/SentinelRESTServices/objects/user-session/{SessionKey}"
  },
  "deleteUserSession": {
    "method": "DELETE",
    "path": "/SentinelRESTServices/objects/user-session/{SessionKey}"
  }
} as const;

export type OperationId = keyof typeof OPERATIONS;
