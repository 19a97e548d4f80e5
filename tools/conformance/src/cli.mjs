#!/usr/bin/env node
// @ts-check
// `pnpm conformance <api> --base-url <url> …` / `npx @session-apis/conformance …`: checks a real server against
// the spec. Exit 0: every exchange conforms; 1: violations found; 2: could not run (bad arguments, no
// credentials, unreachable, hanging, dropped connection, authentication failed) — with a one-line reason, never a
// stack trace. Credentials come from the environment only, so they stay out of shell history and process lists.
import { mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';

const USAGE = `Usage: session-apis-conformance <api> --base-url <url> [--out <dir>] [--ca <pem>] [--allow-monitor]
                                 [--allow-writes --session <id>] [--session <id>] [--anonymize] [--timeout <ms>]
  <api>            cyberark-pvwa | sentinel
  --base-url       cyberark-pvwa: https://<host>/PasswordVault   sentinel: https://<host>:8443
  --out <dir>      write report.json and exchanges/*.yaml there (redacted)
  --ca <pem>       trust this CA certificate file (self-signed servers)
  --allow-monitor  also call monitorLiveSession (opens a monitoring ticket on the PVWA)
  --allow-writes   also call the writes (PVWA: Suspend, Resume, Terminate; Sentinel: PUT, DELETE) on --session
  --session <id>   the live session (PVWA) or SessionKey (Sentinel) to use
  --anonymize      replace host names and IPv4 addresses in everything written and printed
  --timeout <ms>   per request (default 15000)
Credentials (environment only): PVWA_TOKEN, or PVWA_USERNAME + PVWA_PASSWORD (+ PVWA_LOGON_TYPE, default CyberArk);
SENTINEL_TOKEN, or SENTINEL_USERNAME + SENTINEL_PASSWORD.`;

class UsageError extends Error {}

/** @param {string[]} argv */
function parse(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        'base-url': { type: 'string' },
        out: { type: 'string' },
        ca: { type: 'string' },
        'allow-monitor': { type: 'boolean', default: false },
        'allow-writes': { type: 'boolean', default: false },
        session: { type: 'string' },
        anonymize: { type: 'boolean', default: false },
        timeout: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    throw new UsageError(/** @type {Error} */ (err).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return null;
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'missing <api>' : `one <api> expected, got ${positionals.join(' ')}`);
  const baseUrl = values['base-url'];
  if (!baseUrl) throw new UsageError('--base-url is required');
  let url;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new UsageError(`--base-url: not a URL: ${baseUrl}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UsageError(`--base-url: http or https expected, got ${url.protocol}`);
  if (url.username || url.password) throw new UsageError('--base-url: no credentials in the URL; use the environment variables');
  if (url.search || url.hash) throw new UsageError('--base-url: no query or fragment');
  if (values['allow-writes'] && !values.session) throw new UsageError('--allow-writes needs --session <id>: writes only ever touch the session you name');
  const timeoutMs = values.timeout === undefined ? 15_000 : Number(values.timeout);
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) throw new UsageError(`--timeout: a positive number of milliseconds expected, got ${values.timeout}`);
  return {
    api: /** @type {string} */ (positionals[0]),
    baseUrl: url.href.replace(/\/+$/, ''),
    out: values.out,
    ca: values.ca,
    allowMonitor: values['allow-monitor'],
    allowWrites: values['allow-writes'],
    session: values.session,
    anonymize: values.anonymize,
    timeoutMs,
  };
}

/**
 * Where the command writes and where the user's relative paths start: the process's own when run as a command;
 * a test passes its own to run the command in its process.
 * @typedef {object} Io
 * @property {{ write(text: string): unknown }} stdout
 * @property {{ write(text: string): unknown }} stderr
 * @property {string} cwd
 */

/**
 * @param {string[]} argv
 * @param {NodeJS.ProcessEnv} env
 * @param {Io} [io]
 * @returns {Promise<number>} the exit code
 */
export async function main(argv, env, io = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() }) {
  /**
   * A path as the user typed it: relative to where they ran the command. `pnpm conformance` runs in the
   * repository root, and pnpm says where the user was in INIT_CWD.
   * @param {string} path
   */
  const fromUserDir = (path) => resolve(env.INIT_CWD ?? io.cwd, path);
  /** @param {string} reason */
  const cannotRun = (reason) => {
    io.stderr.write(`conformance: could not run: ${reason}\n`);
    return 2;
  };

  let args;
  try {
    args = parse(argv);
  } catch (err) {
    io.stderr.write(`conformance: ${/** @type {Error} */ (err).message}\n${USAGE}\n`);
    return 2;
  }
  if (!args) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  // Imported here so that --help and argument errors never pay for loading the clients.
  const { loadSpec, listApiNames } = await import('./spec.mjs');
  const { PLANS, CredentialsError } = await import('./plans.mjs');
  const { runConformance } = await import('./run.mjs');
  const { listOperations } = await import('./validate.mjs');

  const known = (await listApiNames()).filter((name) => name in PLANS);
  if (!known.includes(args.api)) return cannotRun(`unknown API "${args.api}" (known: ${known.join(', ')})`);

  /** @type {(input: Request, init?: RequestInit) => Promise<Response>} */
  let transport = globalThis.fetch;
  if (args.ca) {
    let ca;
    try {
      ca = readFileSync(fromUserDir(args.ca));
    } catch (err) {
      return cannotRun(`--ca: cannot read ${args.ca}: ${/** @type {NodeJS.ErrnoException} */ (err).code ?? 'error'}`);
    }
    const { createTlsFetch } = await import('@session-apis/client-runtime/node');
    transport = createTlsFetch({ ca });
  }

  let spec;
  try {
    spec = await loadSpec(args.api);
  } catch (err) {
    return cannotRun(`cannot load the ${args.api} spec: ${/** @type {Error} */ (err).message.split('\n')[0]}`);
  }
  const started = performance.now();
  const say = (/** @type {string} */ line) => io.stdout.write(`${line}\n`);
  let outcome;
  try {
    say(`Checking ${args.api} (spec ${spec.info?.version ?? '?'}, ${listOperations(spec).length} operations)${args.anonymize ? '' : ` at ${args.baseUrl}`}`);
    outcome = await runConformance({ ...args, spec, fetch: transport, env, progress: say });
  } catch (err) {
    if (err instanceof CredentialsError) return cannotRun(err.message);
    return cannotRun(`internal error: ${/** @type {Error} */ (err).message.split('\n')[0]}`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);

  summarize(outcome, say);
  if (args.out) {
    const written = writeOutput(fromUserDir(args.out), args.api, outcome);
    say(`Report: ${written.report}; ${outcome.exchanges.length} exchange file(s) in ${written.exchanges} (credentials redacted${args.anonymize ? ', hosts anonymized' : ''})`);
  }
  if (outcome.fatal) return cannotRun(outcome.fatal);
  const failing = outcome.results.filter((r) => r.violations.length > 0);
  const operations = new Set(outcome.results.map((r) => r.operationId)).size;
  const failingOperations = new Set(failing.map((r) => r.operationId)).size;
  say(
    `${outcome.results.length} exchanges, ${operations} operations in ${seconds} s: ${
      failing.length === 0 ? 'the server conforms to the spec' : `${failing.length} exchanges of ${failingOperations} operations with violations`
    }`,
  );
  return failing.length === 0 ? 0 : 1;
}

/**
 * One line per operation (conforms / N violations), each violation below it, then what was not called.
 * @param {import('./run.mjs').RunOutcome} outcome @param {(line: string) => void} say
 */
function summarize(outcome, say) {
  /** @type {Map<string, import('./validate.mjs').ExchangeResult[]>} */
  const byOperation = new Map();
  for (const r of outcome.results) {
    const key = r.operationId ?? `(no operation) ${r.method} ${r.path}`;
    byOperation.set(key, [...(byOperation.get(key) ?? []), r]);
  }
  say('');
  for (const [operation, results] of byOperation) {
    const first = /** @type {import('./validate.mjs').ExchangeResult} */ (results[0]);
    const violations = results.flatMap((r) => r.violations.map((v) => `${r.status} ${v.kind}: ${v.message}`));
    const unique = [...new Set(violations)];
    const statuses = [...new Set(results.map((r) => r.status))].join(',');
    const verdict = unique.length === 0 ? 'conforms' : `${unique.length} violation${unique.length === 1 ? '' : 's'}`;
    say(`${unique.length === 0 ? '✓' : '✗'} ${operation.padEnd(26)} ${`${first.method} ${first.path}`.padEnd(52)} ${statuses.padEnd(8)} ${verdict}`);
    for (const v of unique) say(`    ${v}`);
  }
  for (const s of outcome.skipped) say(`- not called: ${s}`);
}

/**
 * report.json (the issue's shape) and exchanges/<operationId>.<outcome>.yaml in the specs/EXCHANGES.md format.
 * @param {string} dir @param {string} api @param {import('./run.mjs').RunOutcome} outcome
 */
function writeOutput(dir, api, outcome) {
  const exchangesDir = join(dir, 'exchanges');
  mkdirSync(exchangesDir, { recursive: true });
  const report = { api, baseUrl: outcome.baseUrl, results: outcome.results };
  writeFileSync(join(dir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  const used = new Set();
  const date = new Date().toISOString().slice(0, 10);
  outcome.exchanges.forEach(({ exchange, step, call }, i) => {
    const result = /** @type {import('./validate.mjs').ExchangeResult} */ (outcome.results[i]);
    const status = exchange.response.status;
    const base = `${result.operationId ?? 'unknown'}.${status >= 200 && status < 300 ? 'ok' : `status-${status}`}`;
    let name = `${base}.yaml`;
    for (let n = 2; used.has(name); n++) name = `${base}-${n}.yaml`;
    used.add(name);
    const violations = result.violations.length;
    const document = {
      source: `pnpm conformance against ${outcome.baseUrl} on ${date}`,
      mark: 'recorded',
      note: `${step}${call ? ` (client: ${call})` : ''}; ${violations === 0 ? 'conforms' : `${violations} violation(s) in report.json`}`,
      ...exchange,
    };
    writeFileSync(join(exchangesDir, name), stringify(document, { lineWidth: 0 }));
  });
  return { report: join(dir, 'report.json'), exchanges: exchangesDir };
}

// Run when executed (also through the npm bin symlink), not when imported by a test.
const invoked = process.argv[1] ? resolve(process.argv[1]) : '';
const self = new URL(import.meta.url).pathname;
let isMain = false;
try {
  isMain = realpathSync(invoked) === realpathSync(self);
} catch {
  isMain = false;
}
if (isMain) {
  main(process.argv.slice(2), process.env).then(
    // Exit now: idle keep-alive sockets (or a socket of a hanging server) must not hold the process open.
    (code) => process.exit(code),
    (err) => {
      process.stderr.write(`conformance: could not run: internal error: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}\n`);
      process.exit(2);
    },
  );
}
