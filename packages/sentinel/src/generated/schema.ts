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
         * @description Exchanges HTTP Basic credentials for a SAML token. [clients] Send the returned `Token` on every other
         *     call as `Authorization: X-SAML <Token>` (see `SentinelSaml`).
         *
         *     This endpoint lives under `/SentinelAuthServices`, not `/SentinelRESTServices`, on the same server and
         *     port. No request body. The token's lifetime is not part of our sources [inferred]: on `401` from a
         *     later call, get a new token and retry once.
         */
        post: operations["createAuthToken"];
        delete?: never;
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
         * @description Asks whether the current token may make a given call — `httpMethod` on `path` — without making it.
         *     [vendor] For example `?path=/objects/user-session&httpMethod=GET` answers `{"Authorized": "true"}`.
         *     Note that `Authorized` is the string `"true"` or `"false"`, not a JSON boolean.
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
         *     - `field` selects fields (repeatable); `field=[none]` returns `meta` only.
         *     - `page` (1-based, default 1) and `pagesize` (default unlimited) page through the results; follow the
         *       page's `next` / `prev` URLs rather than computing them.
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
                 *     the URI template has `{SessionKey}`; the example value's format is inferred]
                 * @example 5C7E2F9A1B3D4E6F8091A2B3C4D5E6F7
                 */
                SessionKey: components["parameters"]["SessionKey"];
            };
            cookie?: never;
        };
        /**
         * Get a user session
         * @description Returns one `user-session` object: a user currently authenticated to Sentinel, with the client address,
         *     the OS user name when known, the session type and start time, and a link to the User object. [vendor]
         *     The vendor's sample answer is `200` with a JSON object.
         */
        get: operations["getUserSession"];
        /**
         * Update a user session
         * @description Writes the given fields of a `user-session` object. Every body field is optional. [vendor]
         *
         *     The vendor's sample response is `Status: 200` with no body, so this document declares `200` with no
         *     content: re-read the object with `getUserSession` to see the result. [vendor] Which fields the server
         *     actually changes is not documented [inferred].
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
             * @example https://sentinel.example.com:8443/SentinelRESTServices/objects/user-session/5C7E2F9A1B3D4E6F8091A2B3C4D5E6F7
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
             * @example https://sentinel.example.com:8443/SentinelRESTServices/objects/user-session/5C7E2F9A1B3D4E6F8091A2B3C4D5E6F7
             */
            "@href"?: string;
        };
        /**
         * SessionType
         * @description The type of session: `HTTP`, or `LEGACY` — a session with the older, SCC-style (Sentinel Control
         *     Center) client connection. [vendor]
         * @enum {string}
         */
        SessionType: "HTTP" | "LEGACY";
        /**
         * UserSession
         * @description A `user-session` object: information about a user currently authenticated to Sentinel. [vendor]
         *
         *     Only `meta` is marked required. The vendor's field table lists all the fields below, but its own sample
         *     response omits `user`, `os-name` "may not be present", and a `field` selection on the collection
         *     (`[none]` in particular) returns only some of them [vendor]; so a client must not assume any other field
         *     is there [inferred].
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
            "session-type"?: components["schemas"]["SessionType"];
            /**
             * Format: date-time
             * @description The starting date and time of the session: ISO 8601 / RFC 3339 in UTC, with milliseconds, for example
             *     `2012-04-25T13:33:44.727Z`. [vendor]
             * @example 2012-04-25T13:33:44.727Z
             */
            start?: string;
            /**
             * Format: uri
             * @description The URL of the Sentinel User object associated with the session. [vendor]
             * @example https://sentinel.example.com:8443/SentinelRESTServices/objects/user/9B2E41C07A6D4F1E8C35D0A7B6E2F913
             */
            user?: string;
        };
        /**
         * UserSessionUpdate
         * @description The PUT body: the `user-session` fields to write. Every field is optional — the vendor's request table
         *     marks each one `required: false`. [vendor] Which fields the server actually changes is not documented
         *     (an active session's `start` or `address` are facts about the login) [inferred].
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
             * @example https://sentinel.example.com:8443/SentinelRESTServices/objects/user/9B2E41C07A6D4F1E8C35D0A7B6E2F913
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
         * @description The answer of `POST /SentinelAuthServices/auth/tokens`. [clients] Send `Token` as
         *     `Authorization: X-SAML <Token>`. Both values are secrets; their format is opaque to clients.
         */
        AuthToken: {
            /**
             * @description The SAML token (base64). [clients]
             * @example PHNhbWwyOkFzc2VydGlvbiB4bWxuczpzYW1sMj0idXJuOm9hc2lzOm5hbWVzOnRjOlNBTUw6Mi4wOmFzc2VydGlvbiIgSUQ9Il84ODAxMjk2Yjg3OTFlMTJjIiBJc3N1ZUluc3RhbnQ9IjIwMjQtMDUtMTZUMDk6MTI6NDQuNzAxWiIgVmVyc2lvbj0iMi4wIj48c2FtbDI6SXNzdWVyPnNlbnRpbmVsLmV4YW1wbGUuY29tPC9zYW1sMjpJc3N1ZXI+PC9zYW1sMjpBc3NlcnRpb24+
             */
            Token: string;
            /**
             * @description A digest of the token. Its use is not part of our sources [inferred].
             * @example w8rUcKkp6mzRw8HAlUbs6SC/+IrDPOZZlAbY+yHO5g0=
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
         * @description Sentinel's error body: a SOAP-1.2-style fault rendered as JSON. [vendor]
         */
        Fault: {
            /** @description What went wrong, coarse and (optionally) fine-grained. [vendor] */
            Code: {
                Value: components["schemas"]["FaultCodeValue"];
                /** @description A more specific, machine-readable code. [vendor] */
                Subcode?: {
                    /**
                     * @description The subcode, for example `RestEndpointNotFound`. [vendor]
                     * @example RestEndpointNotFound
                     */
                    Value: string;
                };
            };
            /** @description Human-readable explanation. [vendor] */
            Reason: {
                /**
                 * @description The message. [vendor]
                 * @example The requested REST endpoint was not found.
                 */
                Text: string;
            };
        };
        /**
         * FaultCodeValue
         * @description `Sender` — the request is at fault; `Receiver` — the server is. [vendor]
         * @enum {string}
         */
        FaultCodeValue: "Sender" | "Receiver";
    };
    responses: {
        /** @description 400 — the request is malformed (for example an invalid body). [inferred] Body is a `Fault`. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Fault"];
            };
        };
        /**
         * @description 401 — no valid credentials: the `Authorization` header is missing, not of type `X-SAML`, or the token
         *     has expired. [inferred] Get a new token and retry once. Body is a `Fault`.
         */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Fault"];
            };
        };
        /** @description 403 — the user lacks the Sentinel permission this call needs. [inferred] Body is a `Fault`. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Fault"];
            };
        };
        /**
         * @description 404 — no such object or endpoint (a user session ends when its user logs out). [inferred] Body is a
         *     `Fault`; `RestEndpointNotFound` is a subcode the vendor documents. [vendor]
         */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Fault"];
            };
        };
        /** @description 500 — the server failed (`Code.Value` is `Receiver`). [inferred] Body is a `Fault`. */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Fault"];
            };
        };
    };
    parameters: {
        /**
         * @description The key of the `user-session` object — the last segment of its `meta.@href`. Its format is opaque: take
         *     it from `@href` rather than building it. [vendor: the vendor page lists "URL Parameters: None" although
         *     the URI template has `{SessionKey}`; the example value's format is inferred]
         * @example 5C7E2F9A1B3D4E6F8091A2B3C4D5E6F7
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
         *     Without `field`, all fields are returned [inferred].
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
                 *     Without `field`, all fields are returned [inferred].
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
                 *     the URI template has `{SessionKey}`; the example value's format is inferred]
                 * @example 5C7E2F9A1B3D4E6F8091A2B3C4D5E6F7
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
                 *     the URI template has `{SessionKey}`; the example value's format is inferred]
                 * @example 5C7E2F9A1B3D4E6F8091A2B3C4D5E6F7
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
                 *     the URI template has `{SessionKey}`; the example value's format is inferred]
                 * @example 5C7E2F9A1B3D4E6F8091A2B3C4D5E6F7
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
