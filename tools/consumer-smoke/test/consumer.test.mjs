// @ts-check
// An app outside the workspace installs the packed tarballs with npm (no workspace links, no path mappings),
// compiles with strict + nodenext, and runs against the Prism mocks. A second file with wrong calls must not compile.
// Both files are one tsc program (tsc is most of this test's time): the app's diagnostics and wrong.ts's are told
// apart by file, and the app is emitted all the same (noEmitOnError is off). Every installed declaration file is
// checked (skipLibCheck off) but TypeScript's own lib.*.d.ts (skipDefaultLibCheck: ~2 s of CPU, mostly lib.dom; an
// error in a package's .d.ts is still reported). The app's lib is ES2023 without DOM, as a Node app's is: a
// declaration that names a DOM-only type (RequestRedirect did) fails here, not in our users' builds. The two Prism
// mocks (`pnpm test`'s shared ones, when it runs them) start while npm installs, and tsc runs while they finish.
import { execFile, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useMocks } from '@session-apis/mock';
import { pack, publishablePackages, repoRoot } from '@session-apis/release/pack';

const fixture = fileURLToPath(new URL('../fixture/', import.meta.url));
/**
 * The compiler: this package's own TypeScript, the workspace's version. The app does not install it from the
 * registry: a compiler is not what this test checks, and unpacking it cost ~2 s of CPU per run.
 */
const tscBin = createRequire(import.meta.url).resolve('typescript/bin/tsc');

/** @type {string} */
let work;
/** @type {string} */
let app;
/** @type {Awaited<ReturnType<typeof useMocks>>} */
let mocks = [];
/** @type {ReturnType<typeof useMocks> | undefined} */
let mocksStarting;
/** tsc's diagnostics for the app and for wrong.ts, one per line (continuation lines dropped). */
let diagnostics = { app: /** @type {string[]} */ ([]), wrong: /** @type {string[]} */ ([]) };
/** @type {number | null} */
let tscStatus = null;

/** @param {string} cmd @param {string[]} args @param {Record<string, string>} [env] */
const runIn = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { cwd: app, encoding: 'utf8', env: { ...process.env, ...env, npm_config_loglevel: 'error' } });

beforeAll(async () => {
  work = realpathSync(mkdtempSync(join(tmpdir(), 'session-apis-consumer-')));
  expect(work.startsWith(repoRoot)).toBe(false);
  const tarballs = join(work, 'tarballs');
  app = join(work, 'app');
  mkdirSync(tarballs);
  cpSync(fixture, app, { recursive: true });

  /** @type {Record<string, string>} */
  const dependencies = {};
  for (const { pkg, tarball } of pack(publishablePackages(), tarballs)) dependencies[pkg.name] = `file:${tarball}`;
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({
      name: 'consumer-app',
      private: true,
      type: 'module',
      dependencies,
      devDependencies: { '@types/node': '^20.19.0' },
    }, null, 2),
  );
  mocksStarting = useMocks(['cyberark-pvwa', 'sentinel']); // pnpm test's own, when it runs them
  mocksStarting.catch(() => {}); // awaited below; afterAll stops whatever started even when the install fails
  // The registry is asked only for what the npm cache lacks (@types/node): the tarballs are local files.
  await promisify(execFile)('npm', ['install', '--no-audit', '--no-fund', '--no-update-notifier', '--prefer-offline', '--loglevel=error'], { cwd: app });
  const [started] = await Promise.all([
    mocksStarting,
    new Promise((resolve) => {
      const tsc = spawn(process.execPath, [tscBin, '-p', 'tsconfig.json', '--pretty', 'false'], { cwd: app });
      let out = '';
      tsc.stdout.on('data', (chunk) => (out += chunk));
      tsc.stderr.on('data', (chunk) => (out += chunk));
      tsc.on('close', (status) => {
        tscStatus = status;
        const lines = out.split('\n').filter((line) => /^\S/.test(line));
        diagnostics = { wrong: lines.filter((l) => l.startsWith('src/wrong.ts(')), app: lines.filter((l) => !l.startsWith('src/wrong.ts(')) };
        resolve(undefined);
      });
    }),
  ]);
  mocks = started;
});

afterAll(async () => {
  const running = (await mocksStarting?.catch(() => undefined)) ?? mocks;
  await Promise.all(running.map((m) => m.stop()));
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed client packages, installed by npm in a fresh project', () => {
  it('installs real copies, not links into the workspace', () => {
    for (const pkg of publishablePackages()) {
      const installed = realpathSync(join(app, 'node_modules', pkg.name));
      expect(installed.startsWith(app)).toBe(true);
    }
  });

  it('compiles a strict nodenext app that uses both clients, and it runs against the Prism mocks', () => {
    expect(diagnostics.app).toEqual([]);
    const url = (/** @type {string} */ api) => /** @type {string} */ (mocks.find((m) => m.api === api)?.url);
    const run = runIn(process.execPath, ['dist/app.js'], { PVWA_URL: url('cyberark-pvwa'), SENTINEL_URL: url('sentinel') });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ pvwa: { method: 'PSMGW' }, sentinel: { 'session-type': expect.any(String) } });
  });

  it('runs the packed conformance CLI npx-style against the Prism mocks, with the specs shipped inside the package', () => {
    // A real copy, and no workspace tooling beside it: the CLI must use the specs bundled into dist/specs.
    expect(realpathSync(join(app, 'node_modules', '@session-apis/conformance')).startsWith(app)).toBe(true);
    expect(existsSync(join(app, 'node_modules/@redocly/openapi-core'))).toBe(false);
    const url = (/** @type {string} */ api) => /** @type {string} */ (mocks.find((m) => m.api === api)?.url);
    const out = join(work, 'conformance-out');
    const run = runIn('npx', ['--no-install', 'session-apis-conformance', 'sentinel', '--base-url', url('sentinel'), '--out', out], {
      SENTINEL_TOKEN: 'consumer-smoke-token',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/✓ getUserSession\s+GET \/SentinelRESTServices\/objects\/user-session\/\{SessionKey\}\s+200\s+conforms/);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.api).toBe('sentinel');
    expect(report.results.length).toBeGreaterThan(3);
    expect(report.results.flatMap((/** @type {{ violations: unknown[] }} */ r) => r.violations)).toEqual([]);
    // The same installed bin, run without npx's start-up (npx found it above).
    const noCredentials = runIn(join(app, 'node_modules/.bin/session-apis-conformance'), ['cyberark-pvwa', '--base-url', url('cyberark-pvwa')]);
    expect(noCredentials.status).toBe(2);
    expect(noCredentials.stderr).toMatch(/^conformance: could not run: no credentials: set PVWA_TOKEN/);
  });

  it('rejects a wrongly typed call at compile time', () => {
    expect(tscStatus).not.toBe(0);
    expect(diagnostics.wrong[0]).toMatch(/^src\/wrong\.ts\(\d+,\d+\): error TS\d+/);
    // Exactly the lines of wrong.ts marked `// error:` fail: each wrong call is caught, and nothing else breaks.
    const marked = readFileSync(join(app, 'src/wrong.ts'), 'utf8')
      .split('\n')
      .flatMap((line, i) => (line.includes('// error:') ? [i + 1] : []));
    const failing = [...new Set(diagnostics.wrong.map((line) => Number(/^src\/wrong\.ts\((\d+),/.exec(line)?.[1])))];
    expect(marked.length).toBeGreaterThan(0);
    expect(failing.sort((a, b) => a - b)).toEqual(marked);
  });
});
