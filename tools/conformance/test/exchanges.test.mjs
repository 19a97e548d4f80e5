// @ts-check
// Every recorded exchange under specs/<api>/exchanges/ validates against its bundled spec — real traffic is the
// oracle, so a spec that rejects it fails here — and each file follows specs/EXCHANGES.md.
import { listApis } from '@session-apis/registry';
import { describe, expect, it } from 'vitest';
import { loadExchanges } from '../src/exchanges.mjs';
import { loadSpec } from '../src/spec.mjs';
import { listOperations, validateExchange } from '../src/validate.mjs';

const MARKS = ['vendor', 'recorded', 'clients', 'inferred'];
/** A credential in an exchange is a placeholder like <token>, optionally after a scheme ("X-SAML <token>"). */
const PLACEHOLDER = /^([A-Za-z][\w-]* )?<[a-z-]+>$/;

const apis = await Promise.all(
  listApis().map(async (api) => ({ api: api.name, exchanges: await loadExchanges(api.name) })),
);

for (const { api, exchanges } of apis) {
  describe.runIf(exchanges.length > 0)(`${api} exchanges`, () => {
    it.each(exchanges.map((e) => [e.file, e.exchange]))('%s', async (file, exchange) => {
      const spec = await loadSpec(api);
      expect(typeof exchange.source, `${file}: source`).toBe('string');
      expect(MARKS, `${file}: mark`).toContain(exchange.mark);
      const result = validateExchange(spec, exchange);
      expect(result.violations, `${file}: ${result.violations.map((v) => v.message).join('\n')}`).toEqual([]);
      // <operationId>.<outcome>.yaml: the name says which operation the exchange belongs to.
      expect(result.operationId, `${file}: the file name's operationId`).toBe(file.split('.')[0]);
      // No real credential: Authorization and Cookie values are placeholders.
      for (const [name, value] of Object.entries(exchange.request?.headers ?? {})) {
        const lower = name.toLowerCase();
        if (lower === 'authorization') expect(String(value), `${file}: ${name}`).toMatch(PLACEHOLDER);
        if (lower === 'cookie') {
          for (const pair of String(value).split(';')) expect(pair.trim(), `${file}: ${name}`).toMatch(/^[^=]+=<[a-z-]+>$/);
        }
      }
      const body = /** @type {Record<string, unknown> | undefined} */ (exchange.request?.body);
      for (const field of ['password', 'newPassword']) {
        if (body && typeof body === 'object' && field in body) expect(String(body[field]), `${file}: ${field}`).toMatch(PLACEHOLDER);
      }
    });
  });
}

