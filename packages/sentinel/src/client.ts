/**
 * `createSentinelClient`: the openapi-fetch client typed by the generated `paths` (low-level calls keep working),
 * wired to the runtime transport (X-SAML auth, timeouts, safe retries, typed errors, redaction), plus
 * high-level methods that return data or throw typed errors.
 */
import {
  AuthenticationError,
  type CallOptions,
  type ClientOptionsBase,
  type SessionAuth,
  type TokenOrCredentials,
  InvalidResponseError,
  Secret,
  createTransport,
  isRecord,
  scrubFor,
  sessionAuth,
  staticToken,
  transportOptionsFrom,
} from '@session-apis/client-runtime';
import {
  checkCallOptions,
  checkClientOptions,
  checkInteger,
  checkPathSegment,
  checkSchema,
  checkString,
  invalid,
  isHeaderSafe,
} from '@session-apis/client-runtime/internal';
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { basicAuthorization, xSaml } from './auth.js';
import { sentinelCall } from './errors.js';
import { listUserSessionsArgs, preauthorizeArgs, updateUserSessionArgs } from './generated/operations.js';
import type { components, operations, paths } from './generated/schema.js';
import { type FetchedPage, checkPage, iterateUserSessions } from './paging.js';

export type UserSession = components['schemas']['UserSession'];
export type UserSessionUpdate = components['schemas']['UserSessionUpdate'];
export type UserSessionPage = components['schemas']['UserSessionPage'];
export type SessionType = components['schemas']['SessionType'];
export type AuthToken = components['schemas']['AuthToken'];

/** Query of `listUserSessions`: `{ query?, field?, page?, pagesize? }` (the vendor's parameter names). */
export type UserSessionListQuery = NonNullable<operations['listUserSessions']['parameters']['query']>;
/** Query of `userSessions()`: as `listUserSessions`, without `page` (the iterator follows `next` from page 1). */
export type UserSessionIterateQuery = Omit<UserSessionListQuery, 'page'>;

/** Options of `userSessions()`: a call's options plus the most pages one iteration may request. */
export interface UserSessionIterateOptions extends CallOptions {
  /** Default 1000: past it (with more pages to come) the iteration ends with a `PagingError`. */
  maxPages?: number;
}

/** The `session-type` values a PUT may send: the spec's enum (through codegen). A read session may carry any other string (the vendor's sample does). */
// Frozen as before: it is also the list the PUT check reads, so nobody can widen it at run time.
export const SESSION_TYPES: readonly SessionType[] = Object.freeze(updateUserSessionArgs.body.properties['session-type'].enum);

export interface SentinelCredentials {
  /** A Sentinel user name (HTTP Basic: must not contain `:`). */
  username: string;
  password: string;
}

interface SentinelClientCommonOptions extends ClientOptionsBase {
  /** `https://{host}:8443` — the server; `/SentinelRESTServices/…` and `/SentinelAuthServices/…` are under it. */
  baseUrl: string;
}

/** Exactly one of `token` (a SAML token you already have) or `credentials` (the client gets tokens itself). */
export type SentinelClientOptions = SentinelClientCommonOptions & TokenOrCredentials<SentinelCredentials>;

