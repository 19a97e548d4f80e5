// @ts-check
// The call plan per API: what `pnpm conformance` asks a real server, through the real client. Read-only unless
// the user passes --allow-writes with an explicit --session; monitoring (which opens a monitoring ticket on the
// PVWA) only with --allow-monitor. A new API needs a plan here; nothing else in the tool is API-specific.
import { LOGON_TYPES, createPvwaClient } from '@session-apis/cyberark-pvwa';
import { createCookieJar } from '@session-apis/client-runtime/node';
import { createSentinelClient, sessionKeyOf } from '@session-apis/sentinel';

/**
 * @typedef {(input: Request, init?: RequestInit) => Promise<Response>} FetchLike
 * @typedef {object} PlanOptions
 * @property {string} baseUrl
 * @property {FetchLike} fetch          the recording fetch
 * @property {number} timeoutMs
 * @property {NodeJS.ProcessEnv} env
 * @property {boolean} allowMonitor
 * @property {boolean} allowWrites
 * @property {string | undefined} session
 * @property {import('./redact.mjs').Secrets} secrets
 * @typedef {object} Step
 * @property {string} name              what the terminal shows, e.g. "listLiveSessions {Limit:1}"
 * @property {string} call              the client method (recorded as the exchange's replay.call)
 * @property {unknown[]} args
 * @property {() => Promise<unknown>} run
 * @property {boolean} [auth]           a logon: its failure means the run cannot go on
 * @typedef {object} Plan
 * @property {(ctx: { skip: (why: string) => void }) => AsyncGenerator<Step, void, unknown>} steps
 */

/** Steps that exist but were not run, and why (printed and written to the report's notes). */
export const WRITE_HINT = 'needs --allow-writes --session <id>';

/**
 * @param {PlanOptions} o
 * @returns {Plan}
 */
function pvwaPlan(o) {
  const token = o.env.PVWA_TOKEN;
  const username = o.env.PVWA_USERNAME;
  const password = o.env.PVWA_PASSWORD;
  // Any case, as the PVWA itself accepts (the issue and psPAS write `CyberArk`; the client's name is `Cyberark`).
  const wanted = (o.env.PVWA_LOGON_TYPE ?? 'CyberArk').toLowerCase();
  const type = LOGON_TYPES.find((t) => t.toLowerCase() === wanted);
  if (!type) throw new CredentialsError(`PVWA_LOGON_TYPE must be one of ${LOGON_TYPES.join(', ')}`);
  o.secrets.add(token, password);
  const common = { baseUrl: o.baseUrl, fetch: o.fetch, timeoutMs: o.timeoutMs, retry: /** @type {false} */ (false) };
  const credentialHelp = ['PVWA_TOKEN', 'or PVWA_USERNAME + PVWA_PASSWORD (+ PVWA_LOGON_TYPE, default CyberArk)'];
  if (!token && !(username && password)) throw missing(credentialHelp);
  const client = token
    ? createPvwaClient({ ...common, token })
    : // The PVWA's logon cookies pin the session to one node behind a load balancer: keep them, as a user would.
      createPvwaClient({ ...common, cookies: createCookieJar(), credentials: { type, username: /** @type {string} */ (username), password: /** @type {string} */ (password) } });

  /** @param {string} name @param {keyof import('@session-apis/cyberark-pvwa').PvwaMethods} call @param {unknown[]} args @returns {Step} */
  const step = (name, call, ...args) => ({ name, call, args, run: () => /** @type {any} */ (client)[call](...args) });

  return {
    async *steps({ skip }) {
      if (!token) yield { ...step('logon', 'logon'), auth: true };
      yield step('getServer', 'serverVersion');
      /** @type {any} */
      let first;
      const list = step('listLiveSessions', 'listLiveSessions');
      yield { ...list, run: async () => (first = await list.run()) };
      yield step('listLiveSessions {Limit:1, Offset:0, Sort:-PSMStartTime}', 'listLiveSessions', { Limit: 1, Offset: 0, Sort: '-PSMStartTime' });
      const now = Math.floor(Date.now() / 1000);
      yield step('listLiveSessions {FromTime, ToTime: last 24 h}', 'listLiveSessions', { FromTime: now - 86_400, ToTime: now });
      // A value with a space, sent as %20: what psPAS sends every day.
      yield step('listLiveSessions {Search: "conformance check"}', 'listLiveSessions', { Search: 'conformance check' });
      const id = o.session ?? first?.LiveSessions?.[0]?.SessionID;
      if (typeof id !== 'string' || id === '') {
        skip('getLiveSession, getLiveSessionActivities, getLiveSessionProperties, monitorLiveSession: no live session (start one, or pass --session <id>)');
      } else {
        yield step('getLiveSession', 'getLiveSession', id);
        yield step('getLiveSessionActivities', 'getLiveSessionActivities', id);
        yield step('getLiveSessionProperties', 'getLiveSessionProperties', id);
        if (o.allowMonitor) yield step('monitorLiveSession', 'monitorLiveSession', id);
        else skip('monitorLiveSession: needs --allow-monitor (it opens a monitoring ticket on the PVWA)');
      }
      if (o.allowWrites && o.session) {
        yield step('suspendLiveSession', 'suspendLiveSession', o.session);
        yield step('resumeLiveSession', 'resumeLiveSession', o.session);
        yield step('terminateLiveSession', 'terminateLiveSession', o.session);
      } else skip(`suspendLiveSession, resumeLiveSession, terminateLiveSession: ${WRITE_HINT}`);
      // A token the user brought stays theirs: only a session this run opened is closed.
      if (!token) yield step('logoff', 'logoff');
    },
  };
}