// Coverage: the exchanges are an oracle only where they exist. Every operation needs one, and each non-2xx (or
// unusual) outcome that issue 9 names from api-facts.md needs one — whatever the spec says about it.
/** @param {import('../src/validate.mjs').Exchange} e */
const bodyText = (e) => (e.response.body !== undefined ? JSON.stringify(e.response.body) : (e.response.bodyText ?? ''));
/** @param {import('../src/validate.mjs').Exchange} e */
const contentType = (e) => String(Object.entries(e.response.headers ?? {}).find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? '');
/** @param {string} text */
const parses = (text) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};
/** @type {Record<string, [string, (file: string, e: import('../src/validate.mjs').Exchange) => boolean][]>} */
const REQUIRED_OUTCOMES = {
  'cyberark-pvwa': [
    ['logon: wrong password, 403 ITATS004E', (f, e) => f.startsWith('logon.') && e.response.status === 403 && bodyText(e).includes('ITATS004E')],
    ['logon: password expired, 409', (f, e) => f.startsWith('logon.') && e.response.status === 409],
    ['logon: RADIUS challenge, 500 ITATS542I', (f, e) => f.startsWith('logon.') && e.response.status === 500 && bodyText(e).includes('ITATS542I')],
    ['logon: second step, 200 with an object', (f, e) => f.startsWith('logon.') && e.response.status === 200 && typeof e.response.body === 'object'],
    ['logoff: 200 {"LogoffUrl": ""}', (f, e) => f.startsWith('logoff.') && e.response.status === 200 && bodyText(e).includes('LogoffUrl')],
    ['a 401 PASWS006E', (_, e) => e.response.status === 401 && bodyText(e).includes('PASWS006E')],
    ['a 405 from a PVWA too old for the call', (_, e) => e.response.status === 405],
    ['an error answered as text/html', (_, e) => e.response.status >= 400 && contentType(e).startsWith('text/html')],
    ['an HTML page that is not JSON (IIS/ASP.NET)', (_, e) => e.response.status >= 400 && typeof e.response.bodyText === 'string' && !parses(e.response.bodyText)],
    ['an error body with Details', (_, e) => e.response.status >= 400 && /"Details":/.test(bodyText(e))],
    ['a 501 (not implemented: too old)', (_, e) => e.response.status === 501],
    ['getLiveSession: the {LiveSessions, Total} wrapper', (f, e) => f.startsWith('getLiveSession.') && e.response.status === 200 && bodyText(e).includes('"LiveSessions":[{')],
    ['listLiveSessions: a query value with a space, sent as %20', (f, e) => f.startsWith('listLiveSessions.') && e.request.path.includes('%20')],
    ['monitor: the RDP settings object', (f, e) => f.startsWith('monitorLiveSession.') && typeof e.response.body === 'object' && !bodyText(e).includes('PSMGWURL')],
    ['monitor: the gateway form without a ConnectionMethod header', (f, e) => f.startsWith('monitorLiveSession.') && bodyText(e).includes('PSMGWURL') && !Object.keys(e.response.headers ?? {}).some((k) => k.toLowerCase() === 'connectionmethod')],
    ['monitor: RDP file bytes in UTF-16 with a BOM', (f, e) => f.startsWith('monitorLiveSession.') && /^(fffe|feff)/.test(Buffer.from(e.response.bodyBase64 ?? '', 'base64').toString('hex'))],
  ],
  sentinel: [
    ['400 RestEndpointNotFound', (_, e) => e.response.status === 400 && bodyText(e).includes('RestEndpointNotFound')],
    ['a 401 (expired or wrong token)', (_, e) => e.response.status === 401],
    ['a fault that is not valid JSON', (_, e) => e.response.status >= 400 && typeof e.response.bodyText === 'string' && !parses(e.response.bodyText)],
    ['preauthorize: 400 RestEndpointNotFound', (f, e) => f.startsWith('preauthorize.') && e.response.status === 400 && bodyText(e).includes('RestEndpointNotFound')],
    ['preauthorize: contentType and acceptType', (f, e) => f.startsWith('preauthorize.') && /[?&]contentType=/.test(e.request.path) && /[?&]acceptType=/.test(e.request.path)],
    ['a session-type outside HTTP | LEGACY', (_, e) => e.response.status === 200 && /"session-type":"(?!HTTP"|LEGACY")/.test(bodyText(e))],
    ['a token of several kB', (f, e) => f.startsWith('createAuthToken.') && e.response.status === 200 && bodyText(e).length > 2048],
  ],
};

describe('exchange coverage', () => {
  it.each(apis.map((a) => [a.api, a.exchanges]))('%s: every operation of the spec has at least one exchange', async (api, exchanges) => {
    const spec = await loadSpec(/** @type {string} */ (api));
    const covered = new Set(exchanges.map((e) => validateExchange(spec, e.exchange).operationId));
    const missing = listOperations(spec).map((o) => o.operation.operationId).filter((id) => !covered.has(id));
    expect(missing, `${api}: operations without an exchange`).toEqual([]);
  });

  it.each(apis.map((a) => [a.api, a.exchanges]))('%s: a file name that claims a status (…-NNN.yaml) carries it, and the spec documents it for the operation', async (api, exchanges) => {
    const spec = await loadSpec(/** @type {string} */ (api));
    const wrong = [];
    for (const { file, exchange } of exchanges) {
      const claimed = /-(\d{3})\.ya?ml$/.exec(file)?.[1];
      if (!claimed) continue;
      const op = listOperations(spec).find((o) => o.operation.operationId === file.split('.')[0]);
      if (String(exchange.response.status) !== claimed || !op?.operation.responses?.[claimed]) wrong.push(file);
    }
    expect(wrong).toEqual([]);
  });

  it.each(Object.entries(REQUIRED_OUTCOMES))('%s: each outcome named in issue 9 has an exchange', (api, outcomes) => {
    const exchanges = apis.find((a) => a.api === api)?.exchanges ?? [];
    const missing = outcomes.filter(([, has]) => !exchanges.some((e) => has(e.file, e.exchange))).map(([name]) => name);
    expect(missing).toEqual([]);
  });
});