export interface SentinelMethods {
  /**
   * Logs on now rather than on the first call (`POST /SentinelAuthServices/auth/tokens`, HTTP Basic) — e.g. to
   * check the credentials at start-up; does nothing when the client already has a token. Never retried.
   * Needs `credentials` (InvalidInputError otherwise).
   */
  logon(options?: CallOptions): Promise<void>;
  /**
   * Ends the token (`DELETE /SentinelAuthServices/auth/tokens/{token}`, sent with that token; never re-logs on)
   * and forgets it: with `credentials` the next call logs on again, with a fixed `token` later calls go out
   * without Authorization. Does nothing when there is no token. A 401 (the token had expired) forgets it too and
   * is thrown; on other failures the token is kept so that `logoff()` can be tried again.
   */
  logoff(options?: CallOptions): Promise<void>;
  /**
   * The token the client sends as `X-SAML <token>`: the configured `token` (InvalidInputError once logoff() ended
   * it), or (with `credentials`) the current one, requested first if there is none yet. A secret: handle it like
   * the password.
   */
  getToken(options?: CallOptions): Promise<string>;
  /** `GET /SentinelRESTServices/objects/user-session/{SessionKey}`. */
  getUserSession(sessionKey: string, options?: CallOptions): Promise<UserSession>;
  /** `PUT …/user-session/{SessionKey}`: writes the given fields (idempotent: retried per the policy). */
  updateUserSession(sessionKey: string, update: UserSessionUpdate, options?: CallOptions): Promise<void>;
  /** `DELETE …/user-session/{SessionKey}` (idempotent: retried per the policy). Any 2xx is success. */
  deleteUserSession(sessionKey: string, options?: CallOptions): Promise<void>;
  /** `GET /SentinelRESTServices/objects/user-session`: one page, `{ objects, next?, prev? }`. */
  listUserSessions(query?: UserSessionListQuery, options?: CallOptions): Promise<UserSessionPage>;
  /**
   * Every user session, across pages: requests page 1 with `query`, then follows each page's `next` URL (only on
   * `baseUrl`'s origin, never twice). Lazy: `break` stops further requests; `options.signal` aborts.
   * Arguments are checked when this is called (InvalidInputError thrown synchronously).
   */
  userSessions(query?: UserSessionIterateQuery, options?: UserSessionIterateOptions): AsyncGenerator<UserSession, void, undefined>;
  /**
   * `GET /SentinelRESTServices/preauthorize`: may the token call `httpMethod` on `path` (relative to
   * `/SentinelRESTServices`, e.g. `/objects/user-session`), optionally with `contentType` / `acceptType`?
   * Sentinel's `"true"`/`"false"` string as a boolean. A path/method pair the server does not serve is not
   * `false`: Sentinel answers 400 `RestEndpointNotFound`, thrown as `EndpointNotFoundError`.
   */
  preauthorize(path: string, httpMethod: string, options?: PreauthorizeOptions): Promise<boolean>;
}

/** Options of `preauthorize()`: the media types the checked call would send and accept, if they matter. */
export interface PreauthorizeOptions extends CallOptions {
  contentType?: string;
  acceptType?: string;
}

/** The typed openapi-fetch client (`GET`, `PUT`, `use`, …) plus the high-level methods. */
export type SentinelClient = Client<paths> & SentinelMethods;

const USER_SESSIONS = '/SentinelRESTServices/objects/user-session';
const TOKENS = '/SentinelAuthServices/auth/tokens';
// Every call asks for JSON: the API negotiates formats [vendor] (the spec says it in its description).
const ACCEPT_JSON = { Accept: 'application/json' };

