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

/**
 * Every operation's argument constraints from the spec, by operationId: `path`, `query` and `header` as
 * object schemas of the parameters, `body` the JSON request body; only what the runtime's checkSchema applies.
 */
export const CONSTRAINTS = {
  "createAuthToken": {},
  "deleteAuthToken": {
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
  },
  "preauthorize": {
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
  },
  "listUserSessions": {
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
  },
  "getUserSession": {
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
  },
  "updateUserSession": {
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
    },
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
  },
  "deleteUserSession": {
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
  }
} as const;
