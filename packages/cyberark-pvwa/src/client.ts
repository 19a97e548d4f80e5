/**
 * `createPvwaClient`: the openapi-fetch client typed by the generated `paths` (low-level calls keep working),
 * wired to the runtime transport (auth, timeouts, safe retries, typed errors, redaction), the PVWA URL rules
 * and, outside a browser, a cookie jar; plus high-level methods that return data or throw typed errors.
 */
import {
  type CallOptions,
  type ClientOptionsBase,
  type FetchLike,
  HttpError,
  InvalidResponseError,
  type SessionAuth,
  type TokenOrCredentials,
  AuthenticationError,
  Secret,
  call,
  createTransport,
  isRecord,
  pagingGuard,
  sessionAuth,
  staticToken,
  transportOptionsFrom,
  unwrap,
} from '@session-apis/client-runtime';
import {
  checkCallOptions,
  checkClientOptions,
  checkSchema,
  checkString,
  invalid,
  isHeaderSafe,
} from '@session-apis/client-runtime/internal';
// Type only: the jar itself comes from `@session-apis/client-runtime/node`, so a browser bundle never holds it.
import type { CookieJar } from '@session-apis/client-runtime/node';
import createClient, { type Client } from 'openapi-fetch';
import {
  LiveSessionNotFoundError,
  LogonChallengeError,
  PasswordExpiredError,
  type PvwaError,
  SecondStepRequiredError,
  UnsupportedVersionError,
  logonRefused,
  vendorErrors,
} from './errors.js';
import { OPERATIONS, type OperationId, listLiveSessionsArgs, logonArgs } from './generated/operations.js';
import type { components, operations, paths } from './generated/schema.js';
import { MONITOR_ACCEPT_TYPES, type MonitorAccept, type MonitorResult, readMonitorResponse } from './monitor.js';
import { checkUrlValue, pvwaPathSerializer, pvwaQuerySerializer, pvwaUrlRules, withTrailingSlash } from './url-rules.js';

export type LogonType = components['schemas']['LogonType'];
export type LiveSession = components['schemas']['LiveSession'];
export type LiveSessionList = components['schemas']['LiveSessionList'];
export type LiveSessionActivities = components['schemas']['LiveSessionActivities'];
export type LiveSessionProperties = components['schemas']['LiveSessionProperties'];
export type ServerInfo = components['schemas']['ServerInfo'];
/** Query of `listLiveSessions` (PVWA parameter names, e.g. `{ Limit: 50, Sort: '-RiskScore' }`). */
export type LiveSessionQuery = NonNullable<operations['listLiveSessions']['parameters']['query']>;

/** The spec's LogonType enum (through codegen). */
export const LOGON_TYPES: readonly LogonType[] = logonArgs.path.properties.type.enum;

export interface PvwaCredentials {
  /** Authentication method: the `{type}` of `POST /API/auth/{type}/Logon/`. */
  type: LogonType;
  username: string;
  password: string;
  /** Sets a new password while logging on — the answer to a 409 `PasswordExpiredError` (Cyberark and LDAP). */
  newPassword?: string;
  /** Allow concurrent PVWA sessions of this user (PVWA default: false). */
  concurrentSession?: boolean;
  /**
   * Answers a RADIUS challenge (500 `ITATS542I`, e.g. "Enter the OTP"): called with the prompt, resolves with
   * the answer, which is POSTed as the password to the same logon URL in the same cookie session. Without it a
   * challenge is thrown as `LogonChallengeError` (answer it with `logon({ challengeAnswer })`).
   */
  onChallenge?: (prompt: string) => Promise<string> | string;
}

