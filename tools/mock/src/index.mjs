// @ts-check
// Starts Stoplight Prism for a registered API on a free loopback port and stops it cleanly. The same module serves
// `pnpm mock` and vitest's global setup, so tests and humans hit exactly the same mock.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import getPort from 'get-port';
import { getApi } from '@session-apis/registry';
import { lineRedactingSink, secretPathRedactor } from './redact-log.mjs';

const require = createRequire(import.meta.url);
// Prism is run from this package's node_modules with the current Node, never from a global install.
const prismBin = join(dirname(require.resolve('@stoplight/prism-cli/package.json')), 'dist', 'index.js');
// Loaded into Prism before its own code: saves about a second of start-up CPU per Prism (see the file).
const prismPreload = fileURLToPath(new URL('./prism-preload.cjs', import.meta.url));

const HOST = '127.0.0.1';

/**
 * @typedef {object} RunningMock
 * @property {string} api
 * @property {string} url   base URL that Prism serves the spec's paths under
 * @property {number} port
 * @property {number} pid
 * @property {() => Promise<void>} stop
 */

/**
 * Starts Prism for `apiName` (a key of redocly.yaml) and resolves once it answers HTTP.
 * @param {string} apiName
 * @param {{ port?: number, startTimeoutMs?: number, repoRoot?: string, dynamic?: boolean }} [options]
 * @returns {Promise<RunningMock>}
 */
export async function startMock(apiName, options = {}) {
  const api = getApi(apiName, options.repoRoot);
  return startPrism(apiName, ['mock', api.root, ...(options.dynamic ? ['--dynamic'] : [])], options);
}

/**
 * Starts Prism in proxy mode: every request is validated against the API's spec and forwarded to `upstream`
 * (the spec's server URL of a real installation, e.g. https://pvwa.example.com/PasswordVault); the real answer
 * comes back with Prism's `sl-violations` header and a log line per violation. `ca`: a PEM file the upstream's
 * certificate chains to (Prism's fetch reads it through NODE_EXTRA_CA_CERTS). `onLog` gets Prism's log whole lines at
 * a time, with secret path segments (e.g. a token in the URL) redacted.
 * @param {string} apiName
 * @param {string} upstream
 * @param {{ port?: number, startTimeoutMs?: number, repoRoot?: string, ca?: string, onLog?: (chunk: string) => void }} [options]
 * @returns {Promise<RunningMock>}
 */
export async function startPrismProxy(apiName, upstream, options = {}) {
  const api = getApi(apiName, options.repoRoot);
  /** @type {Record<string, string>} */
  const env = options.ca ? { NODE_EXTRA_CA_CERTS: options.ca } : {};
  const onLog = options.onLog ? lineRedactingSink(options.onLog, secretPathRedactor(api.root)) : undefined;
  return startPrism(apiName, ['proxy', api.root, upstream], { ...options, env, ...(onLog ? { onLog } : {}) });
}

/**
 * @param {string} apiName
 * @param {string[]} command  Prism's command and positional arguments
 * @param {{ port?: number, startTimeoutMs?: number, env?: Record<string, string>, onLog?: (chunk: string) => void }} options
 * @returns {Promise<RunningMock>}
 */
async function startPrism(apiName, command, options) {
  const port = options.port ?? (await getPort({ host: HOST }));
  const args = ['--require', prismPreload, prismBin, ...command, '--host', HOST, '--port', String(port)];
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...options.env, NO_COLOR: '1' },
  });

  let log = '';
  const remember = (/** @type {Buffer} */ chunk) => {
    log = (log + chunk.toString()).slice(-8_000); // keep the tail for error messages only
    options.onLog?.(chunk.toString());
  };
  child.stdout.on('data', remember);
  child.stderr.on('data', remember);
  /** @type {Promise<number | null>} */
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    // Unref'd: the SIGKILL fallback must not keep the caller alive for 5 s after Prism has exited (it kept vitest's
    // main process up that long after every run with a global-setup Prism).
    const forced = delay(5_000, undefined, { ref: false }).then(() => child.kill('SIGKILL'));
    await Promise.race([exited, forced]);
    await exited;
  };

  const url = `http://${HOST}:${port}`;
  const deadline = Date.now() + (options.startTimeoutMs ?? 60_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`Prism for "${apiName}" exited with code ${child.exitCode} before answering:\n${log}`);
    }
    try {
      // Any HTTP answer (Prism says 404 for "/") means the server is listening and the spec is loaded.
      await fetch(url, { signal: AbortSignal.timeout(1_000) });
      return { api: apiName, url, port, pid: /** @type {number} */ (child.pid), stop };
    } catch {
      await delay(150);
    }
  }
  await stop();
  throw new Error(`Prism for "${apiName}" did not answer on ${url} within the start timeout:\n${log}`);
}

/**
 * Starts several mocks at once; if one fails, the others are stopped before the error is rethrown.
 * @param {string[]} apiNames
 * @param {{ repoRoot?: string }} [options]
 */
export async function startMocks(apiNames, options = {}) {
  const results = await Promise.allSettled(apiNames.map((name) => startMock(name, options)));
  const running = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  const failure = results.find((r) => r.status === 'rejected');
  if (failure) {
    await Promise.all(running.map((m) => m.stop()));
    throw failure.reason;
  }
  return running;
}

/** The environment variable that names running mocks: a JSON object of API name → URL. */
export const MOCK_URLS_ENV = 'SESSION_APIS_MOCK_URLS';

/**
 * The mocks of `apiNames` for a test: a Prism already serving an API is used as it is, and the others are started.
 * `pnpm test` keeps one Prism per API for the whole run and `pnpm dev` one per API between saves; both name them in
 * SESSION_APIS_MOCK_URLS, so the suites share them instead of each starting its own (~1.5 s of CPU per start). stop()
 * stops only what this call started. With `repoRoot` (another checkout, e.g. a test's temporary copy) nothing is
 * shared: the running mocks serve this repository's specs.
 * @param {string[]} apiNames
 * @param {{ repoRoot?: string }} [options]
 * @returns {Promise<{ api: string, url: string, stop: () => Promise<void> }[]>}
 */
export async function useMocks(apiNames, options = {}) {
  /** @type {Record<string, string>} */
  const running = options.repoRoot ? {} : JSON.parse(process.env[MOCK_URLS_ENV] || '{}');
  const started = await startMocks(apiNames.filter((name) => !running[name]), options);
  return apiNames.map((name) => {
    const url = running[name];
    return url ? { api: name, url, stop: async () => {} } : /** @type {RunningMock} */ (started.find((m) => m.api === name));
  });
}