export function createSentinelClient(options: SentinelClientOptions): SentinelClient {
  const { baseUrl, token, credentials } = checkSentinelOptions(options);
  const password = credentials ? new Secret(credentials.password) : undefined;
  const basic = credentials ? new Secret(basicAuthorization(credentials.username, credentials.password)) : undefined;
  let digest: Secret | undefined;
  const common = {
    ...transportOptionsFrom(options),
    // Scrubbed from every message and log line, even where the transport never saw them.
    secrets: () =>
      [token, password?.reveal(), basic?.reveal().slice('Basic '.length), auth.current(), digest?.reveal()].filter(
        (s): s is string => s !== undefined && s !== '',
      ),
  };

  // The token request has its own transport: Basic instead of X-SAML, never retried, never re-authenticated.
  const tokenTransport = createTransport({ ...common, retry: false, reauth: false, idempotent: false });
  const auth: SessionAuth = token !== undefined ? staticToken(token, xSaml) : sessionAuth({ logon: () => requestToken(), format: xSaml });
  // A 401 means Sentinel refused the token before acting, so one new token + resend is safe for every call.
  const transport = createTransport({ ...common, auth, reauth: true });

  // The transport is the client-level fetch, so low-level calls get auth, timeouts and retries too; its Request
  // class builds each call's Request with the first attempt's signal and token in, so it is sent without a copy.
  const client = createClient<paths>({
    baseUrl: baseUrl.href.replace(/\/+$/, ''),
    fetch: transport.fetch,
    Request: transport.Request,
    headers: ACCEPT_JSON,
  });

  async function requestToken(): Promise<string> {
    if (!basic) throw new Error('unreachable: token request without credentials');
    const answer = await sentinelCall(client.POST(TOKENS, { headers: { Authorization: basic.reveal() }, fetch: tokenTransport.fetch }));
    if (!isRecord(answer) || typeof answer.Token !== 'string' || answer.Token === '' || !isHeaderSafe(answer.Token)) {
      throw new InvalidResponseError(`POST ${TOKENS} → 2xx: the body has no usable Token`);
    }
    if (typeof answer.TokenDigest === 'string') digest = new Secret(answer.TokenDigest);
    return answer.Token;
  }

  // One path segment: `.`/`..` would address the collection (a DELETE of the wrong resource), `/` another path.
  const keyCheck = (sessionKey: unknown): string => checkPathSegment('sessionKey', sessionKey);

  async function fetchPage(query: UserSessionListQuery | undefined, opts: CallOptions, follow?: URL): Promise<FetchedPage> {
    let sent = follow?.href ?? '';
    let scrub: ((text: string) => string) | undefined;
    // Per-request middleware: records the URL actually requested and, for a `next` page, swaps in the server's
    // URL, so `next` pages go through the same openapi-fetch parsing, transport and error mapping as page 1;
    // and keeps how the transport redacts this answer, for the paging guard's messages.
    const middleware: Middleware = {
      onRequest({ request }) {
        const out = follow ? new transport.Request(follow, request) : request; // the transport's class: sent without a copy
        sent = out.url;
        return out;
      },
      onResponse({ response }) {
        scrub = scrubFor(response);
      },
    };
    const page = await sentinelCall(
      client.GET(USER_SESSIONS, { ...(query ? { params: { query } } : {}), middleware: [middleware], fetch: transport.with(opts) }),
    );
    return { page: checkPage(page), url: sent, ...(scrub ? { scrub } : {}) };
  }

  const methods: SentinelMethods = {
    async logon(callOptions) {
      const opts = checkCallOptions(callOptions);
      if (!credentials) invalid('credentials', 'required', 'logon() needs a client created with credentials');
      await auth.authorization(opts.signal);
    },

    async logoff(callOptions) {
      const opts = checkCallOptions(callOptions);
      const current = auth.current();
      if (current === undefined) return;
      // The token is base64 (`/` is sent as %2F by openapi-fetch); only a dot segment could change the path.
      if (/^\.{1,2}$/.test(current)) invalid('token', 'path-segment', 'the token cannot be sent as a path segment');
      try {
        await sentinelCall(
          client.DELETE('/SentinelAuthServices/auth/tokens/{token}', {
            params: { path: { token: current } },
            parseAs: 'text',
            fetch: transport.with({ ...opts, reauth: false }),
          }),
        );
      } catch (err) {
        // A 401 means the token is dead already; on other failures keep it so logoff can be tried again.
        if (err instanceof AuthenticationError) auth.clear();
        throw err;
      }
      auth.clear();
    },

    async getToken(callOptions) {
      const opts = checkCallOptions(callOptions);
      // With credentials this logs on if needed; a fixed token is only forgotten by logoff().
      if (token === undefined) await auth.authorization(opts.signal);
      const current = auth.current();
      if (current === undefined) invalid('token', 'logged-off', 'the token was ended by logoff()');
      return current;
    },

    async getUserSession(sessionKey, callOptions) {
      const key = keyCheck(sessionKey);
      const opts = checkCallOptions(callOptions);
      const session = await sentinelCall(
        client.GET('/SentinelRESTServices/objects/user-session/{SessionKey}', { params: { path: { SessionKey: key } }, fetch: transport.with(opts) }),
      );
      if (!isRecord(session)) throw new InvalidResponseError(`GET ${USER_SESSIONS}/… → 2xx: the body is not a user-session object`);
      return session;
    },

    async updateUserSession(sessionKey, update, callOptions) {
      const key = keyCheck(sessionKey);
      const body = checkUpdate(update);
      const opts = checkCallOptions(callOptions);
      // parseAs text: the vendor answers 200 with no body; whatever a server sends on 2xx is ignored.
      await sentinelCall(
        client.PUT('/SentinelRESTServices/objects/user-session/{SessionKey}', {
          params: { path: { SessionKey: key } },
          body,
          parseAs: 'text',
          fetch: transport.with(opts),
        }),
      );
    },

    async deleteUserSession(sessionKey, callOptions) {
      const key = keyCheck(sessionKey);
      const opts = checkCallOptions(callOptions);
      await sentinelCall(
        client.DELETE('/SentinelRESTServices/objects/user-session/{SessionKey}', { params: { path: { SessionKey: key } }, parseAs: 'text', fetch: transport.with(opts) }),
      );
    },

    async listUserSessions(query, callOptions) {
      const checked = checkListQuery(query, true);
      const opts = checkCallOptions(callOptions);
      return (await fetchPage(checked, opts)).page;
    },

    userSessions(query, callOptions) {
      const checked = checkListQuery(query, false);
      const { maxPages, ...opts } = checkCallOptions(callOptions);
      if (maxPages !== undefined) checkInteger('maxPages', maxPages, 1);
      return iterateUserSessions(
        { first: () => fetchPage(checked, opts), follow: (url) => fetchPage(undefined, opts, url) },
        baseUrl.origin,
        opts.signal,
        maxPages !== undefined ? { maxPages } : {},
      );
    },

    async preauthorize(path, httpMethod, callOptions) {
      const { contentType, acceptType, ...opts } = checkCallOptions(callOptions);
      const query = { path, httpMethod, ...(contentType !== undefined ? { contentType } : {}), ...(acceptType !== undefined ? { acceptType } : {}) };
      checkSchema(query, preauthorizeArgs.query, 'query');
      const answer = await sentinelCall(client.GET('/SentinelRESTServices/preauthorize', { params: { query }, fetch: transport.with(opts) }));
      const flag: unknown = isRecord(answer) ? answer.Authorized : undefined;
      if (flag !== 'true' && flag !== 'false') {
        throw new InvalidResponseError('GET /SentinelRESTServices/preauthorize → 2xx: Authorized is not "true" or "false"');
      }
      return flag === 'true';
    },
  };

  return Object.assign(client, methods);
}

