// @ts-check
// What the client-overhead benchmarks call, derived from each registered API's spec so that a new API needs
// no edit here: its first GET with path parameters and a JSON example (a "get one" call), the parameter
// examples from the spec, and the 200 example as the fixed answer. The ways to make that call: fetch called
// directly, bare openapi-fetch (also with only a per-call timeout: the floor of any timeout), our client — its
// high-level method named after the operationId, with auth (static token), a timeout and retries enabled — and
// the reference peers (peers.mjs), configured alike.
import createClient from 'openapi-fetch';
import { createTransport, staticToken } from '@session-apis/client-runtime';
import { loadSpec } from '@session-apis/mock/spec';
import { listApis, packageNameOf } from '@session-apis/registry';
import { PEERS, POLICY } from './peers.mjs';

export const TOKEN = 'bench-token-0123456789';
/** Our client's options for the benchmark: every per-call feature on, the same policy as the peers. */
const CLIENT_OPTIONS = { token: TOKEN, timeoutMs: POLICY.timeoutMs, retry: { retries: POLICY.retries, statuses: [...POLICY.statuses] } };
/** The clients, in the order of the tables: the two baselines, ours, then the peers. */
export const CLIENTS = ['fetch', 'openapi-fetch', 'openapi-fetch+timeout', 'ours', ...PEERS.map((p) => p.name)];

/**
 * @typedef {(input: any, init?: any) => Promise<Response>} AnyFetch
 * @typedef {() => Promise<unknown>} Call
 *
 * @typedef {object} Scenario
 * @property {string} api
 * @property {string} packageName
 * @property {string} operationId
 * @property {string} pathTemplate     as in the spec, e.g. /API/LiveSessions/{liveSessionId}
 * @property {string} basePath         the server URL's path, e.g. /PasswordVault ('' for none)
 * @property {string} requestPath      basePath + the template filled with the parameter examples
 * @property {Record<string, string>} pathParams
 * @property {unknown} example         the 200 example (what every call must return)
 * @property {string} body             the example as JSON text (what the fake server and the stub answer)
 * @property {string} oursLabel        what "ours" is: the high-level method, or the fallback
 * @property {(fetch: AnyFetch | undefined, baseUrl: string) => Record<string, Call>} clients
 *   one call per client (in CLIENTS order) against `baseUrl`; `fetch` undefined means Node's own fetch, and
 *   then the peers with their own HTTP stack (got) are included too
 */

/** @returns {Promise<Scenario[]>} */
export async function loadScenarios() {
  /** @type {Scenario[]} */
  const scenarios = [];
  for (const api of listApis()) {
    scenarios.push(await scenarioFor(api.name, packageNameOf(api)));
  }
  return scenarios;
}

/**
 * @param {string} apiName
 * @param {string} packageName
 * @returns {Promise<Scenario>}
 */
