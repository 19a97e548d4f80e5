/**
 * Contract tests: the real client against Prism serving the real spec. Every operation in the spec must
 * have a case below (a new operation fails the suite until it is tested), and the expectations come from
 * the spec itself (responseExample), not from copies.
 */
import { listOperations, loadSpec, responseExample } from '@session-apis/mock/spec';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  AuthenticationError,
  type FetchLike,
  HttpError,
  type LiveSessionActivities,
  type LiveSessionList,
  type LiveSessionProperties,
  type MonitorJsonResponse,
  type MonitorResult,
  type PvwaClient,
  type PvwaError,
  type ServerInfo,
  createPvwaClient,
  type components,
} from '../src/index.js';
import { mockUrl } from '@session-apis/test-kit';

const API = 'cyberark-pvwa';

const baseUrl = mockUrl();
const TOKEN = 'contract-test-token';
const operations = await listOperations(API);
const credentials = { type: 'Cyberark', username: 'svc_psm_monitor', password: 'Example-Passw0rd!' } as const;

/** A fetch that adds a header (e.g. Prism's `Prefer`) to every request. */
const withHeader =
  (name: string, value: string): FetchLike =>
  (req, init) => {
    const copy = new Request(req);
    copy.headers.set(name, value);
    return fetch(copy, init);
  };
/** A fetch that drops Authorization: the "no token" case, with everything else the real client does. */
const withoutAuthorization: FetchLike = (req, init) => {
  const copy = new Request(req);
  copy.headers.delete('authorization');
  return fetch(copy, init);
};

const client = createPvwaClient({ baseUrl, token: TOKEN, retry: false });
const noToken = createPvwaClient({ baseUrl, token: TOKEN, retry: false, fetch: withoutAuthorization });
const preferring = (status: number) => createPvwaClient({ baseUrl, token: TOKEN, retry: false, fetch: withHeader('Prefer', `code=${status}`) });
const ID = '31_24';

type LowLevel = (c: PvwaClient, headers?: Record<string, string>) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
interface Case {
  /** The operation through the low-level typed client; also asserts the generated type of `data`. */
  lowLevel: LowLevel;
  /** The high-level method (the client decides how it logs on). */
  highLevel: (c: PvwaClient) => Promise<unknown>;
  /** The high-level method's value for the spec's success example. */
  expectedHighLevel: () => Promise<unknown>;
  /** A request Prism must reject as invalid, made past the client's own checks; null with a reason when impossible. */
  invalid: ((c: PvwaClient) => Promise<{ response: Response }>) | { impossible: string };
  /** Needs a client with credentials (logon) instead of a token. */
  credentials?: boolean;
}

/** Replaces `{liveSessionId}` with a value the client's own rules would refuse (space: breaks the spec's pattern). */
const badIdSerializer = (pathname: string) => pathname.replace('{liveSessionId}', 'a%20b');

