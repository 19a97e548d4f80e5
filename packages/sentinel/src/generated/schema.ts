// GENERATED FILE: do not edit. Source: specs/sentinel/openapi.yaml
// Regenerate with `pnpm generate` (openapi-typescript); CI fails when this file is stale.

export interface paths {
    "/SentinelAuthServices/auth/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a SAML token
         * @description Exchanges HTTP Basic credentials for a SAML token. [vendor][clients] Send the returned `Token` on every
         *     other call as `Authorization: X-SAML <Token>` (see `SentinelSaml`), and end it with
         *     `DELETE /SentinelAuthServices/auth/tokens/{token}` when done.
         *
         *     This endpoint lives under `/SentinelAuthServices`, not `/SentinelRESTServices`, on the same server and
         *     port. No request body; send `Accept: application/json` as on every call [vendor]. The `Token` is
         *     **several kB** (a signed SAML assertion) [vendor]: mind header-size limits of proxies in between, and never
         *     log it. An expired token gets `401` on a later call [vendor]: then get a new token and retry once.
         */
        post: operations["createAuthToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/SentinelAuthServices/auth/tokens/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The token to end — the `Token` of `POST /SentinelAuthServices/auth/tokens`, percent-encoded as one path
                 *     segment (base64 has `/`, `+` and `=`: sent as `%2F`, `%2B`, `%3D`) [inferred]. It is several kB, so the
                 *     request line is too: servers and proxies with an 8 kB request-line limit may refuse it [inferred].
                 * @example PHNhbWwyOkFzc2VydGlvbiB4bWxuczpzYW1sMj0idXJuOm9hc2lzOm5hbWVzOnRjOlNBTUw6Mi4wOmFzc2VydGlvbiI+
                 */
                token: components["parameters"]["Token"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * End a token (log off)
         * @description Ends the token, so that it cannot be used again (log off). **[inferred]**: this follows the pattern of
         *     NetIQ's sibling auth service; the Sentinel pages our sources quote do not show it. One independent client
         *     ends its tokens this way (darionnnnnn/LogForesight `SentinelClient.cs`, which lists it among the facts of the
         *     vendor's REST reference 7.0 and authenticates the call with HTTP Basic); none of them has a recording of
         *     the answer.
         *
         *     The token goes in the path, percent-encoded (it is base64: `/` must be sent as `%2F`), and is several kB:
         *     a server or proxy with a small request-line limit, or one that refuses encoded slashes in paths, may
         *     answer 400 [inferred]. The call is authorized by the token itself (`X-SAML`); HTTP Basic credentials are
         *     also accepted by the one client that sends this call [clients]. The success status is not published: `200`
         *     or `204`, no body [inferred]; any 2xx is success, and a `401` means the token had already expired (it is
         *     ended either way) [inferred].
         */
        delete: operations["deleteAuthToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/SentinelRESTServices/preauthorize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check whether a call would be authorized
         * @description Asks whether the current token may make a given call — `httpMethod` on `path`, optionally with the
         *     `contentType` it would send and the `acceptType` it would accept — without making it. [vendor]
         *     For example `?path=/objects/user-session&httpMethod=GET` answers `{"Authorized": "true"}`.
         *
         *     - `Authorized` is the **string** `"true"` or `"false"`, not a JSON boolean [vendor].
         *     - A `path`/`httpMethod` pair the server does not serve (an unsupported method, an unknown endpoint) is not
         *       `"false"`: it is a **400 `RestEndpointNotFound` fault** [vendor].
         */
        get: operations["preauthorize"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/SentinelRESTServices/objects/user-session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List user sessions
         * @description Lists the `user-session` objects — the users currently authenticated to Sentinel — one page at a time.
         *     [vendor]
         *
         *     - `query` filters with a TinyQ expression.
         *     - `field` selects fields (repeatable: `?field=name&field=start`); `field=[none]` (sent as
         *       `field=%5Bnone%5D`) returns `meta` only; without `field`, every field [vendor].
         *     - `page` (1-based, default 1) and `pagesize` (default unlimited) page through the results; follow the
         *       page's `next` / `prev` URLs (absolute) rather than computing them. POST on this path creates a session
         *       (not described here).
         */
        get: operations["listUserSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/SentinelRESTServices/objects/user-session/{SessionKey}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The key of the `user-session` object — the last segment of its `meta.@href`. Its format is opaque: take
                 *     it from `@href` rather than building it. [vendor: the vendor page lists "URL Parameters: None" although
                 *     the URI template has `{SessionKey}`] Object keys in this API look like
                 *     `79600390-9B73-102E-A3E2-001676E4A757` [vendor]. A key is one path segment: `.`, `..`, `/`, `\` and
                 *     control characters cannot be part of it (clients refuse them before sending) [inferred].
                 * @example 79600390-9B73-102E-A3E2-001676E4A757
                 */
                SessionKey: components["parameters"]["SessionKey"];
            };
            cookie?: never;
        };
        /**
         * Get a user session
         * @description Returns one `user-session` object: a user currently authenticated to Sentinel, with the client address,
         *     the OS user name when known, the session type and start time, and a link to the User object. [vendor]
         *     The vendor's sample answer is `200` with a JSON object — with a `session-type` outside the documented
         *     pair and without `user` [vendor]: readers accept any `session-type` string and missing fields.
         */
        get: operations["getUserSession"];
        /**
         * Update a user session
         * @description Writes the given fields of a `user-session` object. Every body field is optional. [vendor]
         *
         *     The vendor's sample response is `Status: 200` with no body — the same on every vendor object page — so
         *     this document declares `200` with no content: re-read the object with `getUserSession` to see the result.
         *     [vendor] Which fields the server actually changes is not documented [inferred].
         *
         *     `session-type` keeps its closed enum here (`HTTP` | `LEGACY`) although readers accept any value. Send raw
         *     UTF-8 without control characters: Sentinel is reported to reject `\uXXXX` escapes [inferred; see
         *     `UserSessionUpdate`].
         */
        put: operations["updateUserSession"];
        post?: never;
        /**
         * Delete a user session
         * @description Deletes the `user-session` object, ending that user's session [inferred: the vendor documents the method
         *     and shows only the request]. No request body.
         *
         *     The success status is not published; this document declares `200` with no body, like PUT's sample
         *     response, and clients should accept any 2xx (`204` included) [inferred].
         */
        delete: operations["deleteUserSession"];
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
         * Meta
         * @description The metadata every Sentinel object carries: the object type name and the URL reference to the object.
         *     [vendor]
         */
        Meta: {
            /**
             * @description The name of the object type, for example `user-session`. [vendor]
             * @example user-session
             */
            type: string;
            /**
             * Format: uri
             * @description The absolute URL of the object. [vendor]
             * @example https://sentinel.example.com:8443/SentinelRESTServices/objects/user-session/79600390-9B73-102E-A3E2-001676E4A757
             */
            "@href": string;
        };
        /**
         * MetaUpdate
         * @description `meta` as it may appear in a PUT body: the same fields as `Meta`, none required (the vendor's request
         *     table marks both `required: false`). [vendor] The server identifies the object by the URL, not by
         *     `meta` [inferred].
         */
        MetaUpdate: {
            /**
             * @description The name of the object type. [vendor]
             * @example user-session
             */
            type?: string;
            /**
             * Format: uri
             * @description The URL reference to the object. [vendor]
             * @example https://sentinel.example.com:8443/SentinelRESTServices/objects/user-session/79600390-9B73-102E-A3E2-001676E4A757
             */
            "@href"?: string;
        };
        /**
         * SessionType
         * @description The type of session, as a writer must send it (the PUT body): `HTTP`, or `LEGACY` — a session with the
         *     older, SCC-style (Sentinel Control Center) client connection. [vendor: "May be one of "HTTP" or
         *     "LEGACY""] A reader gets `ReportedSessionType` instead, which accepts any other string too.
         * @enum {string}
         */
        SessionType: "HTTP" | "LEGACY";
        /**
         * ReportedSessionType
         * @description The type of session as the server reports it: `HTTP` or `LEGACY` as documented [vendor], **or any other
         *     string**. The vendor's own sample answer carries `"session-type": "Wildebeest"` — a value outside the
         *     documented pair — so a reader must not fail on an unknown value [vendor: the sample response of
         *     "UserSession Retrieve, Update, and Delete Methods"]. Writers (PUT) keep the closed `SessionType`.
         * @example HTTP
         * @example Wildebeest
         */
        ReportedSessionType: components["schemas"]["SessionType"] | string;
        /**
         * UserSession
         * @description A `user-session` object: information about a user currently authenticated to Sentinel. [vendor]
         *
         *     Only `meta` is marked required. The vendor's field table lists all the fields below, but its own sample
         *     response omits `user`, `os-name` "may not be present", and a `field` selection on the collection
         *     (`[none]` in particular) returns only some of them [vendor]; so a client must not assume any other field
         *     is there [inferred]. `session-type` is open on reading (`ReportedSessionType`): the vendor's sample
         *     answers a value outside its own enum [vendor]. No public recording of Sentinel traffic exists: these
         *     shapes come from the vendor's pages.
         */
        UserSession: {
            /**
             * @description The IP address (IPv4 or IPv6) of the client system from which the user authenticated. [vendor]
             * @example 192.0.2.17
             */
            address?: string;
            meta: components["schemas"]["Meta"];
            /**
             * @description The username of the account that is authenticated to Sentinel. [vendor]
             * @example jsmith
             */
            name?: string;
            /**
             * @description The username of the associated account on the client's operating system. May not be present.
             *     [vendor]
             * @example jsmith
             */
            "os-name"?: string;
            "session-type"?: components["schemas"]["ReportedSessionType"];
            /**
             * Format: date-time
             * @description The starting date and time of the session: ISO 8601 / RFC 3339 in UTC, with milliseconds, for example
             *     `2012-04-25T13:33:44.727Z`. [vendor]
             * @example 2012-04-25T13:33:44.727Z
             */
            start?: string;
            /**
             * Format: uri
             * @description The URL of the Sentinel User object associated with the session. [vendor] May be absent: the vendor's
             *     own sample response has no `user` [vendor].
             * @example https://sentinel.example.com:8443/SentinelRESTServices/objects/user/4C1D2E3F-5A6B-102E-9C8D-001676E4A757
             */
            user?: string;
        };
        /**
         * UserSessionUpdate
         * @description The PUT body: the `user-session` fields to write. Every field is optional — the vendor's request table
         *     marks each one `required: false`. [vendor] Which fields the server actually changes is not documented
         *     (an active session's `start` or `address` are facts about the login) [inferred].
         *
         *     Send string values as raw UTF-8 and without control characters (U+0000–U+001F, U+007F): Sentinel's JSON
         *     parser is reported to reject `\uXXXX` escapes in request bodies (one third-party report, Sentinel 8.5:
         *     darionnnnnn/LogForesight `docs/NETIQ-API-REFERENCE.md`) [inferred], and JSON cannot carry a control
         *     character without such an escape. Each string field's `pattern` says so.
         */
        UserSessionUpdate: {
            /**
             * @description The IP address of the client system from which the user authenticated. [vendor]
             * @example 192.0.2.17
             */
            address?: string;
            meta?: components["schemas"]["MetaUpdate"];
            /**
             * @description The username of the account that is authenticated to Sentinel. [vendor]
             * @example jsmith
             */
            name?: string;
            /**
             * @description The username of the associated account on the client operating system. [vendor]
             * @example jsmith
             */
            "os-name"?: string;
            "session-type"?: components["schemas"]["SessionType"];
            /**
             * Format: date-time
             * @description The starting date and time of the session, with milliseconds. [vendor]
             * @example 2012-04-25T13:33:44.727Z
             */
            start?: string;
            /**
             * Format: uri
             * @description The URL of the Sentinel User object associated with the session. [vendor]
             * @example https://sentinel.example.com:8443/SentinelRESTServices/objects/user/4C1D2E3F-5A6B-102E-9C8D-001676E4A757
             */
            user?: string;
        };
        /**
         * UserSessionPage
         * @description One page of the `user-session` collection. `next` and `prev` are the URLs of the neighbouring pages,
         *     absent at either end [vendor; absence at the ends inferred].
         */
        UserSessionPage: {
            /** @description The sessions on this page. */
            objects: components["schemas"]["UserSession"][];
            /**
             * Format: uri
             * @description URL of the next page. [vendor]
             * @example https://sentinel.example.com:8443/SentinelRESTServices/objects/user-session?page=3&pagesize=2
             */
            next?: string;
            /**
             * Format: uri
             * @description URL of the previous page. [vendor]
             * @example https://sentinel.example.com:8443/SentinelRESTServices/objects/user-session?page=1&pagesize=2
             */
            prev?: string;
        };
        /**
         * AuthToken
         * @description The answer of `POST /SentinelAuthServices/auth/tokens`. [vendor][clients] Send `Token` as
         *     `Authorization: X-SAML <Token>`. Both values are secrets; their format is opaque to clients.
         */
        AuthToken: {
            /**
             * @description The SAML token: a base64-encoded, signed SAML 2.0 assertion. [vendor][clients] It is **several kB
             *     long** (a signed assertion with its certificate and the user's attributes) [vendor]: every call then
             *     carries a header of that size, so proxies with small header limits (8 kB is a common default) may
             *     refuse calls, and a log line holding it is both large and a leak. Never log it. The example is the
             *     shape of one (a fake, unsigned assertion) at a realistic 5.5 kB.
             */
            Token: string;
            /**
             * @description A digest of the token. Its use is not part of our sources [inferred]; treat it as a secret.
             * @example ShDtj2uIG7OySlmjPOauEQadz7/KJYS7oDpJo8Vr1ic=
             */
            TokenDigest: string;
        };
        /**
         * Preauthorization
         * @description The answer of `GET /SentinelRESTServices/preauthorize`. `Authorized` is a string, not a boolean:
         *     `"true"` or `"false"`. [vendor]
         */
        Preauthorization: {
            Authorized: components["schemas"]["AuthorizedFlag"];
        };
        /**
         * AuthorizedFlag
         * @description `"true"` if the token may make the call, `"false"` otherwise — a string, not a boolean. [vendor]
         * @enum {string}
         */
        AuthorizedFlag: "true" | "false";
        /**
         * Fault
         * @description Sentinel's error body: a SOAP-1.2-style fault rendered as JSON [vendor], for example
         *     `{"Code":{"Value":"Sender","Subcode":{"Value":"RestEndpointNotFound"}},"Reason":{"Text":"…"}}`.
         *
         *     **The fault is not always valid JSON.** The vendor's own printed fault puts unescaped double quotes inside
         *     `Reason.Text`, so it does not parse [vendor]. A client must keep such a body
         *     as raw text rather than fail on it; this schema describes the faults that do parse.
         */
        Fault: {
            /** @description What went wrong, coarse and (optionally) fine-grained. [vendor] */
            Code: {
                Value: components["schemas"]["FaultCodeValue"];
                /** @description A more specific, machine-readable code. [vendor] */
                Subcode?: {
                    /**
                     * @description The subcode, for example `RestEndpointNotFound` (answered with status 400 for a path or method
                     *     the server does not serve) [vendor]. It is the only subcode our sources name; others may exist.
                     * @example RestEndpointNotFound
                     */
                    Value: string;
                };
            };
            /** @description Human-readable explanation. [vendor] */
            Reason: {
                /**
                 * @description The message. [vendor]
                 * @example No REST endpoint found for GET /SentinelRESTServices/objects/user-sesion.
                 */
                Text: string;
            };
        };
        /**
         * FaultText
         * @description A fault that is not valid JSON, as the raw text of the body. The vendor's own printed fault has unescaped
         *     double quotes inside `Reason.Text` [vendor], so a server may send one; a client keeps the text rather than
         *     failing on it.
         */
        FaultText: string;
        /**
         * FaultBody
         * @description An error body: a `Fault` when it parses as JSON, otherwise its raw text (`FaultText`) [vendor].
         */
        FaultBody: components["schemas"]["Fault"] | components["schemas"]["FaultText"];
        /**
         * FaultCodeValue
         * @description `Sender` — the request is at fault; `Receiver` — the server is. [vendor]
         * @enum {string}
         */
        FaultCodeValue: "Sender" | "Receiver";
    };
    responses: {
        /**
         * @description 400 — the request is not one the server serves or can read. Two kinds:
         *
         *     - **`RestEndpointNotFound`**: a path or an HTTP method the server does not serve — Sentinel answers this
         *       with **400, not 404** [vendor]. `preauthorize` answers it too for a `path`/`httpMethod` pair that does not
         *       exist [vendor]. A server too old for an endpoint presumably answers the same way [inferred].
         *     - a malformed request, e.g. a body the server cannot parse [inferred] (Sentinel 8.5 is reported to reject
         *       `\uXXXX` escapes in JSON bodies: one third-party report [inferred]).
         *
         *     Body is a `Fault`, or its raw text when it does not parse as JSON (see `FaultBody`).
         */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["FaultBody"];
            };
        };
        /**
         * @description 401 — no valid credentials: the `Authorization` header is missing or not of type `X-SAML`, or the token has
         *     expired [vendor: an expired token gets 401] (or was ended with `DELETE …/auth/tokens/{token}` [inferred]).
         *     Get a new token and retry once. On the token request itself: wrong user name or password [inferred].
         *     Body is a `Fault`.
         */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["FaultBody"];
            };
        };
        /** @description 403 — the user lacks the Sentinel permission this call needs. [inferred] Body is a `Fault`. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["FaultBody"];
            };
        };
        /**
         * @description 404 — no object with this key (a user session ends when its user logs out) [inferred]. Not for unknown
         *     endpoints: those are 400 `RestEndpointNotFound` [vendor]. Body is a `Fault`.
         */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["FaultBody"];
            };
        };
        /** @description 500 — the server failed (`Code.Value` is `Receiver`). [inferred] Body is a `Fault`. */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["FaultBody"];
            };
        };
    };
    parameters: {
        /**
         * @description The key of the `user-session` object — the last segment of its `meta.@href`. Its format is opaque: take
         *     it from `@href` rather than building it. [vendor: the vendor page lists "URL Parameters: None" although
         *     the URI template has `{SessionKey}`] Object keys in this API look like
         *     `79600390-9B73-102E-A3E2-001676E4A757` [vendor]. A key is one path segment: `.`, `..`, `/`, `\` and
         *     control characters cannot be part of it (clients refuse them before sending) [inferred].
         * @example 79600390-9B73-102E-A3E2-001676E4A757
         */
        SessionKey: string;
        /**
         * @description A TinyQ filter: only objects that match it are returned. [vendor] The example's syntax is illustrative
         *     [inferred]; see the Sentinel TinyQ documentation.
         * @example name:jsmith
         */
        Query: string;
        /**
         * @description Which fields to return for each object; repeat the parameter for several fields
         *     (`?field=name&field=start`). The special value `[none]` returns the metadata (`meta`) only. [vendor]
         *     Without `field`, all fields are returned [vendor].
         */
        Field: string[];
        /**
         * @description The page to return, 1-based. Default 1. [vendor]
         * @example 2
         */
        Page: number;
        /**
         * @description Objects per page. Default unlimited (every object on one page). [vendor]
         * @example 50
         */
        PageSize: number;
        /**
         * @description The REST path to check, relative to `/SentinelRESTServices`, for example `/objects/user-session`.
         *     [vendor] Required [inferred: the vendor's example always sends it].
         * @example /objects/user-session
         */
        PreauthorizePath: string;
        /**
         * @description The HTTP method of the call to check, for example `GET`. [vendor] Required [inferred: the vendor's
         *     example always sends it].
         * @example GET
         */
        PreauthorizeHttpMethod: string;
        /**
         * @description The media type of the body the checked call would send (`Content-Type`), for example `application/json`.
         *     [vendor] Optional [inferred: the vendor's example omits it].
         * @example application/json
         */
        PreauthorizeContentType: string;
        /**
         * @description The media type the checked call would accept (`Accept`), for example `application/json`. [vendor]
         *     Optional [inferred: the vendor's example omits it].
         * @example application/json
         */
        PreauthorizeAcceptType: string;
        /**
         * @description The token to end — the `Token` of `POST /SentinelAuthServices/auth/tokens`, percent-encoded as one path
         *     segment (base64 has `/`, `+` and `=`: sent as `%2F`, `%2B`, `%3D`) [inferred]. It is several kB, so the
         *     request line is too: servers and proxies with an 8 kB request-line limit may refuse it [inferred].
         * @example PHNhbWwyOkFzc2VydGlvbiB4bWxuczpzYW1sMj0idXJuOm9hc2lzOm5hbWVzOnRjOlNBTUw6Mi4wOmFzc2VydGlvbiI+
         */
        Token: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createAuthToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthToken"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteAuthToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The token to end — the `Token` of `POST /SentinelAuthServices/auth/tokens`, percent-encoded as one path
                 *     segment (base64 has `/`, `+` and `=`: sent as `%2F`, `%2B`, `%3D`) [inferred]. It is several kB, so the
                 *     request line is too: servers and proxies with an 8 kB request-line limit may refuse it [inferred].
                 * @example PHNhbWwyOkFzc2VydGlvbiB4bWxuczpzYW1sMj0idXJuOm9hc2lzOm5hbWVzOnRjOlNBTUw6Mi4wOmFzc2VydGlvbiI+
                 */
                token: components["parameters"]["Token"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ended. No body. [inferred] */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Ended. No body. [inferred] */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalServerError"];
        };
    };
    preauthorize: {
        parameters: {
            query: {
                /**
                 * @description The REST path to check, relative to `/SentinelRESTServices`, for example `/objects/user-session`.
                 *     [vendor] Required [inferred: the vendor's example always sends it].
                 * @example /objects/user-session
                 */
                path: components["parameters"]["PreauthorizePath"];
                /**
                 * @description The HTTP method of the call to check, for example `GET`. [vendor] Required [inferred: the vendor's
                 *     example always sends it].
                 * @example GET
                 */
                httpMethod: components["parameters"]["PreauthorizeHttpMethod"];
                /**
                 * @description The media type of the body the checked call would send (`Content-Type`), for example `application/json`.
                 *     [vendor] Optional [inferred: the vendor's example omits it].
                 * @example application/json
                 */
                contentType?: components["parameters"]["PreauthorizeContentType"];
                /**
                 * @description The media type the checked call would accept (`Accept`), for example `application/json`. [vendor]
                 *     Optional [inferred: the vendor's example omits it].
                 * @example application/json
                 */
                acceptType?: components["parameters"]["PreauthorizeAcceptType"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Whether the call would be authorized. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Preauthorization"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listUserSessions: {
        parameters: {
            query?: {
                /**
                 * @description A TinyQ filter: only objects that match it are returned. [vendor] The example's syntax is illustrative
                 *     [inferred]; see the Sentinel TinyQ documentation.
                 * @example name:jsmith
                 */
                query?: components["parameters"]["Query"];
                /**
                 * @description Which fields to return for each object; repeat the parameter for several fields
                 *     (`?field=name&field=start`). The special value `[none]` returns the metadata (`meta`) only. [vendor]
                 *     Without `field`, all fields are returned [vendor].
                 */
                field?: components["parameters"]["Field"];
                /**
                 * @description The page to return, 1-based. Default 1. [vendor]
                 * @example 2
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Objects per page. Default unlimited (every object on one page). [vendor]
                 * @example 50
                 */
                pagesize?: components["parameters"]["PageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of user sessions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserSessionPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getUserSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The key of the `user-session` object — the last segment of its `meta.@href`. Its format is opaque: take
                 *     it from `@href` rather than building it. [vendor: the vendor page lists "URL Parameters: None" although
                 *     the URI template has `{SessionKey}`] Object keys in this API look like
                 *     `79600390-9B73-102E-A3E2-001676E4A757` [vendor]. A key is one path segment: `.`, `..`, `/`, `\` and
                 *     control characters cannot be part of it (clients refuse them before sending) [inferred].
                 * @example 79600390-9B73-102E-A3E2-001676E4A757
                 */
                SessionKey: components["parameters"]["SessionKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user session. [vendor] */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserSession"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateUserSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The key of the `user-session` object — the last segment of its `meta.@href`. Its format is opaque: take
                 *     it from `@href` rather than building it. [vendor: the vendor page lists "URL Parameters: None" although
                 *     the URI template has `{SessionKey}`] Object keys in this API look like
                 *     `79600390-9B73-102E-A3E2-001676E4A757` [vendor]. A key is one path segment: `.`, `..`, `/`, `\` and
                 *     control characters cannot be part of it (clients refuse them before sending) [inferred].
                 * @example 79600390-9B73-102E-A3E2-001676E4A757
                 */
                SessionKey: components["parameters"]["SessionKey"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserSessionUpdate"];
            };
        };
        responses: {
            /** @description Updated. No body. [vendor] */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteUserSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The key of the `user-session` object — the last segment of its `meta.@href`. Its format is opaque: take
                 *     it from `@href` rather than building it. [vendor: the vendor page lists "URL Parameters: None" although
                 *     the URI template has `{SessionKey}`] Object keys in this API look like
                 *     `79600390-9B73-102E-A3E2-001676E4A757` [vendor]. A key is one path segment: `.`, `..`, `/`, `\` and
                 *     control characters cannot be part of it (clients refuse them before sending) [inferred].
                 * @example 79600390-9B73-102E-A3E2-001676E4A757
                 */
                SessionKey: components["parameters"]["SessionKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. No body. [inferred] */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
}
