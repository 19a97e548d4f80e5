// GENERATED FILE: do not edit. Source: specs/cyberark-pvwa/openapi.yaml
// Regenerate with `pnpm generate`; CI fails when this file is stale.

/** Every operation of the spec by operationId: method, path and the operation's `x-` extensions. */
export const OPERATIONS = {
  "logon": {
    "method": "POST",
    "path": "/API/auth/{type}/Logon/",
    "x-minimum-pvwa-version": "10.4"
  },
  "logoff": {
    "method": "POST",
    "path": "/API/Auth/Logoff",
    "x-minimum-pvwa-version": "10.4"
  },
  "listLiveSessions": {
    "method": "GET",
    "path": "/API/LiveSessions",
    "x-minimum-pvwa-version": "9.10"
  },
  "getLiveSession": {
    "method": "GET",
    "path": "/API/LiveSessions/{liveSessionId}",
    "x-minimum-pvwa-version": "10.6"
  },
  "getLiveSessionActivities": {
    "method": "GET",
    "path": "/API/LiveSessions/{liveSessionId}/activities",
    "x-minimum-pvwa-version": "10.6"
  },
  "getLiveSessionProperties": {
    "method": "GET",
    "path": "/API/LiveSessions/{liveSessionId}/properties",
    "x-minimum-pvwa-version": "10.6"
  },
  "monitorLiveSession": {
    "method": "GET",
    "path": "/API/LiveSessions/{liveSessionId}/monitor",
    "x-minimum-pvwa-version": "10.5"
  },
  "terminateLiveSession": {
    "method": "POST",
    "path": "/API/LiveSessions/{liveSessionId}/Terminate",
    "x-minimum-pvwa-version": "10.1"
  },
  "suspendLiveSession": {
    "method": "POST",
    "path": "/API/LiveSessions/{liveSessionId}/Suspend",
    "x-minimum-pvwa-version": "10.2"
  },
  "resumeLiveSession": {
    "method": "POST",
    "path": "/API/LiveSessions/{liveSessionId}/Resume",
    "x-minimum-pvwa-version": "10.2"
  },
  "getServer": {
    "method": "GET",
    "path": "/API/Server",
    "x-minimum-pvwa-version": "10.4"
  }
} as const;

export type OperationId = keyof typeof OPERATIONS;