const cases: Record<string, Case> = {
  logon: {
    credentials: true,
    lowLevel: async (c, headers) => {
      const r = await c.POST('/API/auth/{type}/Logon/', {
        params: { path: { type: 'Cyberark' } },
        body: { username: 'svc_psm_monitor', password: 'Example-Passw0rd!', concurrentSession: true },
        ...(headers ? { headers } : {}),
      });
      expectTypeOf(r.data).toEqualTypeOf<components['schemas']['LogonResponse'] | undefined>();
      return r;
    },
    highLevel: (c) => c.logon(),
    expectedHighLevel: async () => undefined,
    invalid: (c) =>
      c.POST('/API/auth/{type}/Logon/', { params: { path: { type: 'Cyberark' } }, body: { username: 5, password: 'x' } as never }),
  },
  logoff: {
    lowLevel: async (c, headers) => {
      const r = await c.POST('/API/Auth/Logoff', { ...(headers ? { headers } : {}) });
      expectTypeOf(r.data).toEqualTypeOf<components['schemas']['LogoffResponse'] | undefined>();
      return r;
    },
    highLevel: (c) => c.logoff(),
    expectedHighLevel: async () => undefined,
    invalid: { impossible: 'logoff has no parameters and no request body: nothing to make invalid' },
  },
  listLiveSessions: {
    lowLevel: async (c, headers) => {
      const r = await c.GET('/API/LiveSessions', { params: { query: { Limit: 50, Sort: '-RiskScore' } }, ...(headers ? { headers } : {}) });
      expectTypeOf(r.data).toEqualTypeOf<LiveSessionList | undefined>();
      return r;
    },
    highLevel: (c) => c.listLiveSessions({ Limit: 50, Sort: '-RiskScore' }),
    expectedHighLevel: () => responseExample(API, 'listLiveSessions', 200),
    // Limit below the spec's minimum: the high-level method refuses it, the low-level client sends it.
    invalid: (c) => c.GET('/API/LiveSessions', { params: { query: { Limit: 0 } } }),
  },
  getLiveSession: {
    lowLevel: async (c, headers) => {
      const r = await c.GET('/API/LiveSessions/{liveSessionId}', { params: { path: { liveSessionId: ID } }, ...(headers ? { headers } : {}) });
      // The by-id answer is the list wrapper [vendor][clients]; the high-level method unwraps it.
      expectTypeOf(r.data).toEqualTypeOf<LiveSessionList | undefined>();
      return r;
    },
    highLevel: (c) => c.getLiveSession(ID),
    expectedHighLevel: async () => ((await responseExample(API, 'getLiveSession', 200)) as LiveSessionList).LiveSessions[0],
    invalid: (c) =>
      c.GET('/API/LiveSessions/{liveSessionId}', { params: { path: { liveSessionId: ID } }, pathSerializer: badIdSerializer }),
  },
  getLiveSessionActivities: {
    lowLevel: async (c, headers) => {
      const r = await c.GET('/API/LiveSessions/{liveSessionId}/activities', {
        params: { path: { liveSessionId: ID } },
        ...(headers ? { headers } : {}),
      });
      expectTypeOf(r.data).toEqualTypeOf<LiveSessionActivities | undefined>();
      return r;
    },
    highLevel: (c) => c.getLiveSessionActivities(ID),
    expectedHighLevel: () => responseExample(API, 'getLiveSessionActivities', 200),
    invalid: (c) =>
      c.GET('/API/LiveSessions/{liveSessionId}/activities', { params: { path: { liveSessionId: ID } }, pathSerializer: badIdSerializer }),
  },
  getLiveSessionProperties: {
    lowLevel: async (c, headers) => {
      const r = await c.GET('/API/LiveSessions/{liveSessionId}/properties', {
        params: { path: { liveSessionId: ID } },
        ...(headers ? { headers } : {}),
      });
      // An allOf: openapi-fetch flattens the intersection, so compare by assignability.
      expectTypeOf(r.data).toExtend<LiveSessionProperties | undefined>();
      return r;
    },
    highLevel: (c) => c.getLiveSessionProperties(ID),
    expectedHighLevel: () => responseExample(API, 'getLiveSessionProperties', 200),
    invalid: (c) =>
      c.GET('/API/LiveSessions/{liveSessionId}/properties', { params: { path: { liveSessionId: ID } }, pathSerializer: badIdSerializer }),
  },
  getServer: {
    lowLevel: async (c, headers) => {
      const r = await c.GET('/API/Server', { ...(headers ? { headers } : {}) });
      expectTypeOf(r.data).toEqualTypeOf<ServerInfo | undefined>();
      return r;
    },
    highLevel: (c) => c.serverVersion(),
    expectedHighLevel: async () => ((await responseExample(API, 'getServer', 200)) as ServerInfo).ExternalVersion,
    invalid: { impossible: 'GET /API/Server has no parameters and no request body: nothing to make invalid' },
  },
  monitorLiveSession: {
    lowLevel: async (c, headers) => {
      const r = await c.GET('/API/LiveSessions/{liveSessionId}/monitor', {
        params: { path: { liveSessionId: ID } },
        ...(headers ? { headers } : {}),
      });
      expectTypeOf(r.data).toEqualTypeOf<MonitorJsonResponse | string | undefined>();
      return r;
    },
    highLevel: (c) => c.monitorLiveSession(ID),
    expectedHighLevel: async () => {
      const example = (await responseExample(API, 'monitorLiveSession', 200)) as { PSMGWURL: string; PSMGWRequest: string };
      return { method: 'PSMGW', gatewayUrl: example.PSMGWURL, gatewayRequest: example.PSMGWRequest } satisfies MonitorResult;
    },
    invalid: (c) =>
      c.GET('/API/LiveSessions/{liveSessionId}/monitor', { params: { path: { liveSessionId: ID } }, pathSerializer: badIdSerializer }),
  },
  terminateLiveSession: {
    lowLevel: async (c, headers) => {
      const r = await c.POST('/API/LiveSessions/{liveSessionId}/Terminate', {
        params: { path: { liveSessionId: ID } },
        ...(headers ? { headers } : {}),
      });
      expectTypeOf(r.data).toEqualTypeOf<undefined>();
      return r;
    },
    highLevel: (c) => c.terminateLiveSession(ID),
    expectedHighLevel: async () => undefined,
    invalid: (c) =>
      c.POST('/API/LiveSessions/{liveSessionId}/Terminate', { params: { path: { liveSessionId: ID } }, pathSerializer: badIdSerializer }),
  },
  suspendLiveSession: {
    lowLevel: async (c, headers) => {
      const r = await c.POST('/API/LiveSessions/{liveSessionId}/Suspend', {
        params: { path: { liveSessionId: ID } },
        ...(headers ? { headers } : {}),
      });
      expectTypeOf(r.data).toEqualTypeOf<undefined>();
      return r;
    },
    highLevel: (c) => c.suspendLiveSession(ID),
    expectedHighLevel: async () => undefined,
    invalid: (c) =>
      c.POST('/API/LiveSessions/{liveSessionId}/Suspend', { params: { path: { liveSessionId: ID } }, pathSerializer: badIdSerializer }),
  },
  resumeLiveSession: {
    lowLevel: async (c, headers) => {
      const r = await c.POST('/API/LiveSessions/{liveSessionId}/Resume', {
        params: { path: { liveSessionId: ID } },
        ...(headers ? { headers } : {}),
      });
      expectTypeOf(r.data).toEqualTypeOf<undefined>();
      return r;
    },
    highLevel: (c) => c.resumeLiveSession(ID),
    expectedHighLevel: async () => undefined,
    invalid: (c) =>
      c.POST('/API/LiveSessions/{liveSessionId}/Resume', { params: { path: { liveSessionId: ID } }, pathSerializer: badIdSerializer }),
  },
};