/**
 * @param {PlanOptions} o
 * @returns {Plan}
 */
function sentinelPlan(o) {
  const token = o.env.SENTINEL_TOKEN;
  const username = o.env.SENTINEL_USERNAME;
  const password = o.env.SENTINEL_PASSWORD;
  o.secrets.add(token, password);
  if (username && password) o.secrets.addBasic(username, password);
  const common = { baseUrl: o.baseUrl, fetch: o.fetch, timeoutMs: o.timeoutMs, retry: /** @type {false} */ (false) };
  const credentialHelp = ['SENTINEL_TOKEN', 'or SENTINEL_USERNAME + SENTINEL_PASSWORD'];
  if (!token && !(username && password)) throw missing(credentialHelp);
  const client = token
    ? createSentinelClient({ ...common, token })
    : createSentinelClient({ ...common, credentials: { username: /** @type {string} */ (username), password: /** @type {string} */ (password) } });

  /** @param {string} name @param {keyof import('@session-apis/sentinel').SentinelMethods} call @param {unknown[]} args @returns {Step} */
  const step = (name, call, ...args) => ({ name, call, args, run: () => /** @type {any} */ (client)[call](...args) });

  return {
    async *steps({ skip }) {
      if (!token) yield { ...step('createAuthToken', 'logon'), auth: true };
      /** @type {any} */
      let first;
      const list = step('listUserSessions {pagesize:2}', 'listUserSessions', { pagesize: 2 });
      yield { ...list, run: async () => (first = await list.run()) };
      // Paging: follow `next` for up to three pages.
      yield {
        name: 'userSessions {pagesize:2}, up to 3 pages',
        call: 'userSessions',
        args: [{ pagesize: 2 }, { maxPages: 3 }],
        run: async () => {
          let n = 0;
          for await (const _ of client.userSessions({ pagesize: 2 }, { maxPages: 3 })) if (++n >= 6) break;
          return n;
        },
      };
      yield step('listUserSessions {field:[none]}', 'listUserSessions', { field: ['[none]'] });
      let key = o.session;
      if (!key && first?.objects?.[0]) {
        try {
          key = sessionKeyOf(first.objects[0]);
        } catch {
          // no usable meta.@href: the list exchange's validation says why
        }
      }
      /** @type {any} */
      let current;
      if (key) {
        const get = step('getUserSession', 'getUserSession', key);
        yield { ...get, run: async () => (current = await get.run()) };
      } else skip('getUserSession: no user session listed (pass --session <SessionKey>)');
      yield step('preauthorize GET /objects/user-session', 'preauthorize', '/objects/user-session', 'GET');
      if (o.allowWrites && o.session) {
        // Writes back the name it read: the smallest PUT that exercises the operation.
        const update = typeof current?.name === 'string' ? { name: current.name } : {};
        yield step('updateUserSession', 'updateUserSession', o.session, update);
        yield step('deleteUserSession', 'deleteUserSession', o.session);
      } else skip(`updateUserSession, deleteUserSession: ${WRITE_HINT}`);
      if (!token) yield step('deleteAuthToken', 'logoff');
    },
  };
}

/** Missing or unusable credentials, thrown before any request: the caller turns it into exit 2. */
export class CredentialsError extends Error {}

/** @param {string[]} help */
const missing = (help) => new CredentialsError(`no credentials: set ${help.join(' ')} in the environment`);

/** @type {Record<string, (o: PlanOptions) => Plan>} */
export const PLANS = { 'cyberark-pvwa': pvwaPlan, sentinel: sentinelPlan };