interface PvwaClientCommonOptions extends ClientOptionsBase {
  /** `https://{pvwaHost}/PasswordVault`. */
  baseUrl: string;
  /**
   * Keeps the PVWA's cookies for the life of the logon session (load-balancer stickiness, RADIUS challenges)
   * and drops them at logoff. Node: pass `createCookieJar()` from `@session-apis/client-runtime/node`.
   * Browsers keep cookies themselves: leave it out.
   */
  cookies?: CookieJar;
  /**
   * Version gating: a call the server is too old for (the spec's `x-minimum-pvwa-version`) fails with
   * `UnsupportedVersionError` before anything is sent. A version string (`'12.6'`) when you know it, or `true`
   * to ask the server once (`serverVersion()`). Default: no gating.
   */
  versionCheck?: string | true;
}

/** Exactly one of `token` (a session token you already have) or `credentials` (the client logs on itself). */
export type PvwaClientOptions = PvwaClientCommonOptions & TokenOrCredentials<PvwaCredentials>;

export interface MonitorOptions extends CallOptions {
  /** The `Accept` header (default `*\/*`, which accepts every form the PVWA may answer with). */
  accept?: MonitorAccept;
}

export interface LogonOptions extends CallOptions {
  /** The answer to a `LogonChallengeError` (RADIUS): POSTed as the password in the same cookie session. */
  challengeAnswer?: string;
}

export interface LiveSessionsOptions extends CallOptions {
  /** The most pages one iteration requests (default 1000). */
  maxPages?: number;
}

export interface PvwaMethods {
  /**
   * Logs on now rather than on the first call; does nothing when already logged on. Needs `credentials`.
   * With `challengeAnswer`, answers the RADIUS challenge of the previous `LogonChallengeError`.
   */
  logon(options?: LogonOptions): Promise<void>;
  /** `POST /API/Auth/Logoff`, then forgets the token and the cookies. Does nothing when not logged on. */
  logoff(options?: CallOptions): Promise<void>;
  /** `GET /API/Server` → `ExternalVersion` (e.g. `'14.2.0'`), asked once and remembered. */
  serverVersion(options?: CallOptions): Promise<string>;
  /** `GET /API/LiveSessions`: one page (`Total` is the number of matches). */
  listLiveSessions(query?: LiveSessionQuery, options?: CallOptions): Promise<LiveSessionList>;
  /** Every matching live session, page by page (`Offset += Limit` while `Offset < Total`). */
  liveSessions(query?: Omit<LiveSessionQuery, 'Offset'>, options?: LiveSessionsOptions): AsyncIterableIterator<LiveSession>;
  /** `GET /API/LiveSessions/{liveSessionId}`, unwrapped; `LiveSessionNotFoundError` (404) when the list is empty. */
  getLiveSession(liveSessionId: string, options?: CallOptions): Promise<LiveSession>;
  /** `GET …/activities`. */
  getLiveSessionActivities(liveSessionId: string, options?: CallOptions): Promise<LiveSessionActivities>;
  /** `GET …/properties`. */
  getLiveSessionProperties(liveSessionId: string, options?: CallOptions): Promise<LiveSessionProperties>;
  /** `GET …/monitor`: PSM Gateway details or the RDP file (from bytes or RDP settings), by header or body. */
  monitorLiveSession(liveSessionId: string, options?: MonitorOptions): Promise<MonitorResult>;
  /** `POST …/Terminate`. Not retried unless `idempotent: true`. */
  terminateLiveSession(liveSessionId: string, options?: CallOptions): Promise<void>;
  /** `POST …/Suspend`. Not retried unless `idempotent: true`. */
  suspendLiveSession(liveSessionId: string, options?: CallOptions): Promise<void>;
  /** `POST …/Resume`. Not retried unless `idempotent: true`. */
  resumeLiveSession(liveSessionId: string, options?: CallOptions): Promise<void>;
}

/** The typed openapi-fetch client (`GET`, `POST`, `use`, …) plus the high-level methods. */
export type PvwaClient = Client<paths> & PvwaMethods;

/** The PVWA takes the token as is: no `Bearer` prefix [vendor]. */
const asIs = (token: string): string => token;
/** RADIUS may ask more than once (e.g. passcode, then a new PIN); a loop beyond this is the server's. */
const MAX_CHALLENGES = 5;
const RADIUS_CHALLENGE = 'ITATS542I';
/** psPAS's page size when none is given — also the PVWA's default [vendor][clients]. */
const DEFAULT_LIMIT = 25;

