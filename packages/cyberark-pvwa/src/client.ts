/**
 * `createPvwaClient`: the openapi-fetch client typed by the generated `paths` (low-level calls keep working),
 * wired to the runtime transport (auth, timeouts, safe retries, typed errors, redaction) and the PVWA URL
 * rules, plus high-level methods that return data or throw typed errors.
 */
import {
  type CallOptions,
  type ClientOptionsBase,
  type SessionAuth,
  type TokenOrCredentials,
  AuthenticationError,
  InvalidResponseError,
  Secret,
  call,
  checkCallOptions,
  checkClientOptions,
  checkInteger,
  checkString,
  createTransport,
  invalid,
  isRecord,
  sessionAuth,
  staticToken,
  transportOptionsFrom,
  unwrap,
} from '@session-apis/client-runtime';
import createClient, { type Client } from 'openapi-fetch';
import { pvwaErrors } from './errors.js';
import type { components, operations, paths } from './generated/schema.js';
import { MONITOR_ACCEPT, type MonitorAccept, type MonitorResult, readMonitorResponse } from './monitor.js';
import { checkUrlValue, pvwaPathSerializer, pvwaQuerySerializer, pvwaUrlRules } from './url-rules.js';

export type LogonType = components['schemas']['LogonType'];
export type LiveSession = components['schemas']['LiveSession'];
export type LiveSessionList = components['schemas']['LiveSessionList'];
/** Query of `listLiveSessions` (PVWA parameter names, e.g. `{ Limit: 50, Sort: '-RiskScore' }`). */
export type LiveSessionQuery = NonNullable<operations['listLiveSessions']['parameters']['query']>;

export const LOGON_TYPES: readonly LogonType[] = ['Cyberark', 'Windows', 'LDAP', 'RADIUS'];

export interface PvwaCredentials {
  /** Authentication method: the `{type}` of `POST /API/auth/{type}/Logon/`. */
  type: LogonType;
  username: string;
  password: string;
  /** Allow concurrent PVWA sessions of this user (PVWA default: false). */
  concurrentSession?: boolean;
}

interface PvwaClientCommonOptions extends ClientOptionsBase {
  /** `https://{pvwaHost}/PasswordVault`. */
  baseUrl: string;
}

/** Exactly one of `token` (a session token you already have) or `credentials` (the client logs on itself). */
export type PvwaClientOptions = PvwaClientCommonOptions & TokenOrCredentials<PvwaCredentials>;

export interface MonitorOptions extends CallOptions {
  /** The `Accept` header (default `*\/*`, which accepts every form the PVWA may answer with). */
  accept?: MonitorAccept;
}

