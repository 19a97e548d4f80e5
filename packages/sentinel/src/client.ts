/**
 * `createSentinelClient`: the openapi-fetch client typed by the generated `paths` (low-level calls keep working),
 * wired to the runtime transport (X-SAML auth, timeouts, safe retries, typed errors, redaction), plus
 * high-level methods that return data or throw typed errors.
 */
import {
  type CallOptions,
  type ClientOptionsBase,
  type SessionAuth,
  type TokenOrCredentials,
  InvalidResponseError,
  Secret,
  call,
  checkCallOptions,
  checkClientOptions,
  checkInteger,
  checkString,
  createTransport,
  invalid,
  isHeaderSafe,
  isRecord,
  sessionAuth,
  staticToken,
  transportOptionsFrom,
} from '@session-apis/client-runtime';
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { basicAuthorization, xSaml } from './auth.js';
import { sentinelFaults } from './errors.js';
import type { components, operations, paths } from './generated/schema.js';
import { type FetchedPage, checkPage, iterateUserSessions } from './paging.js';
import { isDateTime } from './validate.js';

export type UserSession = components['schemas']['UserSession'];
export type UserSessionUpdate = components['schemas']['UserSessionUpdate'];
export type UserSessionPage = components['schemas']['UserSessionPage'];
export type SessionType = components['schemas']['SessionType'];
export type AuthToken = components['schemas']['AuthToken'];

/** Query of `listUserSessions`: `{ query?, field?, page?, pagesize? }` (the vendor's parameter names). */
export type UserSessionListQuery = NonNullable<operations['listUserSessions']['parameters']['query']>;
/** Query of `userSessions()`: as `listUserSessions`, without `page` (the iterator follows `next` from page 1). */
export type UserSessionIterateQuery = Omit<UserSessionListQuery, 'page'>;

// A Record, so that a new SessionType in the spec fails to compile here until it is added.
const SESSION_TYPES: Record<SessionType, true> = { HTTP: true, LEGACY: true };
export const SESSION_TYPE_VALUES = Object.freeze(Object.keys(SESSION_TYPES)) as readonly SessionType[];

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
   * Requests a new token now (`POST /SentinelAuthServices/auth/tokens`, HTTP Basic) and uses it from then on —
   * e.g. to check the credentials at start-up. Never retried. Needs `credentials` (InvalidInputError otherwise).
   */
  authenticate(options?: CallOptions): Promise<void>;
  /**
   * The token the client sends as `X-SAML <token>`: the configured `token`, or (with `credentials`) the current
   * one, requested first if there is none yet. It is a secret: handle it like the password.
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
  userSessions(query?: UserSessionIterateQuery, options?: CallOptions): AsyncGenerator<UserSession, void, undefined>;
  /**
   * `GET /SentinelRESTServices/preauthorize`: may the token call `httpMethod` on `path` (relative to
   * `/SentinelRESTServices`, e.g. `/objects/user-session`)? Sentinel's `"true"`/`"false"` string as a boolean.
   */
  preauthorize(path: string, httpMethod: string, options?: CallOptions): Promise<boolean>;
}

/** The typed openapi-fetch client (`GET`, `PUT`, `use`, …) plus the high-level methods. */
export type SentinelClient = Client<paths> & SentinelMethods;