export function createPvwaClient(options: PvwaClientOptions): PvwaClient {
  const { baseUrl, token, credentials, cookies, versionCheck } = checkPvwaOptions(options);
  const password = credentials ? new Secret(credentials.password) : undefined;
  const newPassword = credentials?.newPassword !== undefined ? new Secret(credentials.newPassword) : undefined;
  let challengeAnswer: Secret | undefined;
  const challengeReplies: string[] = []; // answers from onChallenge: secrets too
  const transportOptions = transportOptionsFrom(options);
  const common = {
    ...transportOptions,
    // Cookies go on every attempt, inside the transport: a lazy logon (or a re-logon after 401) happens there,
    // and the call that follows must already carry the cookies that logon set.
    ...(cookies ? { fetch: withCookies(cookies, transportOptions.fetch) } : {}),
    // Scrubbed from every message and log line, even where the transport never saw them.
    secrets: () =>
      [token, password?.reveal(), newPassword?.reveal(), challengeAnswer?.reveal(), ...challengeReplies, auth.current(), ...(cookies?.secrets() ?? [])].filter(
        (s): s is string => s !== undefined && s !== '',
      ),
  };

  // Logon has its own transport: no Authorization, never retried (it is not idempotent), never re-logs on.
  const logonTransport = createTransport({ ...common, retry: false, reauth: false, idempotent: false });
  // A fixed token can be forgotten by logoff (later calls go out without Authorization and get 401).
  const auth: SessionAuth = token !== undefined ? staticToken(token, asIs) : sessionAuth({ logon: () => logonOnce(), format: asIs });
  // A 401 means the PVWA refused the token before acting, so one re-logon + resend is safe for every call
  // (POSTs included); logoff opts out.
  const transport = createTransport({ ...common, auth, reauth: true });

  // The transport is the client-level fetch, so low-level calls get auth, timeouts and retries too; its Request
  // class builds each call's Request with the first attempt's signal and token in, so it is sent without a copy.
  const client = createClient<paths>({
    baseUrl: baseUrl.href,
    fetch: transport.fetch,
    Request: withTrailingSlashes(transport.Request),
    pathSerializer: pvwaPathSerializer,
    querySerializer: pvwaQuerySerializer,
  });
  client.use(pvwaUrlRules);

  /** One logon: the POST, then the answers to any RADIUS challenges, all in the same cookie session. */
  async function logonOnce(): Promise<string> {
    if (!credentials || !password) throw new Error('unreachable: logon without credentials');
    const answer = challengeAnswer;
    challengeAnswer = undefined;
    // A fresh logon starts a fresh cookie session; answering a challenge continues the one that asked.
    if (answer === undefined) await cookies?.clear();
    let body: components['schemas']['LogonRequest'] =
      answer !== undefined
        ? { username: credentials.username, password: answer.reveal() }
        : {
            username: credentials.username,
            password: password.reveal(),
            ...(newPassword ? { newPassword: newPassword.reveal() } : {}),
            ...(credentials.concurrentSession !== undefined ? { concurrentSession: credentials.concurrentSession } : {}),
          };
    for (let round = 0; ; round++) {
      try {
        return await postLogon(body);
      } catch (err) {
        if (!(err instanceof LogonChallengeError) || !credentials.onChallenge || round >= MAX_CHALLENGES) throw err;
        const reply = await credentials.onChallenge(err.prompt);
        checkString('challenge answer', reply);
        challengeReplies.push(reply);
        body = { username: credentials.username, password: reply };
      }
    }
  }

  /** POSTs the logon body and reads the outcome: a token, or the typed error for each other answer. */
  async function postLogon(body: components['schemas']['LogonRequest']): Promise<string> {
    if (!credentials) throw new Error('unreachable: logon without credentials');
    const result = await client.POST('/API/auth/{type}/Logon/', {
      params: { path: { type: credentials.type } },
      body,
      // Text, then JSON by content: the token is a JSON string, whatever the Content-Type says.
      parseAs: 'text',
      fetch: logonTransport.fetch,
    });
    if (!result.response.ok) throw logonError(unwrapError(result));
    let value: unknown;
    try {
      value = JSON.parse(result.data ?? '');
    } catch {
      throw new InvalidResponseError('POST …/Logon/ → 2xx: the body is not JSON (expected the session token as a JSON string)');
    }
    if (isRecord(value) && ('UserName' in value || 'AdditionalInfo' in value)) {
      const userName = typeof value.UserName === 'string' ? value.UserName : undefined;
      throw new SecondStepRequiredError(
        `POST …/Logon/ → ${result.response.status}: the logon needs a second step (Windows/PKI), which body credentials cannot complete`,
        { status: result.response.status, userName },
      );
    }
    // The token is used as decoded: no quotes, and no length or format assumed beyond a valid header value.
    if (typeof value !== 'string' || value === '' || !isHeaderSafe(value)) {
      throw new InvalidResponseError('POST …/Logon/ → 2xx: the body is not a session token (a non-empty JSON string)');
    }
    return value;
  }

  /** The typed error for a failed logon: 403 refused, 409 expired password, 500 ITATS542I challenge. */
  function logonError(err: HttpError<PvwaError>): Error {
    if (err.status === 403) return logonRefused(err);
    if (err.status === 409) return PasswordExpiredError.from(err);
    if (err.status === 500 && err.vendorError?.ErrorCode === RADIUS_CHALLENGE) return LogonChallengeError.from(err);
    return err;
  }

  const unwrapError = (result: { data?: unknown; error?: unknown; response: Response }): HttpError<PvwaError> => {
    try {
      unwrap(result, vendorErrors);
    } catch (err) {
      if (err instanceof HttpError) return err as HttpError<PvwaError>;
      throw err;
    }
    throw new Error('unreachable: a non-2xx result unwrapped');
  };

  // Version gating: the minimum versions come from the spec (x-minimum-pvwa-version), through codegen.
  let version: Promise<string> | undefined = typeof versionCheck === 'string' ? Promise.resolve(versionCheck) : undefined;
  // Called only with versionCheck set: each caller tests it first (`if (versionCheck !== undefined) await gate(…)`),
  // so that with the check off a call awaits nothing, not even a microtask. Not async, for the same reason.
  function gate(operation: OperationId, opts: CallOptions): Promise<void> | undefined {
    const minimum = (OPERATIONS[operation] as { 'x-minimum-pvwa-version'?: string })['x-minimum-pvwa-version'];
    return minimum === undefined ? undefined : checkVersion(operation, minimum, opts);
  }
  async function checkVersion(operation: OperationId, minimum: string, opts: CallOptions): Promise<void> {
    const current = await methods.serverVersion(opts);
    if (compareVersions(current, minimum) < 0) {
      throw new UnsupportedVersionError({ operation, minimumVersion: minimum, serverVersion: current });
    }
  }

  const idCheck = (id: unknown): string => {
    const value = checkString('liveSessionId', id);
    checkUrlValue('liveSessionId', value, { segment: true });
    return value;
  };

  type ActionPath =
    | '/API/LiveSessions/{liveSessionId}/Terminate'
    | '/API/LiveSessions/{liveSessionId}/Suspend'
    | '/API/LiveSessions/{liveSessionId}/Resume';
  const action =
    (operation: OperationId, path: ActionPath) =>
    async (liveSessionId: string, callOptions?: CallOptions): Promise<void> => {
      const id = idCheck(liveSessionId);
      const opts = checkCallOptions(callOptions);
      if (versionCheck !== undefined) await gate(operation, opts);
      // parseAs text: any 2xx body is ignored, JSON or not (the success body is undocumented).
      await call(client.POST(path, { params: { path: { liveSessionId: id } }, parseAs: 'text', fetch: transport.with(opts) }), vendorErrors);
    };

  const methods: PvwaMethods = {
    async logon(logonOptions) {
      const { challengeAnswer: answer, ...rest } = checkCallOptions(logonOptions);
      const opts = checkCallOptions(rest);
      if (!credentials) invalid('credentials', 'required', 'logon() needs a client created with credentials');
      if (answer !== undefined) {
        checkString('challengeAnswer', answer);
        // Answering replaces any session: the next logon POST carries the answer, in the cookies of the challenge.
        auth.clear();
        challengeAnswer = new Secret(answer);
      }
      await auth.authorization(opts.signal);
    },

    async logoff(callOptions) {
      const opts = checkCallOptions(callOptions);
      if (auth.current() === undefined) return;
      try {
        // The answer is {"LogoffUrl":""} [recorded]; nothing in it is needed, so it is read as text and dropped.
        await call(client.POST('/API/Auth/Logoff', { parseAs: 'text', fetch: transport.with({ ...opts, reauth: false }) }), vendorErrors);
      } catch (err) {
        // A 401 means the session is dead already; on other failures keep it so logoff can be tried again.
        if (err instanceof AuthenticationError) await endSession();
        throw err;
      }
      await endSession();
    },

    serverVersion(callOptions) {
      const opts = checkCallOptions(callOptions);
      version ??= call(client.GET('/API/Server', { fetch: transport.with(opts) }), vendorErrors).then(
        (server) => {
          if (!isRecord(server) || typeof server.ExternalVersion !== 'string' || !VERSION.test(server.ExternalVersion)) {
            throw new InvalidResponseError('GET /API/Server → 2xx: no ExternalVersion like "14.2.0"');
          }
          return server.ExternalVersion;
        },
      );
      // A failure is not remembered: the next call asks again.
      version.catch(() => (version = undefined));
      return version;
    },

    async listLiveSessions(query, callOptions) {
      const checked = checkLiveSessionQuery(query);
      const opts = checkCallOptions(callOptions);
      if (versionCheck !== undefined) await gate('listLiveSessions', opts);
      return call(
        client.GET('/API/LiveSessions', { ...(checked ? { params: { query: checked } } : {}), fetch: transport.with(opts) }),
        vendorErrors,
      );
    },

    liveSessions(query, iterateOptions) {
      if (isRecord(query) && (query as Record<string, unknown>).Offset !== undefined) invalid('Offset', 'known-parameter', 'liveSessions() pages itself: pass no Offset');
      const { maxPages, ...rest } = checkCallOptions(iterateOptions);
      const checked = checkLiveSessionQuery(query) ?? {};
      const opts = checkCallOptions(rest);
      const guard = pagingGuard(maxPages !== undefined ? { maxPages } : {});
      const limit = checked.Limit ?? DEFAULT_LIMIT;
      return (async function* pages() {
        for (let offset = 0; ; offset += limit) {
          const page = await methods.listLiveSessions({ ...checked, Limit: limit, Offset: offset }, opts);
          if (!Array.isArray(page.LiveSessions)) throw new InvalidResponseError('GET /API/LiveSessions → 2xx: no LiveSessions array');
          // Total is the number of matches [vendor][clients]; without it, a full page suggests there is more.
          const hasNext = typeof page.Total === 'number' ? offset + limit < page.Total : page.LiveSessions.length >= limit;
          guard({ key: String(offset), items: page.LiveSessions.length, hasNext });
          yield* page.LiveSessions;
          if (!hasNext) return;
        }
      })();
    },

    async getLiveSession(liveSessionId, callOptions) {
      const id = idCheck(liveSessionId);
      const opts = checkCallOptions(callOptions);
      if (versionCheck !== undefined) await gate('getLiveSession', opts);
      const result = await client.GET('/API/LiveSessions/{liveSessionId}', { params: { path: { liveSessionId: id } }, fetch: transport.with(opts) });
      const body: unknown = unwrap(result, vendorErrors);
      // The PVWA wraps the one session like the list [vendor][clients]; a bare session is taken as is [inferred].
      if (isRecord(body) && typeof body.SessionID === 'string') return body as LiveSession;
      if (!isRecord(body) || !Array.isArray(body.LiveSessions)) {
        throw new InvalidResponseError(`GET …/LiveSessions/{id} → ${result.response.status}: neither { LiveSessions: […] } nor a session`);
      }
      const session: unknown = body.LiveSessions[0];
      if (session === undefined) {
        throw new LiveSessionNotFoundError(`GET …/LiveSessions/{id} → ${result.response.status}: no live session with this id (empty list)`, {
          status: 404,
          method: 'GET',
          url: `${baseUrl.href.replace(/\/$/, '')}/API/LiveSessions/${encodeURIComponent(id)}`,
        });
      }
      if (!isRecord(session) || typeof session.SessionID !== 'string') {
        throw new InvalidResponseError(`GET …/LiveSessions/{id} → ${result.response.status}: the listed session has no SessionID`);
      }
      return session as LiveSession;
    },

    async getLiveSessionActivities(liveSessionId, callOptions) {
      const id = idCheck(liveSessionId);
      const opts = checkCallOptions(callOptions);
      if (versionCheck !== undefined) await gate('getLiveSessionActivities', opts);
      const params = { path: { liveSessionId: id } };
      return call(client.GET('/API/LiveSessions/{liveSessionId}/activities', { params, fetch: transport.with(opts) }), vendorErrors);
    },

    async getLiveSessionProperties(liveSessionId, callOptions) {
      const id = idCheck(liveSessionId);
      const opts = checkCallOptions(callOptions);
      if (versionCheck !== undefined) await gate('getLiveSessionProperties', opts);
      const params = { path: { liveSessionId: id } };
      return call(client.GET('/API/LiveSessions/{liveSessionId}/properties', { params, fetch: transport.with(opts) }), vendorErrors);
    },

    async monitorLiveSession(liveSessionId, monitorOptions) {
      const id = idCheck(liveSessionId);
      const { accept = '*/*', ...opts } = checkCallOptions(monitorOptions);
      if (!MONITOR_ACCEPT_TYPES.includes(accept)) invalid('accept', 'enum', `accept must be one of ${MONITOR_ACCEPT_TYPES.join(', ')}`);
      if (versionCheck !== undefined) await gate('monitorLiveSession', opts);
      // Bytes, not JSON: the RDP file may come as UTF-16; readMonitorResponse decides by header, else by body.
      const result = await client.GET('/API/LiveSessions/{liveSessionId}/monitor', {
        params: { path: { liveSessionId: id } },
        headers: { Accept: accept },
        parseAs: 'arrayBuffer',
        fetch: transport.with(opts),
      });
      return readMonitorResponse(unwrap(result, vendorErrors), result.response);
    },

    terminateLiveSession: action('terminateLiveSession', '/API/LiveSessions/{liveSessionId}/Terminate'),
    suspendLiveSession: action('suspendLiveSession', '/API/LiveSessions/{liveSessionId}/Suspend'),
    resumeLiveSession: action('resumeLiveSession', '/API/LiveSessions/{liveSessionId}/Resume'),
  };

  async function endSession(): Promise<void> {
    auth.clear();
    await cookies?.clear();
  }

  return Object.assign(client, methods);
}