export interface PvwaMethods {
  /** Logs on now rather than on the first call; does nothing when already logged on. Needs `credentials`. */
  logon(options?: CallOptions): Promise<void>;
  /** `POST /API/Auth/Logoff`, then forgets the token. Does nothing when not logged on. */
  logoff(options?: CallOptions): Promise<void>;
  /** `GET /API/LiveSessions`. */
  listLiveSessions(query?: LiveSessionQuery, options?: CallOptions): Promise<LiveSessionList>;
  /** `GET /API/LiveSessions/{liveSessionId}` (session id like `31_24`, or the session GUID). */
  getLiveSession(liveSessionId: string, options?: CallOptions): Promise<LiveSession>;
  /** `GET /API/LiveSessions/{liveSessionId}/monitor`: PSM Gateway details or the RDP file, per `ConnectionMethod`. */
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

export function createPvwaClient(options: PvwaClientOptions): PvwaClient {
  const { baseUrl, token, credentials } = checkPvwaOptions(options);
  const password = credentials ? new Secret(credentials.password) : undefined;
  const common = {
    ...transportOptionsFrom(options),
    // Scrubbed from every message and log line, even where the transport never saw them.
    secrets: () => [token, password?.reveal(), auth.current()].filter((s): s is string => s !== undefined),
  };

  // Logon has its own transport: no Authorization, never retried (it is not idempotent), never re-logs on.
  const logonTransport = createTransport({ ...common, retry: false, reauth: false, idempotent: false });
  // A fixed token can be forgotten by logoff (later calls go out without Authorization and get 401).
  const auth: SessionAuth = token !== undefined ? staticToken(token, asIs) : sessionAuth({ logon: () => logonOnce(), format: asIs });
  // A 401 means the PVWA refused the token before acting, so one re-logon + resend is safe for every call
  // (POSTs included); logoff opts out.
  const transport = createTransport({ ...common, auth, reauth: true });

  // The transport is the client-level fetch, so low-level calls get auth, timeouts and retries too.
  const client = createClient<paths>({
    baseUrl: baseUrl.href,
    fetch: transport.fetch,
    pathSerializer: pvwaPathSerializer,
    querySerializer: pvwaQuerySerializer,
  });
  client.use(pvwaUrlRules);

  async function logonOnce(): Promise<string> {
    if (!credentials || !password) throw new Error('unreachable: logon without credentials');
    const session = await call(
      client.POST('/API/auth/{type}/Logon/', {
        params: { path: { type: credentials.type } },
        body: {
          username: credentials.username,
          password: password.reveal(),
          ...(credentials.concurrentSession !== undefined ? { concurrentSession: credentials.concurrentSession } : {}),
        },
        fetch: logonTransport.fetch,
      }),
      pvwaErrors,
    );
    if (typeof session !== 'string' || session === '') {
      throw new InvalidResponseError('POST …/Logon/ → 2xx: the body is not a session token (a JSON string)');
    }
    return session;
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
    (path: ActionPath) =>
    async (liveSessionId: string, callOptions?: CallOptions): Promise<void> => {
      const id = idCheck(liveSessionId);
      const opts = checkCallOptions(callOptions);
      // parseAs text: any 2xx body is ignored, JSON or not (the success body is undocumented).
      await call(client.POST(path, { params: { path: { liveSessionId: id } }, parseAs: 'text', fetch: transport.with(opts) }), pvwaErrors);
    };

  const methods: PvwaMethods = {
    async logon(callOptions) {
      const opts = checkCallOptions(callOptions);
      if (!credentials) invalid('credentials', 'required', 'logon() needs a client created with credentials');
      await auth.authorization(opts.signal);
    },

    async logoff(callOptions) {
      const opts = checkCallOptions(callOptions);
      if (auth.current() === undefined) return;
      try {
        await call(client.POST('/API/Auth/Logoff', { parseAs: 'text', fetch: transport.with({ ...opts, reauth: false }) }), pvwaErrors);
      } catch (err) {
        // A 401 means the token is dead already; on other failures keep it so logoff can be tried again.
        if (err instanceof AuthenticationError) auth.clear();
        throw err;
      }
      auth.clear();
    },

    async listLiveSessions(query, callOptions) {
      const checked = checkLiveSessionQuery(query);
      const opts = checkCallOptions(callOptions);
      return call(
        client.GET('/API/LiveSessions', { ...(checked ? { params: { query: checked } } : {}), fetch: transport.with(opts) }),
        pvwaErrors,
      );
    },

    async getLiveSession(liveSessionId, callOptions) {
      const id = idCheck(liveSessionId);
      const opts = checkCallOptions(callOptions);
      return call(client.GET('/API/LiveSessions/{liveSessionId}', { params: { path: { liveSessionId: id } }, fetch: transport.with(opts) }), pvwaErrors);
    },

    async monitorLiveSession(liveSessionId, monitorOptions) {
      const id = idCheck(liveSessionId);
      const { accept = '*/*', ...opts } = checkCallOptions(monitorOptions);
      if (!MONITOR_ACCEPT.includes(accept)) invalid('accept', 'enum', `accept must be one of ${MONITOR_ACCEPT.join(', ')}`);
      // Bytes, not JSON: the RDP file may come as UTF-16; readMonitorResponse decides by ConnectionMethod.
      const result = await client.GET('/API/LiveSessions/{liveSessionId}/monitor', {
        params: { path: { liveSessionId: id } },
        headers: { Accept: accept },
        parseAs: 'arrayBuffer',
        fetch: transport.with(opts),
      });
      return readMonitorResponse(unwrap(result, pvwaErrors), result.response);
    },

    terminateLiveSession: action('/API/LiveSessions/{liveSessionId}/Terminate'),
    suspendLiveSession: action('/API/LiveSessions/{liveSessionId}/Suspend'),
    resumeLiveSession: action('/API/LiveSessions/{liveSessionId}/Resume'),
  };

  return Object.assign(client, methods);
}

function checkPvwaOptions(options: unknown): {
  baseUrl: URL;
  token: string | undefined;
  credentials: PvwaCredentials | undefined;
} {
  const { baseUrl, token, credentials: c } = checkClientOptions(options);
  if (!c) return { baseUrl, token, credentials: undefined };
  if (!LOGON_TYPES.includes(c.type as LogonType)) {
    invalid('credentials.type', 'enum', `credentials.type must be one of ${LOGON_TYPES.join(', ')}`);
  }
  const username = checkString('credentials.username', c.username);
  const password = checkString('credentials.password', c.password);
  if (c.concurrentSession !== undefined && typeof c.concurrentSession !== 'boolean') {
    invalid('credentials.concurrentSession', 'type', 'credentials.concurrentSession must be a boolean');
  }
  const credentials: PvwaCredentials = {
    type: c.type as LogonType,
    username,
    password,
    ...(c.concurrentSession !== undefined ? { concurrentSession: c.concurrentSession as boolean } : {}),
  };
  return { baseUrl, token, credentials };
}

const QUERY_RULES: Record<keyof LiveSessionQuery, 'limit' | 'count' | 'text'> = {
  Limit: 'limit',
  Offset: 'count',
  FromTime: 'count',
  ToTime: 'count',
  Sort: 'text',
  Search: 'text',
  Safe: 'text',
  Activities: 'text',
};

function checkLiveSessionQuery(query: unknown): LiveSessionQuery | undefined {
  if (query === undefined) return undefined;
  if (!isRecord(query)) invalid('query', 'type', 'query must be an object');
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined) continue;
    const rule = (QUERY_RULES as Record<string, string | undefined>)[name];
    if (rule === undefined) {
      invalid(name, 'known-parameter', `${name} is not a listLiveSessions parameter (${Object.keys(QUERY_RULES).join(', ')})`);
    } else if (rule === 'text') {
      checkUrlValue(name, checkString(name, value));
    } else {
      checkInteger(name, value, rule === 'limit' ? 1 : 0);
    }
  }
  return query as LiveSessionQuery;
}
