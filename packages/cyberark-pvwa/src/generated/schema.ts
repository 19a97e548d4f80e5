// GENERATED FILE: do not edit. Source: specs/cyberark-pvwa/openapi.yaml
// Regenerate with `pnpm generate` (openapi-typescript); CI fails when this file is stale.

export interface paths {
    "/API/auth/{type}/Logon/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The authentication method: `Cyberark` (the Vault's own users), `Windows`, `LDAP` or `RADIUS`. [vendor] */
                type: components["parameters"]["LogonTypePath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log on and get a session token
         * @description Authenticates a user with the chosen method (`Cyberark`, `Windows`, `LDAP` or `RADIUS`) and returns a
         *     session token as a bare JSON string. [vendor] Send that token, unchanged, in the `Authorization` header
         *     of every later call (see `PvwaToken`), and end the session with `POST /API/Auth/Logoff`.
         *
         *     The path ends with `/` as the vendor writes it; IIS matches `auth`/`Auth` case-insensitively. [vendor]
         *
         *     `concurrentSession: true` allows concurrent sessions of the same user (default `false`) — useful when
         *     several jobs log on with one account. [vendor] `newPassword` is accepted for the `Cyberark` and `LDAP`
         *     methods only. [vendor]
         */
        post: operations["logon"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/API/Auth/Logoff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log off and end the session
         * @description Ends the PVWA session identified by the token in `Authorization`; the token is invalid afterwards.
         *     [clients] No request body. The response body is empty [inferred: no body is documented].
         */
        post: operations["logoff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/API/LiveSessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List live PSM sessions
         * @description Returns the live PSM sessions the user may see, one page at a time (`Limit`, `Offset`), optionally
         *     filtered (`Search`, `Safe`, `FromTime`, `ToTime`, `Activities`) and sorted (`Sort`, for example
         *     `-RiskScore`). [clients] Each item's `SessionID` or `SessionGuid` can be passed as `{liveSessionId}` to
         *     the other live-session calls.
         *
         *     PVWA URL rules apply to every query value: no spaces, `+`, `&` or `%`. [vendor]
         */
        get: operations["listLiveSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/API/LiveSessions/{liveSessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The live PSM session to act on: either the session id (for example `31_24`) or the session GUID — the
                 *     `SessionID` or `SessionGuid` field of a `LiveSession`. [vendor][clients] (The vendor page spells the
                 *     parameter `liveSessionID`; the name does not appear on the wire.)
                 *
                 *     PVWA URL rules [vendor]: no spaces, and no `+`, `&` or `%` (the `pattern` rejects them). If the value
                 *     contains a dot (`.`), the URL must end with `/`; the client appends it.
                 */
                liveSessionId: components["parameters"]["LiveSessionId"];
            };
            cookie?: never;
        };
        /**
         * Get one live PSM session
         * @description Returns one live PSM session by its session id or GUID. [clients] `CanMonitor`, `CanSuspend` and
         *     `CanTerminate` tell what the calling user may do with it.
         */
        get: operations["getLiveSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/API/LiveSessions/{liveSessionId}/monitor": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The live PSM session to act on: either the session id (for example `31_24`) or the session GUID — the
                 *     `SessionID` or `SessionGuid` field of a `LiveSession`. [vendor][clients] (The vendor page spells the
                 *     parameter `liveSessionID`; the name does not appear on the wire.)
                 *
                 *     PVWA URL rules [vendor]: no spaces, and no `+`, `&` or `%` (the `pattern` rejects them). If the value
                 *     contains a dot (`.`), the URL must end with `/`; the client appends it.
                 */
                liveSessionId: components["parameters"]["LiveSessionId"];
            };
            cookie?: never;
        };
        /**
         * Monitor an active PSM session
         * @description Monitors an active PSM session using the connection method defined in the PVWA (RDP file or PSM
         *     Gateway). The `ConnectionMethod` response header says which method — and so which body form — was
         *     returned. [vendor] Requires PVWA 10.5 or later [clients]; older versions answer `501`.
         *
         *     ### Path
         *     The vendor page writes the path as `/API/LiveSessions/{liveSessionId}/Monitor/` (capital `M`, trailing
         *     slash); common clients use lower-case `monitor` without the slash. IIS matches paths case-insensitively,
         *     so both reach the same endpoint. [vendor][clients]
         *
         *     ### URL rules [vendor]
         *     - No spaces anywhere in the URL.
         *     - `+`, `&` and `%` are not supported in URL values (the `liveSessionId` pattern rejects them).
         *     - A URL that contains a dot (`.`) must end with `/`. OpenAPI cannot express this conditional trailing
         *       slash, so the client appends it (`…/monitor/`) when the URL contains a dot.
         *
         *     ### Choosing the response form: the `Accept` header
         *     OpenAPI 3.1 ignores header parameters named `Accept`, so `Accept` is not listed as a parameter; its
         *     effect is expressed through the response media types below. [vendor: table flattened; mapping inferred]
         *
         *     | PVWA configured for | `Accept` sent | Response `Content-Type` and body | `ConnectionMethod` |
         *     |---|---|---|---|
         *     | RDP file | `application/json` | `application/json` — the RDP file's text as a JSON string (`RdpFileText`) | `RDPFile` |
         *     | RDP file | `application/octet-stream` (the default), `*\/*` | `application/octet-stream` — the RDP file's bytes (UTF-16 with BOM seen in practice) | `RDPFile` |
         *     | PSM Gateway | `*\/*` | `application/json` — `{ "PSMGWURL": …, "PSMGWRequest": … }` (`PsmGatewayConnection`) | `PSMGW` |
         *
         *     A client that can handle every form should send `Accept: *\/*` and branch on `ConnectionMethod` and
         *     `Content-Type`.
         *
         *     ### PSM Gateway follow-up [vendor]
         *     After a `PSMGW` answer, start monitoring by sending a POST request to the URL in `PSMGWURL`; the body
         *     must contain the `PSMGWRequest` field. Clients send it as an `application/x-www-form-urlencoded` form
         *     with that single field (what a browser's auto-submitting HTML form does) [clients]:
         *
         *     ```http
         *     POST /guac/ HTTP/1.1
         *     Host: psmgw.example.com
         *     Content-Type: application/x-www-form-urlencoded
         *
         *     PSMGWRequest=HDr0P%2BBf4LNlXYHz...%3D
         *     ```
         *
         *     The gateway is another server, outside this API; the request usually happens in the user's browser.
         */
        get: operations["monitorLiveSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/API/LiveSessions/{liveSessionId}/Terminate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The live PSM session to act on: either the session id (for example `31_24`) or the session GUID — the
                 *     `SessionID` or `SessionGuid` field of a `LiveSession`. [vendor][clients] (The vendor page spells the
                 *     parameter `liveSessionID`; the name does not appear on the wire.)
                 *
                 *     PVWA URL rules [vendor]: no spaces, and no `+`, `&` or `%` (the `pattern` rejects them). If the value
                 *     contains a dot (`.`), the URL must end with `/`; the client appends it.
                 */
                liveSessionId: components["parameters"]["LiveSessionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Terminate a live PSM session
         * @description Ends the live PSM session: the user is disconnected from the target. Requires `CanTerminate`. [clients] No request body.
         *
         *     The success status is not documented: this document says `200` with no body; clients should accept
         *     any 2xx (`204` included) and ignore a body [inferred].
         */
        post: operations["terminateLiveSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/API/LiveSessions/{liveSessionId}/Suspend": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The live PSM session to act on: either the session id (for example `31_24`) or the session GUID — the
                 *     `SessionID` or `SessionGuid` field of a `LiveSession`. [vendor][clients] (The vendor page spells the
                 *     parameter `liveSessionID`; the name does not appear on the wire.)
                 *
                 *     PVWA URL rules [vendor]: no spaces, and no `+`, `&` or `%` (the `pattern` rejects them). If the value
                 *     contains a dot (`.`), the URL must end with `/`; the client appends it.
                 */
                liveSessionId: components["parameters"]["LiveSessionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Suspend a live PSM session
         * @description Suspends the live PSM session until it is resumed. Requires `CanSuspend`. [clients] No request body.
         *
         *     The success status is not documented: this document says `200` with no body; clients should accept
         *     any 2xx (`204` included) and ignore a body [inferred].
         */
        post: operations["suspendLiveSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/API/LiveSessions/{liveSessionId}/Resume": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The live PSM session to act on: either the session id (for example `31_24`) or the session GUID — the
                 *     `SessionID` or `SessionGuid` field of a `LiveSession`. [vendor][clients] (The vendor page spells the
                 *     parameter `liveSessionID`; the name does not appear on the wire.)
                 *
                 *     PVWA URL rules [vendor]: no spaces, and no `+`, `&` or `%` (the `pattern` rejects them). If the value
                 *     contains a dot (`.`), the URL must end with `/`; the client appends it.
                 */
                liveSessionId: components["parameters"]["LiveSessionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume a live PSM session
         * @description Resumes a live PSM session that was suspended. [clients] No request body.
         *
         *     The success status is not documented: this document says `200` with no body; clients should accept
         *     any 2xx (`204` included) and ignore a body [inferred].
         */
        post: operations["resumeLiveSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * PvwaError
         * @description The error body the PVWA returns with every non-2xx status. [clients]
         *
         *     No `pattern` is enforced on `ErrorCode`: the codes seen in practice look like `PASWS006E` (a prefix, a
         *     number and a severity letter `E`/`W`/`I`), but the exact grammar is not published and other prefixes
         *     exist [inferred].
         */
        PvwaError: {
            /**
             * @description Machine-readable PVWA error code, for example `PASWS006E`.
             * @example PASWS006E
             */
            ErrorCode: string;
            /**
             * @description Human-readable message in the PVWA's configured language.
             * @example The session token is missing, invalid or expired.
             */
            ErrorMessage: string;
        };
        /**
         * LogonType
         * @description Authentication method, as the `{type}` segment of the Logon URL. Spelled as the vendor spells it
         *     (`Cyberark`, not `CyberArk`). [vendor]
         * @enum {string}
         */
        LogonType: "Cyberark" | "Windows" | "LDAP" | "RADIUS";
        /**
         * LogonRequest
         * @description Credentials for `POST /API/auth/{type}/Logon/`. [vendor]
         */
        LogonRequest: {
            /**
             * @description The user name to log on with.
             * @example svc_psm_monitor
             */
            username: string;
            /**
             * Format: password
             * @description The user's password (or, for RADIUS, the RADIUS passcode). Never logged by the client.
             * @example Example-Passw0rd!
             */
            password: string;
            /**
             * Format: password
             * @description A new password to set while logging on (for example when the current one has expired). Only for the
             *     `Cyberark` and `LDAP` logon types. [vendor]
             * @example Example-N3w-Passw0rd!
             */
            newPassword?: string;
            /**
             * @description `true` to allow concurrent PVWA sessions of the same user. Default `false` when omitted. [vendor]
             *     What the PVWA does to an existing session when it is `false` is not documented [inferred].
             *     (The default is stated here rather than as a `default` keyword: openapi-typescript would otherwise
             *     type the field as required.)
             * @example true
             */
            concurrentSession?: boolean;
        };
        /**
         * SessionToken
         * @description The session token returned by Logon, as a bare JSON string (the body is `"<token>"`, not an object).
         *     [vendor] Send it unchanged in the `Authorization` header of later calls. The vendor describes it as
         *     "encoded in BASE 64"; it is already in that form — do not encode it again. Treat it as a secret.
         * @example Yjg0OGI4NTgtOWNmNC00NWE2LTg5OTMtNWFmMDE5NmFjYTM5OzQzNERGMTczMUNBQjE3NzYxOEY1NkFEQTBEMjcwN0YyO0JFMTgwRERDNDAwQjVFQzc0NDFENzFDNkY0QUFCRjY5QTI4NjlFMkNBRDJENUM2RUY2MjE2MkQxM0ZDQUZDNTk7
         */
        SessionToken: string;
        /**
         * ConnectionMethod
         * @description The connection method the PVWA is configured with, as returned in the `ConnectionMethod` response header
         *     of Monitor: `PSMGW` (PSM HTML5 Gateway) or `RDPFile` (an RDP file). The vendor page gives its type as
         *     "Boolean"; that is an error in the page — the header carries one of these two strings. [vendor]
         * @enum {string}
         */
        ConnectionMethod: "PSMGW" | "RDPFile";
        /**
         * PsmGatewayConnection
         * @description Monitor's answer when the PVWA uses the PSM HTML5 Gateway (`ConnectionMethod: PSMGW`). [vendor]
         *
         *     To start monitoring, POST `PSMGWRequest` to `PSMGWURL`: the body must contain the `PSMGWRequest` field
         *     [vendor]; clients send it as an `application/x-www-form-urlencoded` form with that single field, the way a
         *     browser's auto-submitting HTML form does [clients]. Percent-encode the value in the form body (base64
         *     contains `+`, `/` and `=`); the PVWA URL rules do not apply to the gateway.
         */
        PsmGatewayConnection: {
            /**
             * Format: uri
             * @description The full URL of the HTML5 gateway web server. [vendor]
             * @example https://psmgw.example.com/guac/
             */
            PSMGWURL: string;
            /**
             * @description Base64-encoded data to pass to the gateway web server in an HTTP POST; essential for the HTML5
             *     connection. Opaque: pass it on unchanged. [vendor]
             * @example HDr0P+Bf4LNlXYHzfixj4c0rkfIM210h/AULIXI/H/IQUAL0ciGsa0ail5hixx23xBKkh5+Dh4xAZvqKt08V9d6OKLNfRNJ0MXMqTaKspoPlPBzqy0azbQoY4IRrQBRZ
             */
            PSMGWRequest: string;
        };
        /**
         * RdpFileText
         * @description The RDP file's text, as a JSON string — Monitor's answer to `Accept: application/json` when the PVWA is
         *     configured for RDP files (`ConnectionMethod: RDPFile`). [vendor] Lines are `name:type:value` RDP settings
         *     such as `full address:s:10.0.0.5`, `server port:i:3389`, `username:s:localhost\PSM@<guid>` and
         *     `alternate shell:s:PSM@<guid>`. [clients]
         * @example full address:s:10.0.0.5
         *     server port:i:3389
         *     username:s:localhost\PSM@5437b04c-6914-4fa1-9679-4363d3fb7ce2
         *     alternate shell:s:PSM@5437b04c-6914-4fa1-9679-4363d3fb7ce2
         */
        RdpFileText: string;
        /**
         * MonitorJsonResponse
         * @description Monitor's `application/json` body: a `PsmGatewayConnection` object when the PVWA uses the PSM Gateway,
         *     or the RDP file's text as a JSON string (`RdpFileText`) when it uses RDP files and the request said
         *     `Accept: application/json`. The `ConnectionMethod` response header tells which. [vendor]
         */
        MonitorJsonResponse: components["schemas"]["PsmGatewayConnection"] | components["schemas"]["RdpFileText"];
        /**
         * RdpFileBytes
         * Format: binary
         * @description The RDP file itself, as bytes — Monitor's answer to `Accept: application/octet-stream` (the default) or
         *     `*\/*` when the PVWA is configured for RDP files. [vendor] In practice the bytes are UTF-16 text with a
         *     byte-order mark [clients]; save them as a `.rdp` file or decode them to read the settings.
         */
        RdpFileBytes: string;
        /**
         * LiveSession
         * @description A live PSM session, as `GET /API/LiveSessions` and `GET /API/LiveSessions/{liveSessionId}` return it.
         *     [clients] Field names are the PVWA's (PascalCase); the field list comes from clients, the meaning of each
         *     field is read from its name and from client usage [inferred] unless marked otherwise. Only `SessionID`
         *     and `SessionGuid` are marked required (they identify the session) [inferred]; the PVWA may add fields
         *     this document does not list.
         */
        LiveSession: {
            /**
             * @description The session id, usable as `{liveSessionId}`.
             * @example 31_24
             */
            SessionID: string;
            /**
             * @description The session GUID, also usable as `{liveSessionId}`.
             * @example 5437b04c-6914-4fa1-9679-4363d3fb7ce2
             */
            SessionGuid: string;
            /**
             * @description The CyberArk user who opened the session.
             * @example jsmith
             */
            User?: string;
            /**
             * @description The target machine of the session, when it differs from the account address.
             * @example 10.0.0.5
             */
            RemoteMachine?: string;
            /**
             * @description The user name of the privileged account used for the session.
             * @example Administrator
             */
            AccountUsername?: string;
            /**
             * @description The address of the privileged account (the target system).
             * @example srv-app01.corp.example.com
             */
            AccountAddress?: string;
            /**
             * @description The platform id of the privileged account.
             * @example WinServerLocal
             */
            AccountPlatformID?: string;
            /**
             * @description The Safe that holds the privileged account.
             * @example Windows-Servers
             */
            SafeName?: string;
            /**
             * @description The folder of the account in the Safe.
             * @example Root
             */
            FolderName?: string;
            /**
             * @description The session protocol.
             * @example RDP
             */
            Protocol?: string;
            /**
             * @description The client application or connection component family used to connect.
             * @example PSM
             */
            Client?: string;
            /**
             * @description The IP address the user connected from.
             * @example 192.0.2.44
             */
            FromIP?: string;
            /**
             * @description The PSM connection component used.
             * @example PSM-RDP
             */
            ConnectionComponentID?: string;
            /**
             * Format: int64
             * @description Session start time, in seconds since the Unix epoch (UTC).
             * @example 1715850000
             */
            Start?: number;
            /**
             * Format: int64
             * @description Session end time, in seconds since the Unix epoch (UTC). For a session that is still live its value
             *     is not meaningful [inferred].
             * @example 0
             */
            End?: number;
            /**
             * Format: int64
             * @description Session duration, in seconds [inferred unit].
             * @example 1260
             */
            Duration?: number;
            /**
             * @description Whether the session is still active.
             * @example true
             */
            IsLive?: boolean;
            /**
             * @description Whether the calling user may monitor the session.
             * @example true
             */
            CanMonitor?: boolean;
            /**
             * @description Whether the calling user may suspend the session.
             * @example true
             */
            CanSuspend?: boolean;
            /**
             * @description Whether the calling user may terminate the session.
             * @example true
             */
            CanTerminate?: boolean;
            /**
             * @description The session's risk score, as computed by Privileged Threat Analytics; `Sort=-RiskScore` lists the
             *     riskiest sessions first. Number type [inferred].
             * @example 42
             */
            RiskScore?: number;
            /**
             * @description The session's risk severity. String type and values [inferred].
             * @example Medium
             */
            Severity?: string;
            /**
             * @description Additional raw session properties, as a name → value map. Value types [inferred].
             * @example {
             *       "ProviderID": "PSMServer_ab12",
             *       "Command": ""
             *     }
             */
            RawProperties?: {
                [key: string]: unknown;
            };
        };
        /**
         * LiveSessionList
         * @description A page of live sessions. [clients]
         */
        LiveSessionList: {
            /** @description The sessions on this page. */
            LiveSessions: components["schemas"]["LiveSession"][];
            /**
             * @description Total number of sessions that match the query, across all pages. Not in our sources' list of fields:
             *     present in some PVWA versions only [inferred]; do not rely on it.
             * @example 1
             */
            Total?: number;
        };
    };
    responses: {
        /**
         * @description 400 — the request has bad syntax or cannot be fulfilled (for example a URL that breaks the PVWA URL
         *     rules, or an invalid body). [vendor]
         */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PvwaError"];
            };
        };
        /**
         * @description 401 — authentication is required: the session token is missing, invalid or expired. [vendor] Log on
         *     again and retry once.
         */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PvwaError"];
            };
        };
        /** @description 403 — the user is not allowed to perform this action. [vendor] */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PvwaError"];
            };
        };
        /** @description 404 — not found; for live-session calls, no such live session (it may have ended). [vendor] */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PvwaError"];
            };
        };
        /**
         * @description 409 — conflict with the session's current state (for example suspending a session that is already
         *     suspended) [inferred: the PVWA-wide table lists 409; its use on these calls is our reading]. [vendor]
         */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PvwaError"];
            };
        };
        /** @description 429 — too many requests (newer PVWA versions only). Back off and retry. [vendor] */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PvwaError"];
            };
        };
        /** @description 500 — internal server error. [vendor] */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PvwaError"];
            };
        };
        /**
         * @description 501 — not implemented: the PVWA does not support this call, usually because its version is too old
         *     (Monitor needs PVWA 10.5 or later). [vendor][clients]
         */
        NotImplemented: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PvwaError"];
            };
        };
        /**
         * @description 200 — done. No response body is documented; clients should ignore any body and also accept 204
         *     [inferred].
         */
        EmptySuccess: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
    };
    parameters: {
        /**
         * @description The live PSM session to act on: either the session id (for example `31_24`) or the session GUID — the
         *     `SessionID` or `SessionGuid` field of a `LiveSession`. [vendor][clients] (The vendor page spells the
         *     parameter `liveSessionID`; the name does not appear on the wire.)
         *
         *     PVWA URL rules [vendor]: no spaces, and no `+`, `&` or `%` (the `pattern` rejects them). If the value
         *     contains a dot (`.`), the URL must end with `/`; the client appends it.
         */
        LiveSessionId: string;
        /** @description The authentication method: `Cyberark` (the Vault's own users), `Windows`, `LDAP` or `RADIUS`. [vendor] */
        LogonTypePath: components["schemas"]["LogonType"];
        /**
         * @description Maximum number of sessions to return in one page. [clients]
         * @example 50
         */
        Limit: number;
        /**
         * @description Number of sessions to skip before the first one returned (for paging). [clients]
         * @example 0
         */
        Offset: number;
        /**
         * @description Sort order: a field name, prefixed with `-` for descending order, for example `-RiskScore` (riskiest
         *     first). [clients]
         * @example -RiskScore
         */
        Sort: string;
        /**
         * @description Free-text search over the sessions' fields. [clients] PVWA URL rules apply: no spaces, `+`, `&` or `%`
         *     in the value. [vendor]
         * @example srv-app01
         */
        Search: string;
        /**
         * @description Only sessions of accounts in this Safe. [clients] PVWA URL rules apply. [vendor]
         * @example Windows-Servers
         */
        Safe: string;
        /**
         * @description Only sessions active at or after this time, in seconds since the Unix epoch (UTC). [clients]
         * @example 1715846400
         */
        FromTime: number;
        /**
         * @description Only sessions active at or before this time, in seconds since the Unix epoch (UTC). [clients]
         * @example 1715932800
         */
        ToTime: number;
        /**
         * @description Filter on session activities. [clients] The accepted syntax is not part of our sources; passed through
         *     as a string [inferred]. PVWA URL rules apply. [vendor]
         * @example Connect
         */
        Activities: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description Which connection method the PVWA is configured with, and so which form the Monitor body takes: `PSMGW`
         *     (PSM Gateway: a `PsmGatewayConnection` object) or `RDPFile` (an RDP file, as bytes or as a JSON string
         *     depending on `Accept`). [vendor] The vendor page describes it as "the method set in ConnectionType" and
         *     types it as "Boolean" — an error in the page: it carries one of the two strings.
         */
        ConnectionMethod: components["schemas"]["ConnectionMethod"];
        /**
         * @description How long to wait before retrying, in seconds or as an HTTP date. The PVWA's use of this header is not
         *     documented [inferred]; when present the client honours it.
         * @example 30
         */
        RetryAfter: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    logon: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The authentication method: `Cyberark` (the Vault's own users), `Windows`, `LDAP` or `RADIUS`. [vendor] */
                type: components["parameters"]["LogonTypePath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LogonRequest"];
            };
        };
        responses: {
            /** @description Logged on. The body is the session token as a bare JSON string. [vendor] */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionToken"];
                };
            };
            400: components["responses"]["BadRequest"];
            /**
             * @description 401 — authentication failed (wrong user name or password, unknown user, or the method is not
             *     enabled for the user) [inferred: the PVWA-wide table lists 401 for missing authentication].
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PvwaError"];
                };
            };
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    logoff: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EmptySuccess"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listLiveSessions: {
        parameters: {
            query?: {
                /**
                 * @description Maximum number of sessions to return in one page. [clients]
                 * @example 50
                 */
                Limit?: components["parameters"]["Limit"];
                /**
                 * @description Number of sessions to skip before the first one returned (for paging). [clients]
                 * @example 0
                 */
                Offset?: components["parameters"]["Offset"];
                /**
                 * @description Sort order: a field name, prefixed with `-` for descending order, for example `-RiskScore` (riskiest
                 *     first). [clients]
                 * @example -RiskScore
                 */
                Sort?: components["parameters"]["Sort"];
                /**
                 * @description Free-text search over the sessions' fields. [clients] PVWA URL rules apply: no spaces, `+`, `&` or `%`
                 *     in the value. [vendor]
                 * @example srv-app01
                 */
                Search?: components["parameters"]["Search"];
                /**
                 * @description Only sessions of accounts in this Safe. [clients] PVWA URL rules apply. [vendor]
                 * @example Windows-Servers
                 */
                Safe?: components["parameters"]["Safe"];
                /**
                 * @description Only sessions active at or after this time, in seconds since the Unix epoch (UTC). [clients]
                 * @example 1715846400
                 */
                FromTime?: components["parameters"]["FromTime"];
                /**
                 * @description Only sessions active at or before this time, in seconds since the Unix epoch (UTC). [clients]
                 * @example 1715932800
                 */
                ToTime?: components["parameters"]["ToTime"];
                /**
                 * @description Filter on session activities. [clients] The accepted syntax is not part of our sources; passed through
                 *     as a string [inferred]. PVWA URL rules apply. [vendor]
                 * @example Connect
                 */
                Activities?: components["parameters"]["Activities"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of live sessions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiveSessionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    getLiveSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The live PSM session to act on: either the session id (for example `31_24`) or the session GUID — the
                 *     `SessionID` or `SessionGuid` field of a `LiveSession`. [vendor][clients] (The vendor page spells the
                 *     parameter `liveSessionID`; the name does not appear on the wire.)
                 *
                 *     PVWA URL rules [vendor]: no spaces, and no `+`, `&` or `%` (the `pattern` rejects them). If the value
                 *     contains a dot (`.`), the URL must end with `/`; the client appends it.
                 */
                liveSessionId: components["parameters"]["LiveSessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The live session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiveSession"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    monitorLiveSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The live PSM session to act on: either the session id (for example `31_24`) or the session GUID — the
                 *     `SessionID` or `SessionGuid` field of a `LiveSession`. [vendor][clients] (The vendor page spells the
                 *     parameter `liveSessionID`; the name does not appear on the wire.)
                 *
                 *     PVWA URL rules [vendor]: no spaces, and no `+`, `&` or `%` (the `pattern` rejects them). If the value
                 *     contains a dot (`.`), the URL must end with `/`; the client appends it.
                 */
                liveSessionId: components["parameters"]["LiveSessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description The monitoring connection details, in the form the `Accept` header and the PVWA's configured
             *     connection method select (see the table above).
             */
            200: {
                headers: {
                    ConnectionMethod: components["headers"]["ConnectionMethod"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonitorJsonResponse"];
                    "application/octet-stream": components["schemas"]["RdpFileBytes"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    terminateLiveSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The live PSM session to act on: either the session id (for example `31_24`) or the session GUID — the
                 *     `SessionID` or `SessionGuid` field of a `LiveSession`. [vendor][clients] (The vendor page spells the
                 *     parameter `liveSessionID`; the name does not appear on the wire.)
                 *
                 *     PVWA URL rules [vendor]: no spaces, and no `+`, `&` or `%` (the `pattern` rejects them). If the value
                 *     contains a dot (`.`), the URL must end with `/`; the client appends it.
                 */
                liveSessionId: components["parameters"]["LiveSessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EmptySuccess"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    suspendLiveSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The live PSM session to act on: either the session id (for example `31_24`) or the session GUID — the
                 *     `SessionID` or `SessionGuid` field of a `LiveSession`. [vendor][clients] (The vendor page spells the
                 *     parameter `liveSessionID`; the name does not appear on the wire.)
                 *
                 *     PVWA URL rules [vendor]: no spaces, and no `+`, `&` or `%` (the `pattern` rejects them). If the value
                 *     contains a dot (`.`), the URL must end with `/`; the client appends it.
                 */
                liveSessionId: components["parameters"]["LiveSessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EmptySuccess"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    resumeLiveSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The live PSM session to act on: either the session id (for example `31_24`) or the session GUID — the
                 *     `SessionID` or `SessionGuid` field of a `LiveSession`. [vendor][clients] (The vendor page spells the
                 *     parameter `liveSessionID`; the name does not appear on the wire.)
                 *
                 *     PVWA URL rules [vendor]: no spaces, and no `+`, `&` or `%` (the `pattern` rejects them). If the value
                 *     contains a dot (`.`), the URL must end with `/`; the client appends it.
                 */
                liveSessionId: components["parameters"]["LiveSessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EmptySuccess"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            501: components["responses"]["NotImplemented"];
        };
    };
}
