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

// The argument constraints of each operation, from the spec: `path`, `query` and `header` as object schemas
// of its parameters, `body` its JSON request body; only what the runtime's checkSchema applies.

export const logonArgs = {
  "path": {
    "properties": {
      "type": {
        "type": "string",
        "enum": [
          "Cyberark",
          "Windows",
          "LDAP",
          "RADIUS"
        ]
      }
    },
    "additionalProperties": false,
    "required": [
      "type"
    ]
  },
  "body": {
    "type": "object",
    "properties": {
      "username": {
        "type": "string",
        "minLength": 1
      },
      "password": {
        "type": "string",
        "minLength": 1
      },
      "newPassword": {
        "type": "string"
      },
      "concurrentSession": {
        "type": "boolean"
      }
    },
    "required": [
      "username",
      "password"
    ]
  }
} as const;

export const logoffArgs = {} as const;

export const listLiveSessionsArgs = {
  "query": {
    "properties": {
      "Limit": {
        "type": "integer",
        "minimum": 1
      },
      "Offset": {
        "type": "integer",
        "minimum": 0
      },
      "Sort": {
        "type": "string",
        "enum": [
          "RiskScore",
          "FileName",
          "SafeName",
          "FolderName",
          "PSMVaultUserName",
          "FromIP",
          "RemoteMachine",
          "Client",
          "Protocol",
          "AccountUserName",
          "AccountAddress",
          "AccountPlatformID",
          "PSMStartTime",
          "TicketID",
          "-RiskScore",
          "-FileName",
          "-SafeName",
          "-FolderName",
          "-PSMVaultUserName",
          "-FromIP",
          "-RemoteMachine",
          "-Client",
          "-Protocol",
          "-AccountUserName",
          "-AccountAddress",
          "-AccountPlatformID",
          "-PSMStartTime",
          "-TicketID"
        ]
      },
      "Search": {
        "type": "string",
        "minLength": 1,
        "pattern": "^[^+&%]+$"
      },
      "Safe": {
        "type": "string",
        "minLength": 1,
        "pattern": "^[^+&%]+$"
      },
      "FromTime": {
        "type": "integer",
        "minimum": 0
      },
      "ToTime": {
        "type": "integer",
        "minimum": 0
      },
      "Activities": {
        "type": "string",
        "minLength": 1,
        "pattern": "^[^+&%]+$"
      }
    },
    "additionalProperties": false
  }
} as const;

export const getLiveSessionArgs = {
  "path": {
    "properties": {
      "liveSessionId": {
        "type": "string",
        "minLength": 1,
        "pattern": "^[^ +&%]+$"
      }
    },
    "additionalProperties": false,
    "required": [
      "liveSessionId"
    ]
  }
} as const;

export const getLiveSessionActivitiesArgs = getLiveSessionArgs;

export const getLiveSessionPropertiesArgs = getLiveSessionArgs;

export const monitorLiveSessionArgs = getLiveSessionArgs;

export const terminateLiveSessionArgs = getLiveSessionArgs;

export const suspendLiveSessionArgs = getLiveSessionArgs;

export const resumeLiveSessionArgs = getLiveSessionArgs;

export const getServerArgs = {} as const;

/** Every operation's constraints by operationId (a bundle that imports this keeps all of them). */
export const CONSTRAINTS = {
  "logon": logonArgs,
  "logoff": logoffArgs,
  "listLiveSessions": listLiveSessionsArgs,
  "getLiveSession": getLiveSessionArgs,
  "getLiveSessionActivities": getLiveSessionActivitiesArgs,
  "getLiveSessionProperties": getLiveSessionPropertiesArgs,
  "monitorLiveSession": monitorLiveSessionArgs,
  "terminateLiveSession": terminateLiveSessionArgs,
  "suspendLiveSession": suspendLiveSessionArgs,
  "resumeLiveSession": resumeLiveSessionArgs,
  "getServer": getServerArgs,
} as const;