/**
 * The transport's Request class with the trailing-slash rule applied to the URL openapi-fetch builds, so that
 * pvwaUrlRules (kept for its checks) finds nothing to change and the prepared Request is sent without a copy.
 */
function withTrailingSlashes(Base: typeof Request): typeof Request {
  function PvwaRequest(input: RequestInfo | URL, init?: RequestInit): Request {
    return new Base(typeof input === 'string' ? withTrailingSlash(input) : input, init);
  }
  PvwaRequest.prototype = Request.prototype;
  return PvwaRequest as unknown as typeof Request;
}

/**
 * A fetch that sends the jar's cookies with every attempt and keeps what each response sets. A `Cookie` header the
 * caller set on a low-level call wins.
 */
function withCookies(jar: CookieJar, inner: FetchLike = (request, init) => fetch(request, init)): FetchLike {
  return async (request, init) => {
    if (!request.headers.has('cookie')) {
      const header = await jar.cookieHeader(request.url);
      if (header !== undefined) request.headers.set('cookie', header);
    }
    const response = await inner(request, init);
    const setCookies = response.headers.getSetCookie();
    if (setCookies.length > 0) await jar.store(request.url, setCookies);
    return response;
  };
}

const VERSION = /^\d+(\.\d+)*$/;

/** Compares dotted versions numerically: `9.10` < `10.5` < `10.5.1`; missing parts count as 0. */
export function compareVersions(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

function checkPvwaOptions(options: unknown): {
  baseUrl: URL;
  token: string | undefined;
  credentials: PvwaCredentials | undefined;
  cookies: CookieJar | undefined;
  versionCheck: string | true | undefined;
} {
  const { baseUrl, token, credentials: c } = checkClientOptions(options);
  const o = options as Record<string, unknown>;
  const cookies = o.cookies as CookieJar | undefined;
  if (cookies !== undefined && (!isRecord(cookies) || typeof cookies.cookieHeader !== 'function' || typeof cookies.store !== 'function')) {
    invalid('cookies', 'type', 'cookies must be a CookieJar (createCookieJar() from @session-apis/client-runtime/node)');
  }
  const versionCheck = o.versionCheck as string | true | undefined;
  if (versionCheck !== undefined && versionCheck !== true && !(typeof versionCheck === 'string' && VERSION.test(versionCheck))) {
    invalid('versionCheck', 'version', 'versionCheck must be true or a PVWA version like "12.6"');
  }
  const rest = { baseUrl, token, cookies, versionCheck };
  if (!c) return { ...rest, credentials: undefined };
  // IIS routes the path case-insensitively, and users write `CyberArk` or `radius` [vendor][clients]: any case is
  // taken and sent in the spec's spelling.
  const type = LOGON_TYPES.find((t) => typeof c.type === 'string' && t.toLowerCase() === c.type.toLowerCase());
  if (type === undefined) {
    invalid('credentials.type', 'enum', `credentials.type must be one of ${LOGON_TYPES.join(', ')} (any case)`);
  }
  // The logon body's rules are the spec's (LogonRequest: username and password required and non-empty, …).
  checkSchema(c, logonArgs.body, 'credentials', true);
  const { username, password } = c as { username: string; password: string };
  if (c.onChallenge !== undefined && typeof c.onChallenge !== 'function') {
    invalid('credentials.onChallenge', 'type', 'credentials.onChallenge must be a function');
  }
  const credentials: PvwaCredentials = {
    type,
    username,
    password,
    ...(c.newPassword !== undefined ? { newPassword: c.newPassword as string } : {}),
    ...(c.concurrentSession !== undefined ? { concurrentSession: c.concurrentSession as boolean } : {}),
    ...(c.onChallenge !== undefined ? { onChallenge: c.onChallenge as PvwaCredentials['onChallenge'] & {} } : {}),
  };
  return { ...rest, credentials };
}

/**
 * The query's rules are the spec's (types, minimum, the Sort enum; through codegen); the PVWA URL
 * rules on each string value are checked first, as they protect the request line (`+ & %`).
 */
function checkLiveSessionQuery(query: unknown): LiveSessionQuery | undefined {
  if (query === undefined) return undefined;
  if (isRecord(query)) for (const [name, value] of Object.entries(query)) if (typeof value === 'string') checkUrlValue(name, value);
  checkSchema(query, listLiveSessionsArgs.query, 'query');
  return query as LiveSessionQuery;
}