function checkSentinelOptions(options: unknown): { baseUrl: URL; token: string | undefined; credentials: SentinelCredentials | undefined } {
  const { baseUrl, token, credentials: c } = checkClientOptions(options);
  if (!c) return { baseUrl, token, credentials: undefined };
  const username = checkString('credentials.username', c.username);
  // RFC 7617: the user-id of HTTP Basic cannot contain a colon (the first colon ends it).
  if (username.includes(':')) invalid('credentials.username', 'no-colon', 'credentials.username must not contain ":" (HTTP Basic)');
  return { baseUrl, token, credentials: { username, password: checkString('credentials.password', c.password) } };
}

/** The spec's rules for the list query (through codegen); `userSessions()` pages itself (no `page`). */
function checkListQuery(query: unknown, allowPage: boolean): UserSessionListQuery | undefined {
  if (query === undefined) return undefined;
  if (!allowPage && isRecord(query) && query.page !== undefined) invalid('page', 'known-parameter', 'userSessions() pages itself: pass no page');
  checkSchema(query, listUserSessionsArgs.query, 'query');
  return query as UserSessionListQuery;
}

/**
 * The PUT body: the spec's rules (the `session-type` enum a writer must keep although readers accept any value,
 * `start` a date-time), after a check the spec's patterns only partly say: no string may hold a control character
 * or a lone surrogate, at any depth. JSON can carry those only as `\uXXXX` escapes, which Sentinel is reported to
 * reject [inferred] — refused here rather than escaped.
 */
function checkUpdate(update: unknown): UserSessionUpdate {
  if (isRecord(update)) checkRawText(update, '');
  checkSchema(update, updateUserSessionArgs.body, 'update');
  return update as UserSessionUpdate;
}

// C0 controls, DEL, and a surrogate not part of a pair (JSON.stringify writes all of them as \uXXXX).
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[\x00-\x1f\x7f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function checkRawText(value: Record<string, unknown>, prefix: string): void {
  for (const [name, v] of Object.entries(value)) {
    if (typeof v === 'string' && NEEDS_ESCAPE.test(v)) {
      invalid(prefix + name, 'no-control-characters', `${prefix + name} must not contain control characters (Sentinel rejects \\u escapes)`);
    }
    if (isRecord(v)) checkRawText(v, `${prefix + name}.`);
  }
}