async function scenarioFor(apiName, packageName) {
  const spec = await loadSpec(apiName);
  const op = pickOperation(spec);
  if (!op) throw new Error(`${apiName}: no GET operation with a JSON 200 example to benchmark`);
  const { pathTemplate, operationId, pathParams, example } = op;
  const basePath = serverPath(spec);
  const filled = pathTemplate.replace(/\{([^}]+)\}/g, (_, name) => encodeURIComponent(pathParams[name] ?? ''));
  const requestPath = basePath + filled;
  const headers = { Authorization: TOKEN, Accept: 'application/json' };

  /** @type {(fetch: AnyFetch | undefined, baseUrl: string) => Call} */
  let ours;
  let oursLabel;
  const mod = await import(packageName).catch(() => undefined);
  const factoryName = mod && Object.keys(mod).find((k) => /^create\w*Client$/.test(k) && typeof mod[k] === 'function');
  const probe = factoryName ? mod[factoryName]({ baseUrl: 'http://127.0.0.1:9', ...CLIENT_OPTIONS }) : undefined;
  if (probe && typeof probe[operationId] === 'function') {
    oursLabel = `${factoryName}().${operationId}()`;
    ours = (fetch, baseUrl) => {
      const client = mod[factoryName]({ baseUrl, ...CLIENT_OPTIONS, ...(fetch ? { fetch } : {}) });
      const args = Object.values(pathParams);
      return () => client[operationId](...args);
    };
  } else {
    // The client's high-level API is not there (not built yet): the same features from the runtime directly.
    oursLabel = 'runtime transport + openapi-fetch (no high-level client method found)';
    ours = (fetch, baseUrl) => {
      const transport = createTransport({ auth: staticToken(TOKEN, (t) => t), timeoutMs: CLIENT_OPTIONS.timeoutMs, retry: CLIENT_OPTIONS.retry, ...(fetch ? { fetch } : {}) });
      const client = untyped(createClient({ baseUrl, fetch: transport.fetch }));
      return async () => {
        const { data, error } = await client.GET(pathTemplate, { params: { path: pathParams } });
        if (error !== undefined) throw new Error(`unexpected error answer: ${JSON.stringify(error)}`);
        return data;
      };
    };
  }

  /** @type {(fetch: AnyFetch, baseUrl: string) => Call} */
  const direct = (fetch, baseUrl) => {
    const url = baseUrl.replace(/\/$/, '') + filled;
    return async () => {
      const res = await fetch(url, { headers });
      if (!res.ok) throw new Error(`unexpected status ${res.status}`);
      return res.json();
    };
  };
  /** @type {(fetch: AnyFetch | undefined, baseUrl: string) => Call} */
  const bare = (fetch, baseUrl) => {
    const client = untyped(createClient({ baseUrl, ...(fetch ? { fetch } : {}) }));
    return async () => {
      const { data, error } = await client.GET(pathTemplate, { params: { path: pathParams }, headers });
      if (error !== undefined) throw new Error(`unexpected error answer: ${JSON.stringify(error)}`);
      return data;
    };
  };

  /**
   * The floor of a per-attempt timeout: bare openapi-fetch plus only what any cancellable timeout needs — an
   * AbortController whose signal the Request follows and a setTimeout cleared after the call. No auth, no retries.
   * @type {(fetch: AnyFetch | undefined, baseUrl: string) => Call}
   */
  const timed = (fetch, baseUrl) => {
    const client = untyped(createClient({ baseUrl, ...(fetch ? { fetch } : {}) }));
    return async () => {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), POLICY.timeoutMs);
      try {
        const { data, error } = await client.GET(pathTemplate, { params: { path: pathParams }, headers, signal: controller.signal });
        if (error !== undefined) throw new Error(`unexpected error answer: ${JSON.stringify(error)}`);
        return data;
      } finally {
        clearTimeout(timer);
      }
    };
  };

  return {
    api: apiName,
    packageName,
    operationId,
    pathTemplate,
    basePath,
    requestPath,
    pathParams,
    example,
    body: JSON.stringify(example),
    oursLabel,
    clients: (fetch, baseUrl) => {
      const url = baseUrl.replace(/\/$/, '') + filled;
      /** @type {Record<string, Call>} */
      const calls = {
        fetch: direct(fetch ?? globalThis.fetch, baseUrl),
        'openapi-fetch': bare(fetch, baseUrl),
        'openapi-fetch+timeout': timed(fetch, baseUrl),
        ours: ours(fetch, baseUrl),
      };
      for (const peer of PEERS) if (peer.fetchBased || !fetch) calls[peer.name] = peer.make(url, headers, fetch);
      return calls;
    },
  };
}

/**
 * The first GET whose every parameter is a path parameter with an example, and whose 200 has a JSON example;
 * operations with path parameters win over those without.
 * @param {any} spec  bundled, dereferenced
 */
function pickOperation(spec) {
  /** @type {{ pathTemplate: string, operationId: string, pathParams: Record<string, string>, example: unknown }[]} */
  const candidates = [];
  for (const [pathTemplate, item] of Object.entries(spec.paths ?? {})) {
    const get = item?.get;
    if (!get) continue;
    const params = [...(item.parameters ?? []), ...(get.parameters ?? [])];
    if (params.some((p) => p.in !== 'path' && p.required)) continue;
    const pathParams = Object.fromEntries(params.filter((p) => p.in === 'path').map((p) => [p.name, paramExample(p)]));
    if (Object.values(pathParams).some((v) => typeof v !== 'string' && typeof v !== 'number')) continue;
    const media = get.responses?.['200']?.content?.['application/json'];
    const example = media?.examples ? Object.values(media.examples)[0]?.value : media?.example;
    if (example === undefined) continue;
    candidates.push({ pathTemplate, operationId: get.operationId, pathParams: Object.fromEntries(Object.entries(pathParams).map(([k, v]) => [k, String(v)])), example });
  }
  return candidates.find((c) => Object.keys(c.pathParams).length > 0) ?? candidates[0];
}

/**
 * openapi-fetch without a `paths` type: the path is only known at run time here (the clients themselves are
 * typed by their generated `paths`).
 * @param {unknown} client
 * @returns {{ GET(path: string, init: Record<string, unknown>): Promise<{ data?: unknown, error?: unknown }> }}
 */
const untyped = (client) => /** @type {any} */ (client);

/** @param {any} param */
function paramExample(param) {
  if (param.example !== undefined) return param.example;
  const first = param.examples ? Object.values(param.examples)[0] : undefined;
  return first?.value ?? param.schema?.example ?? param.schema?.examples?.[0];
}

/**
 * The path part of the spec's first server URL (variables at their defaults), without a trailing slash.
 * @param {any} spec
 */
function serverPath(spec) {
  const server = spec.servers?.[0];
  if (!server?.url) return '';
  const url = String(server.url).replace(/\{([^}]+)\}/g, (_, name) => server.variables?.[name]?.default ?? 'host');
  try {
    return new URL(url, 'http://host').pathname.replace(/\/$/, '');
  } catch {
    return '';
  }
}
