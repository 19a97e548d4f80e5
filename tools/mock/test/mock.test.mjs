// @ts-check
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { MOCK_URLS_ENV, startMock, useMocks } from '../src/index.mjs';

const repo = mkdtempSync(join(tmpdir(), 'mock-test-'));
const files = {
  'pnpm-workspace.yaml': 'packages: []\n',
  'redocly.yaml': [
    'apis:',
    '  demo: { root: specs/demo/openapi.yaml, x-openapi-ts: { output: packages/demo/src/generated/schema.ts } }',
    '  broken: { root: specs/broken/openapi.yaml, x-openapi-ts: { output: packages/broken/src/generated/schema.ts } }',
  ].join('\n'),
  'specs/demo/openapi.yaml': `openapi: 3.1.0
info: { title: Demo, version: "1" }
paths:
  /ping:
    get:
      responses:
        "200":
          description: ok
          content: { application/json: { schema: { type: object }, example: { pong: true } } }
`,
  'specs/broken/openapi.yaml': 'openapi: 3.1.0\ninfo: [\n',
};
for (const [name, content] of Object.entries(files)) {
  mkdirSync(dirname(join(repo, name)), { recursive: true });
  writeFileSync(join(repo, name), content);
}
afterAll(() => rmSync(repo, { recursive: true, force: true }));

/** @param {number} pid */
const isAlive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

// Concurrent: each case starts its own Prism (or none), so they overlap instead of queueing.
describe.concurrent('startMock', () => {
  it('serves the spec on a free loopback port and leaves no process after stop()', async ({ expect }) => {
    const mock = await startMock('demo', { repoRoot: repo });
    try {
      expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const res = await fetch(`${mock.url}/ping`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ pong: true });
    } finally {
      await mock.stop();
    }
    expect(isAlive(mock.pid)).toBe(false);
    await expect(fetch(`${mock.url}/ping`)).rejects.toThrow();
  });

  it('reports Prism\'s own output when the spec cannot be served', async ({ expect }) => {
    await expect(startMock('broken', { repoRoot: repo, startTimeoutMs: 30_000 })).rejects.toThrow(/Prism for "broken" (exited|did not answer)/);
  });

  it('names the registered APIs for an unknown one', async ({ expect }) => {
    await expect(startMock('nope', { repoRoot: repo })).rejects.toThrow('Registered in redocly.yaml: demo, broken');
  });
});

describe('useMocks', () => {
  it('uses a Prism that SESSION_APIS_MOCK_URLS names instead of starting one, and its stop() leaves it running', async () => {
    const before = process.env[MOCK_URLS_ENV];
    process.env[MOCK_URLS_ENV] = JSON.stringify({ demo: 'http://127.0.0.1:1', nope: 'http://127.0.0.1:2' });
    try {
      const [mock] = await useMocks(['demo']);
      expect(mock).toMatchObject({ api: 'demo', url: 'http://127.0.0.1:1' });
      await mock?.stop(); // nothing to stop: no pid of ours, no error
      // With another checkout's root a named mock does not serve its specs, so it is not used: this one is started
      // (an API that root does not register, so the start fails before spawning anything).
      await expect(useMocks(['nope'], { repoRoot: repo })).rejects.toThrow('Registered in redocly.yaml: demo, broken');
    } finally {
      if (before === undefined) delete process.env[MOCK_URLS_ENV];
      else process.env[MOCK_URLS_ENV] = before;
    }
  });
});

describe('the Prism preload (src/prism-preload.cjs)', () => {
  // It only saves time, so nothing else fails when it stops applying (a Prism or faker upgrade): this test does.
  it("serves Prism's faker from faker's en-only build, the locale Prism uses", () => {
    const script = `
      const { dirname } = require('node:path');
      const prismCli = dirname(require.resolve('@stoplight/prism-cli/package.json'));
      const prismHttp = dirname(require.resolve('@stoplight/prism-http/package.json', { paths: [prismCli] }));
      const loaded = require(require.resolve('@faker-js/faker', { paths: [prismHttp] })); // as Prism's mocker does
      const en = require(require.resolve('@faker-js/faker/locale/en', { paths: [prismHttp] }));
      console.log(JSON.stringify({ enOnly: loaded.faker === en, locales: Object.keys(loaded.faker.locales), word: typeof loaded.faker.lorem.word() }));
    `;
    const out = execFileSync(process.execPath, ['--require', fileURLToPath(new URL('../src/prism-preload.cjs', import.meta.url)), '-e', script], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      encoding: 'utf8',
    });
    expect(JSON.parse(out)).toEqual({ enOnly: true, locales: ['en'], word: 'string' });
  });
});
