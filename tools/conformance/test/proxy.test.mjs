// @ts-check
// The validating proxy (`pnpm mock <api> --proxy <url> --engine conformance`) in front of a local "real server"
// that drifts from the spec: the client gets the server's real answer untouched, and the violations are reported.
import { startDriftingPvwa } from '@session-apis/test-kit';
import { afterAll, describe, expect, it } from 'vitest';
import { startValidatingProxy } from '../src/proxy.mjs';
import { loadSpec } from '../src/spec.mjs';

const TOKEN = 'canary-proxy-token-9d8e7f';
// A local "real server" that drifts from the spec (ExternalVersion is a number, not a string).
const upstream = await startDriftingPvwa();
const { url: upstreamUrl, seen } = upstream;
afterAll(() => upstream.close());

describe('validating proxy (--engine conformance)', () => {
  it('passes the real answer through and reports the violations in a header and one log line each, token redacted', async () => {
    /** @type {string[]} */
    const log = [];
    const proxy = await startValidatingProxy({ spec: await loadSpec('cyberark-pvwa'), upstream: upstreamUrl, log: (l) => log.push(l) });
    try {
      const drifted = await fetch(`${proxy.url}/API/Server`, { headers: { Authorization: TOKEN } });
      expect(drifted.status).toBe(200);
      expect(await drifted.json()).toEqual({ ExternalVersion: 14.2, InternalVersion: '14.2.0.1', ServerName: 'PVWA01' });
      expect(JSON.parse(drifted.headers.get('x-conformance-violations') ?? '[]')).toEqual([{ kind: 'body', pointer: '/response/body/ExternalVersion' }]);

      const fine = await fetch(`${proxy.url}/API/LiveSessions`, { headers: { Authorization: TOKEN } });
      expect(await fine.json()).toEqual({ LiveSessions: [], Total: 0 });
      expect(fine.headers.get('x-conformance-violations')).toBeNull();

      const unknown = await fetch(`${proxy.url}/API/Nothing`, { headers: { Authorization: TOKEN } });
      expect(unknown.status).toBe(418);
      expect(await unknown.text()).toBe('teapot');

      expect(seen.slice(-3)).toEqual([
        `GET /PasswordVault/API/Server ${TOKEN}`,
        `GET /PasswordVault/API/LiveSessions ${TOKEN}`,
        `GET /PasswordVault/API/Nothing ${TOKEN}`,
      ]);
      expect(log[0]).toBe('getServer GET /API/Server → 200: 1 violation(s)');
      expect(log[1]).toMatch(/^ {2}body: \/response\/body\/ExternalVersion: must be string/);
      expect(log[2]).toBe('listLiveSessions GET /API/LiveSessions → 200: conforms');
      expect(log[3]).toBe('(no operation) GET /API/Nothing → 418: 1 violation(s)');
      expect(log.join('\n')).not.toContain(TOKEN);
    } finally {
      await proxy.stop();
    }
  });
});
