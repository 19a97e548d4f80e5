// GENERATED FILE: do not edit. Source: specs/cyberark-pvwa/openapi.yaml
// Regenerate with `pnpm generate` (openapi-typescript); CI fails when this file is stale.

export interface paths {
    "/API/auth/{type}/Logon/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The authentication method: `Cyberark` (the Vault's own users), `Windows`, `LDAP` or `RADIUS`. [vendor]
                 *     IIS matches it case-insensitively (`CyberArk`, `radius` work too). [vendor][clients][recorded]
                 */
                type: components["parameters"]["LogonTypePath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log on and get a session token
         * @description Authenticates a user with the chosen method (`Cyberark`, `Windows`, `LDAP` or `RADIUS`) and returns a
         *     session token as a bare JSON string. [vendor][recorded] Decode it and send the token, without quotes, in
         *     the `Authorization` header of every later call (see `PvwaToken`); end the session with
         *     `POST /API/Auth/Logoff`. Needs PVWA 10.4 (the v10 API) [clients: psPAS `New-PASSession.ps1`]; older
         *     PVWAs only have the classic `WebServices/auth/…/CyberArkAuthenticationService.svc/Logon`.
         *
         *     The path ends with `/` as the vendor writes it; IIS matches `auth`/`Auth` and the `{type}` segment
         *     case-insensitively. [vendor][clients][recorded]
         *
         *     `concurrentSession: true` allows concurrent sessions of the same user (default `false`) — useful when
         *     several jobs log on with one account. [vendor] `newPassword` is accepted for the `Cyberark` and `LDAP`
         *     methods only. [vendor]
         *
         *     ### Outcomes [clients][recorded]
         *     | Status | Body | Meaning |
         *     |---|---|---|
         *     | 200 | `"<token>"` (a JSON string) | logged on |
         *     | 200 | `{"AdditionalInfo":"","UserName":"…"}` | a second step is needed (Windows / PKI) — psPAS issues #245, #133 |
         *     | 403 | `ITATS004E` "Authentication failure for User [x]." | wrong user name or password — **not 401** (psPAS, aiobastion, cybr-cli issue #107, CyberArk's epv-api-scripts issues #41) |
         *     | 409 | PVWA error | the password has expired: log on again with `newPassword` |
         *     | 500 | `ITATS542I`, `ErrorMessage` = the prompt | RADIUS challenge (e.g. an OTP): POST `{username, password: <answer>}` to the same URL, in the same cookie session (psPAS `Private/Send-RADIUSResponse.ps1`); it may challenge again |
         *
         *     ### Cookies
         *     The answer sets cookies (`CA11111`, `CA22222`, `CA33333`, `CA55555`, `mobileState`) [recorded]. Behind a
         *     load balancer the token is only honoured by the node that issued it, so keep the cookies for the life of
         *     the session [clients: aiobastion]; the RADIUS answer must carry them [clients: psPAS].
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
         *     [vendor][clients] No request body. A PVWA 10.7 answers 200 `{"LogoffUrl":""}` (`application/json;
         *     charset=utf-8`). [recorded: OneIdentity `lib/tests/cassettes/test_v10_user_logon.yaml`] Drop the session's
         *     cookies afterwards.
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
         * @description Returns the live PSM sessions the user may see, one page at a time (`Limit`, default 25; `Offset`),
         *     optionally filtered (`Search`, `Safe`, `FromTime`, `ToTime`, `Activities`) and sorted (`Sort`, for example
         *     `-RiskScore`; default newest start first). [vendor][clients] `Total` is the number of matches: page with
         *     `Offset += Limit` while `Offset < Total` (psPAS `Get-PASPSMSession.ps1` and its test). Each item's
         *     `SessionID` or `SessionGuid` can be passed as `{liveSessionId}` to the other live-session calls. Needs
         *     PVWA 9.10. [clients]
         *
         *     PVWA URL rules apply to every query value: `+`, `&` and `%` are refused; spaces are sent as `%20`
         *     (psPAS does; the rule against spaces is about raw spaces in the URL). [vendor][clients]
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
                 *     contains a dot (`.`), the URL must end with `/`; the client appends it. Dot segments, `/`, `\` and
                 *     control characters are refused by the client too: they would address another path [inferred].
                 */
                liveSessionId: components["parameters"]["LiveSessionId"];
            };
            cookie?: never;
        };
        /**
         * Get one live PSM session
         * @description Returns one live PSM session by its session id or GUID — **wrapped like the list**:
         *     `{"LiveSessions":[{…}],"Total":1}`, not a bare session. [vendor: "Get active session" page][clients: psPAS
         *     `Get-PASPSMSession.ps1` reads it through its list code] An empty `LiveSessions` means no such session
         *     [inferred]. `CanMonitor`, `CanSuspend` and `CanTerminate` tell what the calling user may do with it.
         *     Needs PVWA 10.6. [clients: psPAS]
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
    "/API/LiveSessions/{liveSessionId}/activities": {
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
                 *     contains a dot (`.`), the URL must end with `/`; the client appends it. Dot segments, `/`, `\` and
                 *     control characters are refused by the client too: they would address another path [inferred].
                 */
                liveSessionId: components["parameters"]["LiveSessionId"];
            };
            cookie?: never;
        };
        /**
         * Get the activities of a live session
         * @description The activities recorded in a live session so far: `{"Activities":[{ActivityText, ActivityType,
         *     ActivityId, Formats, Offsets}]}`. [vendor][clients: psPAS `Get-PASPSMSessionActivity.ps1`, asserting
         *     `GET …/LiveSessions/SomeID/activities`] Needs PVWA 10.6. [clients]
         */
        get: operations["getLiveSessionActivities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/API/LiveSessions/{liveSessionId}/properties": {
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
                 *     contains a dot (`.`), the URL must end with `/`; the client appends it. Dot segments, `/`, `\` and
                 *     control characters are refused by the client too: they would address another path [inferred].
                 */
                liveSessionId: components["parameters"]["LiveSessionId"];
            };
            cookie?: never;
        };
        /**
         * Get the properties of a live session
         * @description The session's properties: a bare session object (not wrapped) plus `RecordingFiles`,
         *     `RecordedActivities`, `VideoSize`, `TextSize` and `DetailsUrl`. [vendor][clients: psPAS
         *     `Get-PASPSMSessionProperty.ps1`, asserting `GET …/LiveSessions/SomeID/properties`] Needs PVWA 10.6.
         */
        get: operations["getLiveSessionProperties"];
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
                 *     contains a dot (`.`), the URL must end with `/`; the client appends it. Dot segments, `/`, `\` and
                 *     control characters are refused by the client too: they would address another path [inferred].
                 */
                liveSessionId: components["parameters"]["LiveSessionId"];
            };
            cookie?: never;
        };
        /**
         * Monitor an active PSM session
         * @description Monitors an active PSM session using the connection method defined in the PVWA (RDP file or PSM
         *     Gateway). [vendor] Needs PVWA 10.5 [clients: psPAS `Connect-PASPSMSession.ps1`]; older versions answer
         *     405, 404 or 501. `Authorization` is the token as is, no `Bearer`. [vendor][clients][recorded]
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
         *     effect is expressed through the response media types below. [vendor table; shapes from clients]
         *
         *     | PVWA configured for | `Accept` sent | Response body |
         *     |---|---|---|
         *     | RDP file | `application/octet-stream` (the default), `*\/*` | the RDP file's bytes (`name:type:value` lines, CRLF; UTF-8 in CyberArk's mock, UTF-16 unconfirmed) |
         *     | RDP file | `application/json` | an **object of RDP settings** (`RdpSettings`: `{"full address": "10.0.0.5", "server port": 3389, …}`) — not a JSON string [clients: psPAS commit 9f42200][inferred for Monitor] |
         *     | PSM Gateway | `*\/*` (the page prints `* / *`; psPAS sends that literal) | `{ "PSMGWURL": …, "PSMGWRequest": … }` (`PsmGatewayConnection`) |
         *
         *     The `ConnectionMethod` response header (`PSMGW` | `RDPFile`) is on the vendor page only: no client reads
         *     it, CyberArk's own mock does not send it, no recording shows it. It is **optional**: when it is absent,
         *     decide by the body — an object with `PSMGWURL` and `PSMGWRequest` is the gateway form (psPAS does exactly
         *     this); another JSON object is RDP settings; anything else is the RDP file. Never decide "JSON or not" by
         *     `Content-Type` alone. [clients][inferred] The RDP file is a one-shot ticket valid for seconds; a
         *     `Content-Disposition: …; filename=` header may name it. [clients]
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
         *     The PVWA URL rules do not apply to it.
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
                 *     contains a dot (`.`), the URL must end with `/`; the client appends it. Dot segments, `/`, `\` and
                 *     control characters are refused by the client too: they would address another path [inferred].
                 */
                liveSessionId: components["parameters"]["LiveSessionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Terminate a live PSM session
         * @description Ends the live PSM session: the user is disconnected from the target. Requires `CanTerminate`. [clients] No request body: psPAS's tests assert none. Needs PVWA 10.1. [clients: psPAS]
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
                 *     contains a dot (`.`), the URL must end with `/`; the client appends it. Dot segments, `/`, `\` and
                 *     control characters are refused by the client too: they would address another path [inferred].
                 */
                liveSessionId: components["parameters"]["LiveSessionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Suspend a live PSM session
         * @description Suspends the live PSM session until it is resumed. Requires `CanSuspend`. [clients] No request body: psPAS's tests assert none. Needs PVWA 10.2. [clients: psPAS]
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
                 *     contains a dot (`.`), the URL must end with `/`; the client appends it. Dot segments, `/`, `\` and
                 *     control characters are refused by the client too: they would address another path [inferred].
                 */
                liveSessionId: components["parameters"]["LiveSessionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume a live PSM session
         * @description Resumes a live PSM session that was suspended. [clients] No request body: psPAS's tests assert none. Needs PVWA 10.2. [clients: psPAS]
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
    "/API/Server": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the PVWA's version
         * @description The PVWA's version and name. [vendor][clients] psPAS reads the same object from the classic
         *     `/WebServices/PIMServices.svc/Server` and checks each command's minimum version against `ExternalVersion`
         *     before sending it (`Assert-VersionRequirement`) [clients]; compare with each operation's
         *     `x-minimum-pvwa-version`. The minimum version of this path itself is our reading (the v10 API) [inferred].
         */
        get: operations["getServer"];
        put?: never;
        post?: never;
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
         * @description The error body the PVWA returns with most non-2xx statuses: `{"ErrorCode", "ErrorMessage", "Details"?}`.
         *     [clients: psPAS `Private/Get-PASResponse.ps1`, aiobastion][recorded: OneIdentity cassettes]
         *
         *     Real codes seen in recordings and client tests: `PASWS006E` (401, token missing, invalid or expired),
         *     `PASWS041E` (403, not authorized), `PASWS167E` (400, invalid parameters), `PASWS013E`, `CAIWS001E` (403,
         *     older PVWAs), `ITATS004E` (403 at logon, wrong user or password), `ITATS542I` (500 at logon, RADIUS
         *     challenge), `ITATS528E`. [clients][recorded]
         *
         *     Not every error is this body: IIS and WCF answer some errors with an HTML page ("Endpoint not found.",
         *     a generic 500 page), and some JSON bodies come labelled `text/html`. Never decide "JSON or not" from
         *     `Content-Type` alone. [clients][recorded]
         *
         *     No `pattern` is enforced on `ErrorCode`: the codes look like `PASWS006E` (a prefix, a number and a
         *     severity letter `E`/`W`/`I`), but the grammar is not published [inferred].
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
            /**
             * @description Further errors behind this one — an object or an array of objects, each with its own `ErrorCode` and
             *     `ErrorMessage`. [clients: psPAS `Private/Get-PASResponse.ps1`]
             */
            Details?: components["schemas"]["PvwaErrorDetail"] | components["schemas"]["PvwaErrorDetail"][];
        };
        /**
         * PvwaErrorDetail
         * @description One entry of `PvwaError.Details`. [clients] Other fields may appear [inferred].
         */
        PvwaErrorDetail: {
            /** @example PASWS167E */
            ErrorCode?: string;
            /** @example There are some invalid parameters. */
            ErrorMessage?: string;
        };
        /**
         * AspNetError
         * @description The body ASP.NET Web API itself answers when no PVWA handler took the request (e.g. 405 for a method a
         *     path does not take): `{"Message": "…"}`, not a `PvwaError` [inferred: the framework's standard body].
         */
        AspNetError: {
            /** @example The requested resource does not support http method 'GET'. */
            Message: string;
        };
        /**
         * HtmlErrorPage
         * @description An error answered by IIS or WCF rather than by the PVWA application: an HTML page such as
         *     "Endpoint not found." (404) or a generic "Runtime Error" (500) [clients] — or a PVWA JSON body labelled
         *     `text/html`. A PVWA 10.7 labelled a JSON body `text/html; charset=utf-8` [recorded: OneIdentity
         *     `lib/tests/cassettes/test_v10_user_logon.yaml` — the 200 answer of `Accounts/{id}/Password/Retrieve`, a
         *     JSON string; psPAS `Invoke-PASRestMethod.ps1` unquotes such 200 bodies]; that error bodies come labelled
         *     the same way is our reading [inferred]. Clients read the text, try it as JSON, and keep it as raw text
         *     when it is not the PVWA error body.
         */
        HtmlErrorPage: string;
        /**
         * LogonType
         * @description Authentication method, as the `{type}` segment of the Logon URL. Spelled as the vendor spells it
         *     (`Cyberark`, not `CyberArk`). [vendor] IIS routes the segment case-insensitively: clients send
         *     `CyberArk`, `radius`, … and reach the same endpoint [vendor][clients: psPAS, OneIdentity cassettes]; this
         *     document keeps the vendor's spelling.
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
             * @description The user's password (or, for RADIUS, the RADIUS passcode). When answering a RADIUS challenge (500
             *     `ITATS542I`), the answer to the challenge (e.g. the OTP) goes here, with `username`, POSTed to the same
             *     Logon URL in the same cookie session. [clients: psPAS `Private/Send-RADIUSResponse.ps1`] Never logged
             *     by the client.
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
         *     [vendor][recorded: OneIdentity `lib/tests/cassettes/test_v10_user_logon.yaml`, PVWA 10.7] Decode the JSON
         *     and send the token without its quotes in the `Authorization` header, as the recording does; a token sent
         *     with its quotes gets 401 `PASWS006E` [inferred: no recording holds a 401]. Recorded tokens are 180–250 characters, base64 of `<GUID>;<hex>;<hex>;`
         *     [recorded]; assume no length or format. Treat it as a secret.
         * @example Yjg0OGI4NTgtOWNmNC00NWE2LTg5OTMtNWFmMDE5NmFjYTM5OzQzNERGMTczMUNBQjE3NzYxOEY1NkFEQTBEMjcwN0YyO0JFMTgwRERDNDAwQjVFQzc0NDFENzFDNkY0QUFCRjY5QTI4NjlFMkNBRDJENUM2RUY2MjE2MkQxM0ZDQUZDNTk7
         */
        SessionToken: string;
        /**
         * LogonSecondStep
         * @description A 200 Logon answer that is not a token: the logon needs a second step (Windows / PKI logon). [clients:
         *     psPAS issues #245 and #133] The client cannot finish such a logon with body credentials; it reports it.
         *     Windows logon normally goes through IIS integrated authentication (Negotiate), not body credentials.
         */
        LogonSecondStep: {
            /**
             * @description Information for the second step; empty in the reported cases. [clients]
             * @example
             */
            AdditionalInfo?: string;
            /**
             * @description The user being logged on. [clients]
             * @example jsmith
             */
            UserName: string;
        };
        /**
         * LogonResponse
         * @description Logon's 200 body: the session token as a bare JSON string (the normal answer), or a `LogonSecondStep`
         *     object when the logon needs a second step. [vendor][recorded][clients]
         */
        LogonResponse: components["schemas"]["SessionToken"] | components["schemas"]["LogonSecondStep"];
        /**
         * LogoffResponse
         * @description Logoff's 200 body, `{"LogoffUrl":""}` with `Content-Type: application/json; charset=utf-8`. [recorded:
         *     OneIdentity `lib/tests/cassettes/test_v10_user_logon.yaml`, PVWA 10.7] `LogoffUrl` is where a browser
         *     would go next (an identity provider's logoff page under SAML) [inferred]; empty otherwise.
         */
        LogoffResponse: {
            /** @example  */
            LogoffUrl?: string;
        };
        /**
         * ServerInfo
         * @description `GET /API/Server`: the PVWA's version and name. [clients: psPAS `Get-PASServer` reads it from
         *     `/WebServices/PIMServices.svc/Server`, and checks every command's minimum version against
         *     `ExternalVersion` before sending] Other fields may appear.
         */
        ServerInfo: {
            /**
             * @description The product version, e.g. `14.2.0`; compare with an operation's `x-minimum-pvwa-version`.
             * @example 14.2.0
             */
            ExternalVersion: string;
            /**
             * @description The build version. [clients]
             * @example 14.2.0.45
             */
            InternalVersion?: string;
            /**
             * @description The Vault server's name. [clients]
             * @example Vault
             */
            ServerName?: string;
            /**
             * @description The Vault server's id. [clients]
             * @example 5f3ac4e0-53f6-4eb8-9d6c-bf5a8a8ae6f5
             */
            ServerId?: string;
        };
        /**
         * ConnectionMethod
         * @description The connection method the PVWA is configured with, as the vendor page says Monitor returns it in the
         *     `ConnectionMethod` response header: `PSMGW` (PSM HTML5 Gateway) or `RDPFile` (an RDP file). The vendor
         *     page gives its type as "Boolean"; an error in the page — it names one of these two strings. [vendor]
         *     No client reads the header, CyberArk's own mock does not send it and no recording shows it: treat it as
         *     optional and decide by the body when it is absent. [clients][inferred]
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
         * RdpSettings
         * @description Monitor's answer to `Accept: application/json` when the PVWA is configured for RDP files: a JSON object
         *     whose keys are RDP setting names (`"full address"`, `"server port"`, `username`, `"alternate shell"`,
         *     `desktopwidth`, `"screen mode id"`, …) and whose values are strings or integers. [vendor table][clients:
         *     psPAS commit 9f42200 rebuilds the file from such an object as `name:s:value` / `name:i:value` lines — for
         *     the PSMConnect call, which shares Monitor's `Accept` table; that Monitor answers the same way is our
         *     reading [inferred]] The keys `PSMGWURL` and `PSMGWRequest` never appear (they make the gateway form).
         * @example {
         *       "full address": "10.0.0.5",
         *       "server port": 3389,
         *       "username": "localhost\\PSM@5437b04c-6914-4fa1-9679-4363d3fb7ce2",
         *       "alternate shell": "PSM@5437b04c-6914-4fa1-9679-4363d3fb7ce2"
         *     }
         */
        RdpSettings: {
            [key: string]: string | number;
        };
        /**
         * RdpFileText
         * @description Tolerated alternative: the RDP file's text as one JSON string. An earlier reading of the vendor page;
         *     no client or recording shows it [inferred], but a client loses nothing by accepting it. Lines are
         *     `name:type:value` RDP settings such as `full address:s:10.0.0.5`, CRLF-separated.
         * @example full address:s:10.0.0.5
         *     server port:i:3389
         */
        RdpFileText: string;
        /**
         * MonitorJsonResponse
         * @description Monitor's `application/json` body: a `PsmGatewayConnection` object when the PVWA uses the PSM Gateway,
         *     an `RdpSettings` object when it uses RDP files and the request said `Accept: application/json`
         *     [vendor][clients], or — tolerated — the RDP file's text as a JSON string (`RdpFileText`) [inferred].
         *     The `ConnectionMethod` header tells which when present; otherwise the body does (an object with
         *     `PSMGWURL` and `PSMGWRequest` is the gateway form — psPAS decides the same way). [clients]
         */
        MonitorJsonResponse: components["schemas"]["PsmGatewayConnection"] | components["schemas"]["RdpSettings"] | components["schemas"]["RdpFileText"];
        /**
         * RdpFileBytes
         * Format: binary
         * @description The RDP file itself, as bytes — Monitor's answer to `Accept: application/octet-stream` (the default) or
         *     `*\/*` when the PVWA is configured for RDP files. [vendor] `name:type:value` lines, CRLF-separated; UTF-8
         *     in CyberArk's own mock (`cyberark/epv-api-scripts` "Mock Server/PAS REST API.json") [clients]; UTF-16
         *     with a byte-order mark is unconfirmed but handled [inferred]. A `Content-Disposition: …; filename=`
         *     header may name the file. The file is a one-shot ticket valid for seconds [clients]: use it at once.
         */
        RdpFileBytes: string;
        /**
         * LiveSession
         * @description A live PSM session, as `GET /API/LiveSessions` lists it and `GET /API/LiveSessions/{liveSessionId}` wraps
         *     it. [vendor][clients: psPAS `xml/psPAS.CyberArk.Vault.PSM.Formats.ps1xml`] Field names are the PVWA's
         *     (PascalCase); the meaning of each field is read from its name, the vendor pages and client usage
         *     [inferred] unless marked otherwise. Only `SessionID` is required: treat every other field as optional
         *     [inferred]; the PVWA may add fields this document does not list.
         */
        LiveSession: {
            /**
             * @description The session id, usable as `{liveSessionId}`.
             * @example 31_24
             */
            SessionID: string;
            /**
             * @description The session GUID, also usable as `{liveSessionId}`. [clients]
             * @example 5437b04c-6914-4fa1-9679-4363d3fb7ce2
             */
            SessionGuid?: string;
            /**
             * @description The Safe that holds the session's **recording** (e.g. `PSMRecordings`), not the Safe of the account.
             *     [vendor][clients]
             * @example PSMRecordings
             */
            SafeName?: string;
            /**
             * @description The folder of the recording in that Safe.
             * @example Root
             */
            FolderName?: string;
            /**
             * @description The recording's file name, `<guid>.session`. [clients]
             * @example 5437b04c-6914-4fa1-9679-4363d3fb7ce2.session
             */
            FileName?: string;
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
             * Format: int64
             * @description Session start time, in seconds since the Unix epoch (UTC). [vendor]
             * @example 1715850000
             */
            Start?: number;
            /**
             * Format: int64
             * @description Session end time, in seconds since the Unix epoch (UTC); `0` while the session is live. [clients]
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
             * @description When the recording was protected from deletion (epoch seconds) [inferred type].
             * @example 0
             */
            ProtectionDate?: unknown;
            /**
             * @description Who protected the recording.
             * @example
             */
            ProtectedBy?: string;
            /**
             * @description Whether the recording is protected from deletion.
             * @example false
             */
            ProtectionEnabled?: boolean;
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
             * @description The command run through OPM/PIM su, when the session is one.
             * @example
             */
            PIMSuCommand?: string;
            /**
             * @description The working directory of that command.
             * @example
             */
            PIMSuCWD?: string;
            /**
             * @description The PSM connection component used.
             * @example PSM-RDP
             */
            ConnectionComponentID?: string;
            /**
             * @description The kind of recording entity (e.g. `SessionRecording`) [inferred].
             * @example SessionRecording
             */
            PSMRecordingEntity?: string;
            /**
             * @description The ticket id given when the session was opened, if any.
             * @example
             */
            TicketID?: string;
            /**
             * @description The IP address the user connected from.
             * @example 192.0.2.44
             */
            FromIP?: string;
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
             * @description Details of the risk events behind `RiskScore`; shape not documented [inferred].
             * @example []
             */
            IncidentDetails?: unknown;
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
         * @description A page of live sessions — and, unchanged, the answer of `GET /API/LiveSessions/{liveSessionId}`, which wraps
         *     the one session the same way (`{"LiveSessions":[{…}],"Total":1}`). [vendor: "Get active session" page]
         *     [clients: psPAS `Functions/Monitoring/Get-PASPSMSession.ps1` reads both through the same code]
         */
        LiveSessionList: {
            /** @description The sessions on this page. */
            LiveSessions: components["schemas"]["LiveSession"][];
            /**
             * @description The number of sessions that **match the query**, across all pages (not the length of this page).
             *     Page with `Offset += Limit` while `Offset < Total`. [vendor][clients: psPAS `Get-PASPSMSession.ps1`
             *     and its test — Total 124, 25 a page → 5 calls]
             * @example 2
             */
            Total?: number;
        };
        /**
         * LiveSessionActivities
         * @description `GET /API/LiveSessions/{liveSessionId}/activities`: the activities recorded in the session so far.
         *     [vendor][clients: psPAS `Get-PASPSMSessionActivity.ps1`, formats in `psPAS.CyberArk.Vault.PSM.Formats.ps1xml`]
         */
        LiveSessionActivities: {
            Activities?: components["schemas"]["LiveSessionActivity"][];
        };
        /**
         * LiveSessionActivity
         * @description One activity of a session. Field types beyond the names are our reading [inferred].
         */
        LiveSessionActivity: {
            /**
             * @description What was done (a command, a window title, a keystroke summary).
             * @example services.msc
             */
            ActivityText?: string;
            /**
             * @description The kind of activity.
             * @example Window title
             */
            ActivityType?: string;
            /**
             * @description The activity's id; usable in `listLiveSessions`' `Activities` filter [inferred].
             * @example 1
             */
            ActivityId?: unknown;
            /**
             * @description The recording formats the activity appears in [inferred].
             * @example []
             */
            Formats?: unknown;
            /**
             * @description Where the activity appears in each recording [inferred].
             * @example []
             */
            Offsets?: unknown;
        };
        /**
         * LiveSessionProperties
         * @description `GET /API/LiveSessions/{liveSessionId}/properties`: the bare session object (not wrapped), plus its
         *     recordings. [vendor][clients: psPAS `Get-PASPSMSessionProperty.ps1`, formats in
         *     `psPAS.CyberArk.Vault.PSM.Formats.ps1xml`]
         */
        LiveSessionProperties: components["schemas"]["LiveSession"] & {
            /**
             * @description The session's recording files; shape not documented [inferred].
             * @example []
             */
            RecordingFiles?: unknown;
            /**
             * @description The recorded activities; shape not documented [inferred].
             * @example []
             */
            RecordedActivities?: unknown;
            /**
             * @description Size of the video recording [inferred unit].
             * @example 0
             */
            VideoSize?: number;
            /**
             * @description Size of the text recording [inferred unit].
             * @example 0
             */
            TextSize?: number;
            /**
             * @description A PVWA page with the session's details [inferred].
             * @example
             */
            DetailsUrl?: string;
        };
    };
    responses: {
        /**
         * @description 400 — the request has bad syntax or cannot be fulfilled (for example a URL that breaks the PVWA URL
         *     rules, or an invalid body). [vendor] Real code: `PASWS167E` "There are some invalid parameters." [clients]
         */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PvwaError"];
                "text/html": components["schemas"]["HtmlErrorPage"];
            };
        };
        /**
         * @description 401 — the session token is missing, invalid or expired (`PASWS006E`). [vendor][clients] Log on again and
         *     retry once. The answer carries no `WWW-Authenticate` header, and a token sent with its JSON quotes gets
         *     this too [inferred: the OneIdentity cassettes, the only public PVWA recordings, send tokens unquoted and
         *     hold no 401].
         */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PvwaError"];
                "text/html": components["schemas"]["HtmlErrorPage"];
            };
        };
        /**
         * @description 403 — the user is not allowed to perform this action: `PASWS041E` [clients]; older PVWAs answer
         *     `CAIWS001E` "Couldn't retrieve session token from request header." [clients: psPAS issue #189, PVWA 9.9.5]
         */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PvwaError"];
                "text/html": components["schemas"]["HtmlErrorPage"];
            };
        };
        /**
         * @description 404 — not found. A path the PVWA does not know (including a call too new for an old PVWA) gets the
         *     IIS/WCF HTML page "Endpoint not found." [clients: aiobastion][recorded]. For a live session that is gone the
         *     JSON body's code is not in our sources [inferred]; `getLiveSession` may instead answer 200 with an empty
         *     `LiveSessions` list [inferred].
         */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PvwaError"];
                "text/html": components["schemas"]["HtmlErrorPage"];
            };
        };
        /**
         * @description 405 — the PVWA is too old for this call (see the operation's `x-minimum-pvwa-version`): IIS routes the
         *     path to another handler that does not take this method. [vendor][clients: aiobastion treats 404/405 as
         *     "not supported by this version"] The body is an HTML page or a JSON error.
         */
        MethodNotAllowed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PvwaError"] | components["schemas"]["AspNetError"];
                "text/html": components["schemas"]["HtmlErrorPage"];
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
        /** @description 500 — internal server error. [vendor] Often a generic ASP.NET HTML page rather than a JSON body. [clients] */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PvwaError"];
                "text/html": components["schemas"]["HtmlErrorPage"];
            };
        };
        /**
         * @description 501 — not implemented: the PVWA does not support this call, usually because its version is too old
         *     (see the operation's `x-minimum-pvwa-version`). [vendor] Real PVWAs more often answer 405 or 404.
         *     [clients: aiobastion]
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
         * @description 200 — done. No response body is documented; psPAS's tests assert no request body and read no answer
         *     [clients]. Clients should ignore any body and also accept 204 [inferred].
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
         *     contains a dot (`.`), the URL must end with `/`; the client appends it. Dot segments, `/`, `\` and
         *     control characters are refused by the client too: they would address another path [inferred].
         */
        LiveSessionId: string;
        /**
         * @description The authentication method: `Cyberark` (the Vault's own users), `Windows`, `LDAP` or `RADIUS`. [vendor]
         *     IIS matches it case-insensitively (`CyberArk`, `radius` work too). [vendor][clients][recorded]
         */
        LogonTypePath: components["schemas"]["LogonType"];
        /**
         * @description Maximum number of sessions in one page. Default 25; the maximum is the PSM `MaxRecords` setting (default
         *     1000), so it is not fixed in this document. [vendor][clients: psPAS sends `Limit=25` when none is given]
         * @example 50
         */
        Limit: number;
        /**
         * @description Number of matching sessions to skip before the first one returned. Page with `Offset += Limit` while
         *     `Offset < Total`. [vendor][clients: psPAS]
         * @example 0
         */
        Offset: number;
        /**
         * @description Sort order: one of the vendor's sort fields, prefixed with `-` for descending order, for example
         *     `-RiskScore` (riskiest first). Default: newest start first. [vendor][clients]
         * @example -RiskScore
         */
        Sort: "RiskScore" | "FileName" | "SafeName" | "FolderName" | "PSMVaultUserName" | "FromIP" | "RemoteMachine" | "Client" | "Protocol" | "AccountUserName" | "AccountAddress" | "AccountPlatformID" | "PSMStartTime" | "TicketID" | "-RiskScore" | "-FileName" | "-SafeName" | "-FolderName" | "-PSMVaultUserName" | "-FromIP" | "-RemoteMachine" | "-Client" | "-Protocol" | "-AccountUserName" | "-AccountAddress" | "-AccountPlatformID" | "-PSMStartTime" | "-TicketID";
        /**
         * @description Free-text search over the sessions' fields. [vendor][clients]
         *
         *     PVWA URL rules [vendor]: `+`, `&` and `%` are not supported in URL values, so the `pattern` refuses them.
         *     Spaces are allowed, sent percent-encoded as `%20`: psPAS encodes every query value that way
         *     (`Private/ConvertTo-QueryString.ps1`) and CyberArk's own filter syntax contains spaces [clients] — the
         *     "no spaces" rule is about raw spaces in the URL.
         */
        Search: string;
        /**
         * @description Only sessions whose recordings are in this Safe. [vendor][clients]
         *
         *     PVWA URL rules [vendor]: `+`, `&` and `%` are not supported in URL values, so the `pattern` refuses them.
         *     Spaces are allowed, sent percent-encoded as `%20`: psPAS encodes every query value that way
         *     (`Private/ConvertTo-QueryString.ps1`) and CyberArk's own filter syntax contains spaces [clients] — the
         *     "no spaces" rule is about raw spaces in the URL.
         * @example PSMRecordings
         */
        Safe: string;
        /**
         * @description Only sessions that **started** at or after this time, in seconds since the Unix epoch (UTC). [vendor][clients]
         * @example 1715846400
         */
        FromTime: number;
        /**
         * @description Only sessions that **started** at or before this time, in seconds since the Unix epoch (UTC). [vendor][clients]
         * @example 1715932800
         */
        ToTime: number;
        /**
         * @description Only sessions with these activities: activity ids (see `GET /API/LiveSessions/{liveSessionId}/activities`),
         *     passed through as one string [vendor][clients]; the list syntax is not documented [inferred].
         *
         *     PVWA URL rules [vendor]: `+`, `&` and `%` are not supported in URL values, so the `pattern` refuses them.
         *     Spaces are allowed, sent percent-encoded as `%20`: psPAS encodes every query value that way
         *     (`Private/ConvertTo-QueryString.ps1`) and CyberArk's own filter syntax contains spaces [clients] — the
         *     "no spaces" rule is about raw spaces in the URL.
         * @example 12
         */
        Activities: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description Which connection method the PVWA is configured with, and so which form the Monitor body takes: `PSMGW`
         *     (PSM Gateway: a `PsmGatewayConnection` object) or `RDPFile` (an RDP file, as bytes or as an
         *     `RdpSettings` object depending on `Accept`). [vendor] The vendor page describes it as "the method set in
         *     ConnectionType" and types it as "Boolean" — an error in the page: it carries one of the two strings.
         *
         *     **Optional.** It is on the vendor page only: no client reads it, CyberArk's own mock
         *     (`cyberark/epv-api-scripts` "Mock Server/PAS REST API.json") does not send it, and no recording shows it.
         *     When it is absent, decide by the body: an object with `PSMGWURL` and `PSMGWRequest` is the gateway form
         *     (psPAS does exactly this). [clients][inferred]
         */
        ConnectionMethod: components["schemas"]["ConnectionMethod"];
        /**
         * @description May name the RDP file (`attachment; filename=…rdp`). [clients] Optional.
         * @example attachment; filename=31_24.rdp
         */
        ContentDisposition: string;
        /**
         * @description The API versions the PVWA supports, e.g. `10.7`; sent on most answers. [recorded: OneIdentity cassettes,
         *     PVWA 10.7][clients: psPAS issue #245 shows `11.0`] Optional.
         * @example 10.7
         */
        ApiSupportedVersions: string;
        /**
         * @description A request id the PVWA logs under; quote it to support. [clients] Optional.
         * @example 6f1c0a43-1a2b-4c3d-9e8f-0a1b2c3d4e5f
         */
        CorrelationId: string;
        /**
         * @description The logon answer sets cookies (`CA11111`, `CA22222`, `CA33333`, `CA55555`, `mobileState`; path
         *     `/PasswordVault/`, `secure`, `HttpOnly`; `CA33333` empty), and every later answer, logoff's included, sets
         *     them again. [recorded: OneIdentity cassettes, PVWA 10.7] Behind a load
         *     balancer the token is only honoured by the PVWA node that issued it: keep these cookies for the life of
         *     the session and send them back [clients: aiobastion]; a RADIUS challenge must be answered in the same
         *     cookie session [clients: psPAS]. Browsers do this themselves.
         * @example CA22222=A080B33F0F61843E; path=/PasswordVault/; secure; HttpOnly
         */
        SetCookie: string;
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
                /**
                 * @description The authentication method: `Cyberark` (the Vault's own users), `Windows`, `LDAP` or `RADIUS`. [vendor]
                 *     IIS matches it case-insensitively (`CyberArk`, `radius` work too). [vendor][clients][recorded]
                 */
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
            /**
             * @description Logged on: the session token as a bare JSON string [vendor][recorded] — or, for a logon that needs a
             *     second step, a `LogonSecondStep` object [clients].
             */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["SetCookie"];
                    "api-supported-versions": components["headers"]["ApiSupportedVersions"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LogonResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            /**
             * @description 403 — authentication failed: wrong user name or password, unknown user, or the method is not enabled
             *     for the user (`ITATS004E`). [clients: psPAS, aiobastion, cybr-cli issue #107][recorded] A PVWA
             *     answers a wrong password with 403, not 401.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PvwaError"];
                };
            };
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            /**
             * @description 409 — the password has expired; log on again with `newPassword` (Cyberark and LDAP methods).
             *     [clients] The error code is not in our sources [inferred].
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PvwaError"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /**
             * @description 500 — either a RADIUS challenge (`ITATS542I`; `ErrorMessage` is the prompt to show the user) [clients:
             *     psPAS `New-PASSession.ps1`, `Send-RADIUSResponse.ps1`], or an internal server error, sometimes an HTML
             *     page [vendor][clients].
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PvwaError"];
                    "text/html": components["schemas"]["HtmlErrorPage"];
                };
            };
            501: components["responses"]["NotImplemented"];
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
            /** @description Logged off. [recorded] */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LogoffResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    listLiveSessions: {
        parameters: {
            query?: {
                /**
                 * @description Maximum number of sessions in one page. Default 25; the maximum is the PSM `MaxRecords` setting (default
                 *     1000), so it is not fixed in this document. [vendor][clients: psPAS sends `Limit=25` when none is given]
                 * @example 50
                 */
                Limit?: components["parameters"]["Limit"];
                /**
                 * @description Number of matching sessions to skip before the first one returned. Page with `Offset += Limit` while
                 *     `Offset < Total`. [vendor][clients: psPAS]
                 * @example 0
                 */
                Offset?: components["parameters"]["Offset"];
                /**
                 * @description Sort order: one of the vendor's sort fields, prefixed with `-` for descending order, for example
                 *     `-RiskScore` (riskiest first). Default: newest start first. [vendor][clients]
                 * @example -RiskScore
                 */
                Sort?: components["parameters"]["Sort"];
                /**
                 * @description Free-text search over the sessions' fields. [vendor][clients]
                 *
                 *     PVWA URL rules [vendor]: `+`, `&` and `%` are not supported in URL values, so the `pattern` refuses them.
                 *     Spaces are allowed, sent percent-encoded as `%20`: psPAS encodes every query value that way
                 *     (`Private/ConvertTo-QueryString.ps1`) and CyberArk's own filter syntax contains spaces [clients] — the
                 *     "no spaces" rule is about raw spaces in the URL.
                 */
                Search?: components["parameters"]["Search"];
                /**
                 * @description Only sessions whose recordings are in this Safe. [vendor][clients]
                 *
                 *     PVWA URL rules [vendor]: `+`, `&` and `%` are not supported in URL values, so the `pattern` refuses them.
                 *     Spaces are allowed, sent percent-encoded as `%20`: psPAS encodes every query value that way
                 *     (`Private/ConvertTo-QueryString.ps1`) and CyberArk's own filter syntax contains spaces [clients] — the
                 *     "no spaces" rule is about raw spaces in the URL.
                 * @example PSMRecordings
                 */
                Safe?: components["parameters"]["Safe"];
                /**
                 * @description Only sessions that **started** at or after this time, in seconds since the Unix epoch (UTC). [vendor][clients]
                 * @example 1715846400
                 */
                FromTime?: components["parameters"]["FromTime"];
                /**
                 * @description Only sessions that **started** at or before this time, in seconds since the Unix epoch (UTC). [vendor][clients]
                 * @example 1715932800
                 */
                ToTime?: components["parameters"]["ToTime"];
                /**
                 * @description Only sessions with these activities: activity ids (see `GET /API/LiveSessions/{liveSessionId}/activities`),
                 *     passed through as one string [vendor][clients]; the list syntax is not documented [inferred].
                 *
                 *     PVWA URL rules [vendor]: `+`, `&` and `%` are not supported in URL values, so the `pattern` refuses them.
                 *     Spaces are allowed, sent percent-encoded as `%20`: psPAS encodes every query value that way
                 *     (`Private/ConvertTo-QueryString.ps1`) and CyberArk's own filter syntax contains spaces [clients] — the
                 *     "no spaces" rule is about raw spaces in the URL.
                 * @example 12
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
                    "api-supported-versions": components["headers"]["ApiSupportedVersions"];
                    "X-Correlation-ID": components["headers"]["CorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiveSessionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
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
                 *     contains a dot (`.`), the URL must end with `/`; the client appends it. Dot segments, `/`, `\` and
                 *     control characters are refused by the client too: they would address another path [inferred].
                 */
                liveSessionId: components["parameters"]["LiveSessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The live session, in the list wrapper. */
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
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    getLiveSessionActivities: {
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
                 *     contains a dot (`.`), the URL must end with `/`; the client appends it. Dot segments, `/`, `\` and
                 *     control characters are refused by the client too: they would address another path [inferred].
                 */
                liveSessionId: components["parameters"]["LiveSessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The activities of a live session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiveSessionActivities"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    getLiveSessionProperties: {
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
                 *     contains a dot (`.`), the URL must end with `/`; the client appends it. Dot segments, `/`, `\` and
                 *     control characters are refused by the client too: they would address another path [inferred].
                 */
                liveSessionId: components["parameters"]["LiveSessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The properties of a live session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiveSessionProperties"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
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
                 *     contains a dot (`.`), the URL must end with `/`; the client appends it. Dot segments, `/`, `\` and
                 *     control characters are refused by the client too: they would address another path [inferred].
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
                    "Content-Disposition": components["headers"]["ContentDisposition"];
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
            405: components["responses"]["MethodNotAllowed"];
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
                 *     contains a dot (`.`), the URL must end with `/`; the client appends it. Dot segments, `/`, `\` and
                 *     control characters are refused by the client too: they would address another path [inferred].
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
            405: components["responses"]["MethodNotAllowed"];
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
                 *     contains a dot (`.`), the URL must end with `/`; the client appends it. Dot segments, `/`, `\` and
                 *     control characters are refused by the client too: they would address another path [inferred].
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
            405: components["responses"]["MethodNotAllowed"];
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
                 *     contains a dot (`.`), the URL must end with `/`; the client appends it. Dot segments, `/`, `\` and
                 *     control characters are refused by the client too: they would address another path [inferred].
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
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    getServer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The PVWA's version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerInfo"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalServerError"];
            501: components["responses"]["NotImplemented"];
        };
    };
}