/** Which operationIds each kind of check exercised; compared with the spec at the end. */
const exercised = { success: new Set<string>(), unauthenticated: new Set<string>(), vendorError: new Set<string>(), invalid: new Set<string>(), highLevel: new Set<string>() };

function caseFor(operationId: string): Case {
  const c = cases[operationId];
  if (!c) throw new Error(`no contract case for operation "${operationId}": add one to test/contract.test.ts`);
  return c;
}

/** The error status to provoke with Prefer: 404 where the spec has it, else another documented 4xx. */
function errorStatusOf(definition: { responses: Record<string, unknown> }): number {
  const documented = Object.keys(definition.responses).map(Number);
  const status = [404, 403, 409, 400, 429].find((s) => documented.includes(s));
  if (status === undefined) throw new Error('no documented 4xx besides 401');
  return status;
}

function hasBody(definition: { responses: Record<string, { content?: unknown }> }, status: number): boolean {
  return definition.responses[String(status)]?.content !== undefined;
}

describe.each(operations)('$method $path ($operationId)', ({ operationId, path, definition }) => {
  it('answers the spec’s success example, typed by the generated schema', async () => {
    const c = caseFor(operationId);
    const r = await c.lowLevel(client);
    expect(r.response.status).toBe(200);
    if (hasBody(definition, 200)) expect(r.data).toEqual(await responseExample(API, operationId, 200));
    else expect(r.data).toBeUndefined();
    exercised.success.add(operationId);
  });

  it('answers 401 without a token (or is documented as needing none)', async () => {
    const c = caseFor(operationId);
    const r = await c.lowLevel(noToken);
    if (c.credentials) {
      // Logon is how a token is obtained: the spec exempts it from security, and Prism accepts it without one.
      expect(definition.security).toEqual([]);
      expect(r.response.status).toBe(200);
    } else {
      expect(definition.security).toEqual([{ PvwaToken: [] }]);
      expect(r.response.status).toBe(401);
      expect(r.error).toEqual(await responseExample(API, operationId, 401));
      const err = await c.highLevel(noToken).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(AuthenticationError);
      const vendorError: PvwaError | undefined = (err as AuthenticationError<PvwaError>).vendorError;
      expect(vendorError?.ErrorCode).toBe('PASWS006E');
    }
    exercised.unauthenticated.add(operationId);
  });

  it('returns the spec’s vendor error body for a documented 4xx (Prefer: code=…)', async () => {
    const c = caseFor(operationId);
    const status = errorStatusOf(definition);
    const r = await c.lowLevel(client, { Prefer: `code=${status}` });
    expect(r.response.status).toBe(status);
    const example = await responseExample(API, operationId, status);
    expect(r.error).toEqual(example);

    // The high-level method throws an HttpError carrying the same, typed, vendor error.
    const failing = c.credentials
      ? createPvwaClient({ baseUrl, credentials, retry: false, fetch: withHeader('Prefer', `code=${status}`) })
      : preferring(status);
    const err = await c.highLevel(failing).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(HttpError);
    const httpError = err as HttpError<PvwaError>;
    expect(httpError.status).toBe(status);
    expect(httpError.vendorError).toEqual(example);
    expect(httpError.message).toContain(httpError.vendorError?.ErrorCode);
    exercised.vendorError.add(operationId);
  });

  it('gets the spec’s 400 with sl-violations for an invalid request', async () => {
    const c = caseFor(operationId);
    if ('impossible' in c.invalid) {
      // Only acceptable when the spec really leaves nothing to violate.
      const spec = await loadSpec(API);
      expect(spec.paths[path].parameters ?? []).toEqual([]);
      expect(definition.parameters ?? []).toEqual([]);
      expect(definition.requestBody).toBeUndefined();
    } else {
      const { response } = await c.invalid(client);
      expect([400, 422]).toContain(response.status);
      expect(response.headers.get('sl-violations')).toBeTruthy();
    }
    exercised.invalid.add(operationId);
  });

  it('works through the high-level method', async () => {
    const c = caseFor(operationId);
    const fresh = c.credentials ? createPvwaClient({ baseUrl, credentials, retry: false }) : createPvwaClient({ baseUrl, token: TOKEN });
    expect(await c.highLevel(fresh)).toEqual(await c.expectedHighLevel());
    exercised.highLevel.add(operationId);
  });
});

// Runs after the operations above (tests in a file run in order).
describe('coverage', () => {
  it('has a case for every operation in the spec and none for operations that are gone', () => {
    expect(Object.keys(cases).sort()).toEqual(operations.map((o) => o.operationId).sort());
  });

  it('ran every check for every operation of the spec', () => {
    const all = operations.map((o) => o.operationId).sort();
    expect(all.length).toBeGreaterThan(0);
    for (const [kind, ids] of Object.entries(exercised)) {
      expect([...ids].sort(), `operations exercised by the ${kind} check`).toEqual(all);
    }
  });
});
