// @ts-check
// `pnpm conformance` end to end against local servers: one answering with the spec's own examples (conforms), one
// drifted in known ways, and servers that are unreachable, hang or drop connections. Canary secrets must appear
// nowhere. The command's main() runs in this process (exit code, stdout, stderr, files: all the command produces,
// the spec bundled once per file); one test runs the real bin as a child process: that it starts, runs, prints
// and exits with its code as a user sees it, here against a server that never answers.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli.mjs';
import { loadSpec } from '../src/spec.mjs';
import { selfSignedCertificate, startServer } from '@session-apis/test-kit';
import { startExampleServer } from './servers.mjs';

const cli = fileURLToPath(new URL('../src/cli.mjs', import.meta.url));
const CANARY = {
  password: 'canary-password-7f3a9c',
  token: 'canary-token-Zm9vYmFyYmF6cXV4cXV1eA',
  cookie: 'canary-cookie-41b2e8',
};
const SESSION_ID = '31_24'; // the spec example's SessionID

/** @type {string[]} */
const outDirs = [];
afterAll(() => outDirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** @typedef {{ code: number | null, stdout: string, stderr: string }} RunResult */

/**
 * The command in this process, with only `env` as its environment (as the child's had no PVWA_ / SENTINEL_
 * variable but these). Whatever it writes around its io, straight to the process's streams, counts as its output
 * too, so the empty-stderr and canary checks see everything it prints.
 * @param {string[]} args @param {Record<string, string>} env
 * @returns {Promise<RunResult>}
 */
async function run(args, env) {
  let stdout = '';
  let stderr = '';
  const io = { stdout: { write: (/** @type {string} */ t) => (stdout += t) }, stderr: { write: (/** @type {string} */ t) => (stderr += t) }, cwd: process.cwd() };
  const direct = [
    vi.spyOn(process.stdout, 'write').mockImplementation((/** @type {any} */ c) => ((stdout += String(c)), true)),
    vi.spyOn(process.stderr, 'write').mockImplementation((/** @type {any} */ c) => ((stderr += String(c)), true)),
  ];
  try {
    const code = await main(args, { ...env }, io);
    return { code, stdout, stderr };
  } finally {
    for (const spy of direct) spy.mockRestore();
  }
}

/**
 * The real bin as a user runs it: a child process, its environment cleared of PVWA_ / SENTINEL_ variables.
 * @param {string[]} args @param {Record<string, string>} env
 * @returns {Promise<RunResult>}
 */
function spawnCli(args, env) {
  return new Promise((resolve) => {
    const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(PVWA|SENTINEL)_/.test(k)));
    const child = spawn(process.execPath, [cli, ...args], { env: { ...clean, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const newOut = () => {
  const dir = mkdtempSync(join(tmpdir(), 'conformance-'));
  outDirs.push(dir);
  return dir;
};

/** Every file written under `dir`, as text. @param {string} dir @returns {Record<string, string>} */
function written(dir) {
  /** @type {Record<string, string>} */
  const files = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[join(entry.parentPath, entry.name)] = readFileSync(join(entry.parentPath, entry.name), 'utf8');
  }
  return files;
}

/** @param {string} text */
const expectNoCanary = (text) => {
  for (const value of Object.values(CANARY)) {
    expect(text).not.toContain(value);
    expect(text).not.toContain(encodeURIComponent(value));
  }
  expect(text).not.toContain(Buffer.from(`admin:${CANARY.password}`).toString('base64'));
};

const pvwaEnv = { PVWA_USERNAME: 'svc_monitor', PVWA_PASSWORD: CANARY.password };
/** The logon answer carries a canary token and a canary cookie: they must be used, then redacted everywhere. */
const canaryLogon = /** @type {import('./servers.mjs').Mutation} */ ((answer) => ({
  ...answer,
  headers: { ...answer.headers, 'Set-Cookie': `CA11111=${CANARY.cookie}; path=/PasswordVault/; HttpOnly` },
  body: CANARY.token,
}));

describe('pnpm conformance cyberark-pvwa', () => {
  /** @type {any} */
  let spec;
  beforeAll(async () => {
    spec = await loadSpec('cyberark-pvwa');
  });

  it('a server answering with the spec examples conforms: exit 0, report and exchanges written, no secret anywhere', async () => {
    const server = await startExampleServer(spec, { mutations: { logon: canaryLogon } });
    const out = newOut();
    const { code, stdout, stderr } = await run(['cyberark-pvwa', '--base-url', server.url, '--out', out, '--allow-monitor'], pvwaEnv);
    await server.close();
    expect(stderr).toBe('');
    expect(code).toBe(0);
    // The canaries were really used: the token as Authorization, the cookie sent back.
    const afterLogon = server.seen.filter((r) => !r.path.includes('/Logon/'));
    expect(afterLogon.length).toBeGreaterThan(5);
    for (const r of afterLogon) {
      expect(r.headers.authorization).toBe(CANARY.token);
      expect(r.headers.cookie).toBe(`CA11111=${CANARY.cookie}`);
    }
    // Read-only: no write reached the server.
    expect(server.seen.filter((r) => /\/(Terminate|Suspend|Resume)$/.test(r.path))).toEqual([]);

    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(Object.keys(report)).toEqual(['api', 'baseUrl', 'results']);
    expect(report.api).toBe('cyberark-pvwa');
    expect(report.baseUrl).toBe(server.url);
    const operations = [...new Set(report.results.map((/** @type {any} */ r) => r.operationId))];
    expect(operations).toEqual([
      'logon', 'getServer', 'listLiveSessions', 'getLiveSession', 'getLiveSessionActivities',
      'getLiveSessionProperties', 'monitorLiveSession', 'logoff',
    ]);
    expect(report.results.flatMap((/** @type {any} */ r) => r.violations)).toEqual([]);
    for (const r of report.results) expect(Object.keys(r)).toEqual(['operationId', 'method', 'path', 'status', 'violations']);
    expect(report.results).toHaveLength(server.seen.length);
    expect(stdout).toMatch(/✓ listLiveSessions\s+GET \/API\/LiveSessions\s+200\s+conforms/);
    expect(stdout).toContain('not called: suspendLiveSession, resumeLiveSession, terminateLiveSession: needs --allow-writes --session <id>');

    const files = written(out);
    const exchanges = Object.entries(files).filter(([f]) => f.endsWith('.yaml'));
    expect(exchanges).toHaveLength(server.seen.length);
    const logon = parse(/** @type {string} */ (files[join(out, 'exchanges', 'logon.ok.yaml')]));
    expect(logon).toMatchObject({
      mark: 'recorded',
      request: { method: 'POST', path: '/API/auth/Cyberark/Logon/', body: { username: 'svc_monitor', password: '<password>' } },
      response: { status: 200, headers: { 'Set-Cookie': 'CA11111=<cookie>; path=/PasswordVault/; HttpOnly' }, body: '<token>' },
    });
    const list = parse(/** @type {string} */ (files[join(out, 'exchanges', 'listLiveSessions.ok.yaml')]));
    expect(list.request.headers).toEqual({ Authorization: '<token>', Cookie: 'CA11111=<cookie>' });
    for (const text of [stdout, stderr, ...Object.values(files)]) expectNoCanary(text);
  });

  it('a drifted server: the report lists exactly the injected violations (operation, status, pointer), exit 1', async () => {
    const server = await startExampleServer(spec, {
      mutations: {
        // A missing required field and a wrong type, on every list page.
        listLiveSessions: (a) => {
          const body = /** @type {any} */ (a.body);
          delete body.LiveSessions[0].SessionID;
          body.Total = String(body.Total);
        },
        // An undocumented status.
        getServer: () => ({ status: 418, headers: { 'Content-Type': 'application/json' }, body: { ErrorCode: 'X', ErrorMessage: 'teapot' } }),
        // A wrong content type.
        getLiveSessionActivities: (a) => ({ ...a, headers: { 'Content-Type': 'text/plain' } }),
        // A documented header with a value outside its enum. (No response header of the PVWA spec is required —
        // ConnectionMethod is optional on purpose, api-facts.md — so leaving one out is not a violation.)
        monitorLiveSession: (a) => ({ ...a, headers: { ...a.headers, ConnectionMethod: 'Teleport' } }),
      },
    });
    const out = newOut();
    const { code, stdout, stderr } = await run(
      ['cyberark-pvwa', '--base-url', server.url, '--out', out, '--allow-monitor', '--session', SESSION_ID],
      pvwaEnv,
    );
    await server.close();
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    const found = new Set(
      report.results.flatMap((/** @type {any} */ r) => r.violations.map((/** @type {any} */ v) => `${r.operationId} ${r.status} ${v.kind} ${v.pointer}`)),
    );
    expect([...found].sort()).toEqual([
      'getLiveSessionActivities 200 content-type /response/headers/Content-Type',
      'getServer 418 status /response/status',
      'listLiveSessions 200 body /response/body/LiveSessions/0/SessionID',
      'listLiveSessions 200 body /response/body/Total',
      'monitorLiveSession 200 header /response/headers/ConnectionMethod',
    ]);
    // Every list call shows both list violations; nothing else has any.
    const lists = report.results.filter((/** @type {any} */ r) => r.operationId === 'listLiveSessions');
    expect(lists).toHaveLength(4);
    for (const r of lists) expect(r.violations).toHaveLength(2);
    expect(stdout).toMatch(/✗ getServer\s+GET \/API\/Server\s+418\s+1 violation\n/);
    expect(stdout).toMatch(/✓ logoff/);
    expect(stdout).toMatch(/with violations/);
  });

  it('refuses --allow-writes without --session before any request; writes only with both, and only on that session', async () => {
    const server = await startExampleServer(spec);
    const refused = await run(['cyberark-pvwa', '--base-url', server.url, '--allow-writes'], pvwaEnv);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--allow-writes needs --session <id>');
    expect(server.seen).toEqual([]);

    const ok = await run(['cyberark-pvwa', '--base-url', server.url, '--allow-writes', '--session', 'my_session'], pvwaEnv);
    await server.close();
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    const writes = server.seen.filter((r) => r.method === 'POST' && !/Logon|Logoff/.test(r.path)).map((r) => r.path);
    expect(writes).toEqual([
      '/API/LiveSessions/my_session/Suspend',
      '/API/LiveSessions/my_session/Resume',
      '/API/LiveSessions/my_session/Terminate',
    ]);
  });

  it('a refused logon is exit 2 with one line, not a report of violations', async () => {
    const server = await startExampleServer(spec, {
      mutations: {
        logon: () => ({
          status: 403,
          headers: { 'Content-Type': 'application/json' },
          body: { ErrorCode: 'ITATS004E', ErrorMessage: 'Authentication failure for User [svc_monitor].' },
        }),
      },
    });
    const { code, stdout, stderr } = await run(['cyberark-pvwa', '--base-url', server.url], pvwaEnv);
    await server.close();
    expect(code).toBe(2);
    expect(stderr).toMatch(/^conformance: could not run: authentication failed during logon: .*\n$/);
    expect(server.seen).toHaveLength(1);
    expectNoCanary(stdout + stderr);
  });

  it('without credentials in the environment: exit 2 naming the variables, nothing sent', async () => {
    const server = await startExampleServer(spec);
    const { code, stderr } = await run(['cyberark-pvwa', '--base-url', server.url], {});
    await server.close();
    expect(code).toBe(2);
    expect(stderr).toBe('conformance: could not run: no credentials: set PVWA_TOKEN or PVWA_USERNAME + PVWA_PASSWORD (+ PVWA_LOGON_TYPE, default CyberArk) in the environment\n');
    expect(server.seen).toEqual([]);
  });

  it('--anonymize replaces the host and IP addresses in everything written and printed', async () => {
    const server = await startExampleServer(spec);
    const out = newOut();
    const { code, stdout } = await run(['cyberark-pvwa', '--base-url', server.url, '--out', out, '--anonymize'], { PVWA_TOKEN: CANARY.token });
    await server.close();
    expect(code).toBe(0);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.baseUrl).toBe(`http://pvwa.example.com:${new URL(server.url).port}/PasswordVault`);
    const files = Object.values(written(out)).join('\n');
    expect(files).toContain('RemoteMachine: 192.0.2.'); // the example's 10.0.0.5, replaced
    for (const text of [files, stdout]) {
      expect(text).not.toContain('127.0.0.1');
      expect(text).not.toContain('10.0.0.5');
      expectNoCanary(text);
    }
    // A token the user brought is not logged off.
    expect(server.seen.some((r) => r.path.includes('Logoff'))).toBe(false);
  });
});

describe('pnpm conformance sentinel', () => {
  it('conforms against the spec examples; the token, also inside the deletion URL, is redacted', async () => {
    const spec = await loadSpec('sentinel');
    const server = await startExampleServer(spec, {
      exampleOrigin: 'https://sentinel.example.com:8443',
      mutations: { createAuthToken: (a) => ({ ...a, body: { ...(/** @type {any} */ (a.body)), Token: CANARY.token } }) },
    });
    const out = newOut();
    const { code, stdout, stderr } = await run(
      ['sentinel', '--base-url', server.url, '--out', out, '--allow-writes', '--session', 'ABC-123'],
      { SENTINEL_USERNAME: 'admin', SENTINEL_PASSWORD: CANARY.password },
    );
    await server.close();
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(server.seen.at(-1)).toMatchObject({ method: 'DELETE', path: `/SentinelAuthServices/auth/tokens/${CANARY.token}` });
    expect(server.seen.filter((r) => r.method === 'PUT' || (r.method === 'DELETE' && r.path.includes('user-session'))).map((r) => `${r.method} ${r.path}`))
      .toEqual(['PUT /SentinelRESTServices/objects/user-session/ABC-123', 'DELETE /SentinelRESTServices/objects/user-session/ABC-123']);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect([...new Set(report.results.map((/** @type {any} */ r) => r.operationId))].sort()).toEqual(
      ['createAuthToken', 'deleteAuthToken', 'deleteUserSession', 'getUserSession', 'listUserSessions', 'preauthorize', 'updateUserSession'],
    );
    const files = written(out);
    const deletion = parse(/** @type {string} */ (files[join(out, 'exchanges', 'deleteAuthToken.ok.yaml')]));
    expect(deletion.request).toMatchObject({ path: '/SentinelAuthServices/auth/tokens/<token>', headers: { Authorization: 'X-SAML <token>' } });
    for (const text of [stdout, stderr, ...Object.values(files)]) expectNoCanary(text);
  });

  it('is read-only without --allow-writes, even when --session names a session', async () => {
    const spec = await loadSpec('sentinel');
    const server = await startExampleServer(spec, { exampleOrigin: 'https://sentinel.example.com:8443' });
    const { code, stdout } = await run(['sentinel', '--base-url', server.url, '--session', 'ABC-123'], { SENTINEL_TOKEN: CANARY.token });
    await server.close();
    expect(code).toBe(0);
    expect(server.seen.map((r) => r.method).filter((m) => m !== 'GET')).toEqual([]);
    expect(server.seen.map((r) => r.path)).toContain('/SentinelRESTServices/objects/user-session/ABC-123');
    expect(stdout).toContain('not called: updateUserSession, deleteUserSession: needs --allow-writes --session <id>');
  });
});

describe('pnpm conformance --ca', () => {
  it('refuses a self-signed server without --ca (exit 2, the reason on one line) and checks it with --ca', async () => {
    const pems = await selfSignedCertificate();
    const dir = newOut();
    const ca = join(dir, 'sentinel-ca.pem');
    writeFileSync(ca, pems.cert);
    const spec = await loadSpec('sentinel');
    const server = await startExampleServer(spec, { exampleOrigin: 'https://sentinel.example.com:8443', tls: pems });
    const env = { SENTINEL_TOKEN: CANARY.token };
    const refused = await run(['sentinel', '--base-url', server.url], env);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^conformance: could not run: cannot reach https:\/\/127\.0\.0\.1:\d+: .*certificate.*\n$/i);
    expect(server.seen).toEqual([]);
    const trusted = await run(['sentinel', '--base-url', server.url, '--ca', ca], env);
    await server.close();
    expect(trusted.stderr).toBe('');
    expect(trusted.code).toBe(0);
    expect(server.seen.length).toBeGreaterThan(3);
  });
});

describe('pnpm conformance cannot run: exit 2 with a one-line reason, no stack trace', () => {
  /** @param {{ code: number | null, stdout: string, stderr: string }} result @param {RegExp} reason */
  const expectOneLine = (result, reason) => {
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(result.stderr).toMatch(reason);
    expect(result.stderr + result.stdout).not.toMatch(/\n\s+at /);
  };

  it('an unreachable server', async () => {
    const server = await startServer(() => ({ fault: 'reset' }));
    const url = server.url;
    await server.close(); // nothing listens on that port any more
    expectOneLine(await run(['sentinel', '--base-url', url], { SENTINEL_TOKEN: CANARY.token }), /^conformance: could not run: cannot reach http:\/\/127\.0\.0\.1:\d+: /);
  });

  it('a server that hangs (the real bin, as a child process: its exit code and output)', async () => {
    const server = await startServer(() => ({ fault: 'hang' }));
    const result = await spawnCli(['sentinel', '--base-url', server.url, '--timeout', '500'], { SENTINEL_TOKEN: CANARY.token });
    await server.close();
    expectOneLine(result, /no answer from http:\/\/127\.0\.0\.1:\d+ within 500 ms during listUserSessions/);
    expect(result.stdout).toMatch(/^Checking sentinel \(spec .+, \d+ operations\) at http:\/\/127\.0\.0\.1:\d+\n/);
    expectNoCanary(result.stdout + result.stderr);
  });

  it('a server that drops connections', async () => {
    const server = await startServer(() => ({ fault: 'reset' }));
    const result = await run(['cyberark-pvwa', '--base-url', server.url], pvwaEnv);
    await server.close();
    expectOneLine(result, /could not run: cannot reach http:\/\/127\.0\.0\.1:\d+: /);
    expectNoCanary(result.stdout + result.stderr);
  });

  it('bad arguments, before anything is sent', async () => {
    expectOneLine(await run(['nope', '--base-url', 'http://127.0.0.1:1'], pvwaEnv), /unknown API "nope" \(known: cyberark-pvwa, sentinel\)/);
    const noUrl = await run(['sentinel'], {});
    expect(noUrl.code).toBe(2);
    expect(noUrl.stderr).toMatch(/^conformance: --base-url is required\nUsage:/);
    const flag = await run(['sentinel', '--base-url', 'http://x', '--password', 'p'], {});
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/Unknown option '--password'/);
  });
});