const USER_SESSIONS = '/SentinelRESTServices/objects/user-session';
const TOKENS = '/SentinelAuthServices/auth/tokens';

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

  // The transport is the client-level fetch, so low-level calls get auth, timeouts and retries too.
  const client = createClient<paths>({ baseUrl: baseUrl.href.replace(/\/+$/, ''), fetch: transport.fetch });

  async function requestToken(): Promise<string> {
    if (!basic) throw new Error('unreachable: token request without credentials');
    const answer = await call(
      client.POST(TOKENS, { headers: { Authorization: basic.reveal() }, fetch: tokenTransport.fetch }),
      sentinelFaults,
    );
    if (!isRecord(answer) || typeof answer.Token !== 'string' || answer.Token === '' || !isHeaderSafe(answer.Token)) {
      throw new InvalidResponseError(`POST ${TOKENS} → 2xx: the body has no usable Token`);
    }
    if (typeof answer.TokenDigest === 'string') digest = new Secret(answer.TokenDigest);
    return answer.Token;
  }

  const keyCheck = (sessionKey: unknown): string => checkString('sessionKey', sessionKey);

  async function fetchPage(query: UserSessionListQuery | undefined, opts: CallOptions, follow?: URL): Promise<FetchedPage> {
    let sent = follow?.href ?? '';
    // Per-request middleware: records the URL actually requested and, for a `next` page, swaps in the server's
    // URL, so `next` pages go through the same openapi-fetch parsing, transport and error mapping as page 1.
    const middleware: Middleware = {
      onRequest({ request }) {
        const out = follow ? new Request(follow, request) : request;
        sent = out.url;
        return out;
      },
    };
    const page = await call(
      client.GET(USER_SESSIONS, { ...(query ? { params: { query } } : {}), middleware: [middleware], fetch: transport.with(opts) }),
      sentinelFaults,
    );
    return { page: checkPage(page), url: sent };
  }

  const methods: SentinelMethods = {
    async authenticate(callOptions) {
      const opts = checkCallOptions(callOptions);
      if (!credentials) invalid('credentials', 'required', 'authenticate() needs a client created with credentials');
      auth.clear();
      await auth.authorization(opts.signal);
    },

    async getToken(callOptions) {
      const opts = checkCallOptions(callOptions);
      if (token !== undefined) return token;
      await auth.authorization(opts.signal);
      const current = auth.current();
      if (current === undefined) throw new InvalidResponseError('no token after authentication');
      return current;
    },

    async getUserSession(sessionKey, callOptions) {
      const key = keyCheck(sessionKey);
      const opts = checkCallOptions(callOptions);
      const session = await call(
        client.GET('/SentinelRESTServices/objects/user-session/{SessionKey}', { params: { path: { SessionKey: key } }, fetch: transport.with(opts) }),
        sentinelFaults,
      );
      if (!isRecord(session)) throw new InvalidResponseError(`GET ${USER_SESSIONS}/… → 2xx: the body is not a user-session object`);
      return session;
    },

    async updateUserSession(sessionKey, update, callOptions) {
      const key = keyCheck(sessionKey);
      const body = checkUpdate(update);
      const opts = checkCallOptions(callOptions);
      // parseAs text: the vendor answers 200 with no body; whatever a server sends on 2xx is ignored.
      await call(
        client.PUT('/SentinelRESTServices/objects/user-session/{SessionKey}', {
          params: { path: { SessionKey: key } },
          body,
          parseAs: 'text',
          fetch: transport.with(opts),
        }),
        sentinelFaults,
      );
    },

    async deleteUserSession(sessionKey, callOptions) {
      const key = keyCheck(sessionKey);
      const opts = checkCallOptions(callOptions);
      await call(
        client.DELETE('/SentinelRESTServices/objects/user-session/{SessionKey}', { params: { path: { SessionKey: key } }, parseAs: 'text', fetch: transport.with(opts) }),
        sentinelFaults,
      );
    },

    async listUserSessions(query, callOptions) {
      const checked = checkListQuery(query, true);
      const opts = checkCallOptions(callOptions);
      return (await fetchPage(checked, opts)).page;
    },

    userSessions(query, callOptions) {
      const checked = checkListQuery(query, false);
      const opts = checkCallOptions(callOptions);
      return iterateUserSessions(
        { first: () => fetchPage(checked, opts), follow: (url) => fetchPage(undefined, opts, url) },
        baseUrl.origin,
        opts.signal,
      );
    },

    async preauthorize(path, httpMethod, callOptions) {
      const query = { path: checkString('path', path), httpMethod: checkString('httpMethod', httpMethod) };
      const opts = checkCallOptions(callOptions);
      const answer = await call(client.GET('/SentinelRESTServices/preauthorize', { params: { query }, fetch: transport.with(opts) }), sentinelFaults);
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

function checkListQuery(query: unknown, allowPage: boolean): UserSessionListQuery | undefined {
  if (query === undefined) return undefined;
  if (!isRecord(query)) invalid('query', 'type', 'the query argument must be an object');
  const known = allowPage ? ['query', 'field', 'page', 'pagesize'] : ['query', 'field', 'pagesize'];
  for (const name of Object.keys(query)) {
    if (!known.includes(name)) invalid(name, 'known-parameter', `${name} is not a parameter here (${known.join(', ')})`);
  }
  if (query.query !== undefined) checkString('query', query.query);
  if (query.field !== undefined) {
    if (!Array.isArray(query.field) || query.field.length === 0) invalid('field', 'non-empty-array', 'field must be a non-empty array of field names');
    query.field.forEach((f, i) => checkString(`field[${i}]`, f));
  }
  if (query.page !== undefined) checkInteger('page', query.page, 1);
  if (query.pagesize !== undefined) checkInteger('pagesize', query.pagesize, 1);
  return query as UserSessionListQuery;
}

/** The PUT body: only the fields the spec constrains are checked (`session-type` enum, `start` date-time). */
function checkUpdate(update: unknown): UserSessionUpdate {
  if (!isRecord(update)) invalid('update', 'type', 'update must be an object');
  const type = update['session-type'];
  if (type !== undefined && !(typeof type === 'string' && Object.hasOwn(SESSION_TYPES, type))) {
    invalid('session-type', 'enum', `session-type must be one of ${SESSION_TYPE_VALUES.join(', ')}`);
  }
  if (update.start !== undefined && !(typeof update.start === 'string' && isDateTime(update.start))) {
    invalid('start', 'date-time', 'start must be an ISO 8601 / RFC 3339 date-time, e.g. 2012-04-25T13:33:44.727Z');
  }
  return update as UserSessionUpdate;
}
