// @ts-check
// `pnpm mock <api> --proxy <url>` (Prism engine) in front of a local "real server" that drifts from the spec:
// the client gets the server's real answer, and the violation is reported. The conformance engine is tested in
// tools/conformance/test/proxy.test.mjs.
import { startDriftingPvwa } from '@session-apis/test-kit';
import { afterAll, describe, it } from 'vitest';
import { startPrismProxy } from '../src/index.mjs';

const TOKEN = 'canary-proxy-token-9d8e7f';
// A local "real server" that drifts from the spec (ExternalVersion is a number, not a string).
const upstream = await startDriftingPvwa();
const { url: upstreamUrl, seen } = upstream;
afterAll(() => upstream.close());
// The three cases run concurrently (each starts its own Prism or CLI, which is where the time goes), so none of them
// assumes it is the only one talking to the shared upstream.

describe.concurrent('Prism proxy (--engine prism)', () => {
  it('forwards to the upstream path and reports the response violation in sl-violations', async ({ expect }) => {
    const proxy = await startPrismProxy('cyberark-pvwa', upstreamUrl);
    try {
      const res = await fetch(`${proxy.url}/API/Server`, { headers: { Authorization: TOKEN } });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ ExternalVersion: 14.2, InternalVersion: '14.2.0.1', ServerName: 'PVWA01' });
      const violations = JSON.parse(res.headers.get('sl-violations') ?? '[]');
      expect(violations).toEqual([expect.objectContaining({ location: ['response', 'body', 'ExternalVersion'], severity: 'Error' })]);
    } finally {
      await proxy.stop();
    }
  });
});

describe.concurrent('Prism proxy logs', () => {
  it('never show a token carried in the URL (Sentinel token deletion)', async ({ expect }) => {
    let log = '';
    const token = 'PHNhbWw+c2VjcmV0LXRva2VuLTc3Nw==';
    const proxy = await startPrismProxy('sentinel', upstreamUrl.replace('/PasswordVault', ''), { onLog: (l) => (log += l) });
    try {
      const res = await fetch(`${proxy.url}/SentinelAuthServices/auth/tokens/${encodeURIComponent(token)}`, {
        method: 'DELETE',
        headers: { Authorization: `X-SAML ${token}` },
      });
      await res.arrayBuffer();
      // Exactly one DELETE reached the upstream, this one, token and all (the other cases send only GETs).
      expect(seen.filter((line) => line.startsWith('DELETE '))).toEqual([`DELETE /SentinelAuthServices/auth/tokens/${encodeURIComponent(token)} X-SAML ${token}`]);
    } finally {
      await proxy.stop();
    }
    expect(log).toContain('/SentinelAuthServices/auth/tokens/<token>');
    expect(log).not.toContain(token);
    expect(log).not.toContain(encodeURIComponent(token));
  });
});

describe.concurrent('pnpm mock <api> --proxy <url> --engine conformance', () => {
  it('starts the conformance validating proxy from the command line', async ({ expect }) => {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [new URL('../src/cli.mjs', import.meta.url).pathname, 'cyberark-pvwa', '--proxy', upstreamUrl, '--engine', 'conformance'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let out = '';
      let err = '';
      child.stderr.on('data', (c) => (err += c));
      const url = await new Promise((resolve, reject) => {
        child.stdout.on('data', (c) => {
          out += c;
          const m = /(http:\/\/127\.0\.0\.1:\d+)\s+→/.exec(out);
          if (m) resolve(m[1]);
        });
        child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}${err}`)));
      });
      const res = await fetch(`${url}/API/Server`, { headers: { Authorization: TOKEN } });
      expect(res.status).toBe(200);
      expect(JSON.parse(res.headers.get('x-conformance-violations') ?? '[]')).toEqual([{ kind: 'body', pointer: '/response/body/ExternalVersion' }]);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
