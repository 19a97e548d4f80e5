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

// The argument constraints of each operation, from the spec: `path`, `query` and `header` as object schemas
// of its parameters, `body` its JSON request body; only what the runtime's checkSchema applies.

export const createAuthTokenArgs = {} as const;

export const deleteAuthTokenArgs = {
  "path": {
    "properties": {
      "token": {
        "type": "string",
        "minLength": 1
      }
    },
    "additionalProperties": false,
    "required": [
      "token"
    ]
  }
} as const;

export const preauthorizeArgs = {
  "query": {
    "properties": {
      "path": {
        "type": "string",
        "minLength": 1
      },
      "httpMethod": {
        "type": "string",
        "minLength": 1
      },
      "contentType": {
        "type": "string",
        "minLength": 1
      },
      "acceptType": {
        "type": "string",
        "minLength": 1
      }
    },
    "additionalProperties": false,
    "required": [
      "path",
      "httpMethod"
    ]
  }
} as const;

export const listUserSessionsArgs = {
  "query": {
    "properties": {
      "query": {
        "type": "string",
        "minLength": 1
      },
      "field": {
        "type": "array",
        "minItems": 1,
        "items": {
          "type": "string",
          "minLength": 1
        }
      },
      "page": {
        "type": "integer",
        "minimum": 1
      },
      "pagesize": {
        "type": "integer",
        "minimum": 1
      }
    },
    "additionalProperties": false
  }
} as const;

export const getUserSessionArgs = {
  "path": {
    "properties": {
      "SessionKey": {
        "type": "string",
        "minLength": 1
      }
    },
    "additionalProperties": false,
    "required": [
      "SessionKey"
    ]
  }
} as const;

export const updateUserSessionArgs = {
  "path": getUserSessionArgs.path,
  "body": {
    "type": "object",
    "properties": {
      "address": {
        "type": "string",
        "pattern": "^[^\\x00-\\x1F\\x7F]*$"
      },
      "meta": {
        "type": "object",
        "properties": {
          "type": {
            "type": "string"
          },
          "@href": {
            "type": "string"
          }
        }
      },
      "name": {
        "type": "string",
        "pattern": "^[^\\x00-\\x1F\\x7F]*$"
      },
      "os-name": {
        "type": "string",
        "pattern": "^[^\\x00-\\x1F\\x7F]*$"
      },
      "session-type": {
        "type": "string",
        "enum": [
          "HTTP",
          "LEGACY"
        ]
      },
      "start": {
        "type": "string",
        "format": "date-time"
      },
      "user": {
        "type": "string",
        "pattern": "^[^\\x00-\\x1F\\x7F]*$"
      }
    }
  }
} as const;

export const deleteUserSessionArgs = getUserSessionArgs;

/** Every operation's constraints by operationId (a bundle that imports this keeps all of them). */
export const CONSTRAINTS = {
  "createAuthToken": createAuthTokenArgs,
  "deleteAuthToken": deleteAuthTokenArgs,
  "preauthorize": preauthorizeArgs,
  "listUserSessions": listUserSessionsArgs,
  "getUserSession": getUserSessionArgs,
  "updateUserSession": updateUserSessionArgs,
  "deleteUserSession": deleteUserSessionArgs,
} as const;
