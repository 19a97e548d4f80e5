// @ts-check
// One conformance run: the API's call plan through the real client over a recording fetch, then every recorded
// exchange through the shared validator. Returns results and redacted exchanges; printing and files are cli.mjs's.
import { SessionApiError } from '@session-apis/client-runtime';
import { PLANS } from './plans.mjs';
import { recordingFetch } from './record.mjs';
import { Anonymizer, Secrets, mapStrings, redactExchange } from './redact.mjs';
import { validateExchange } from './validate.mjs';

/**
 * @typedef {import('./validate.mjs').Exchange} Exchange
 * @typedef {import('./validate.mjs').ExchangeResult} ExchangeResult
 * @typedef {(input: Request, init?: RequestInit) => Promise<Response>} FetchLike
 * @typedef {object} RunOptions
 * @property {string} api
 * @property {string} baseUrl
 * @property {any} spec                 bundled, dereferenced
 * @property {FetchLike} fetch          the transport (global fetch, or createTlsFetch for --ca)
 * @property {NodeJS.ProcessEnv} env    credentials are read from here only
 * @property {number} timeoutMs
 * @property {boolean} allowMonitor
 * @property {boolean} allowWrites
 * @property {string} [session]
 * @property {boolean} anonymize
 * @property {(line: string) => void} progress
 * @typedef {object} RunOutcome
 * @property {string} baseUrl           as reported (anonymized when asked)
 * @property {ExchangeResult[]} results
 * @property {{ exchange: Exchange, step: string, call: string }[]} exchanges  redacted (and anonymized)
 * @property {string[]} skipped
 * @property {string | null} fatal      why the run could not complete (exit 2), one line
 * @property {(text: string) => string} clean  scrubs secrets (and hosts) from any text
 */

/** @param {unknown} err */
const errorName = (err) => (err instanceof Error ? err.name : typeof err);
/** @param {unknown} err */
const errorMessage = (err) => (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '';

/**
 * @param {RunOptions} o
 * @returns {Promise<RunOutcome>}
 */
export async function runConformance(o) {
  const planFor = PLANS[o.api];
  if (!planFor) throw new Error(`no call plan for "${o.api}" (plans exist for: ${Object.keys(PLANS).join(', ')})`);
  const secrets = new Secrets();
  const base = new URL(o.baseUrl);
  const anonymizer = o.anonymize ? new Anonymizer(base.hostname, defaultHost(o.spec)) : null;
  /** @param {string} text */
  const clean = (text) => {
    const scrubbed = secrets.scrub(text);
    return anonymizer ? anonymizer.text(scrubbed) : scrubbed;
  };

  let current = { name: '', call: '' };
  const recorder = recordingFetch(o.fetch, { baseUrl: o.baseUrl, step: () => current.name, timeoutMs: o.timeoutMs + 1_000 });
  /** @type {string[]} */
  const skipped = [];
  const plan = planFor({
    baseUrl: o.baseUrl,
    fetch: recorder.fetch,
    timeoutMs: o.timeoutMs,
    env: o.env,
    allowMonitor: o.allowMonitor,
    allowWrites: o.allowWrites,
    session: o.session,
    secrets,
  });

  /** @type {string | null} */
  let fatal = null;
  let succeeded = 0;
  const calls = new Map(); // step name → client method, for the exchange notes
  try {
    for await (const step of plan.steps({ skip: (why) => skipped.push(why) })) {
      current = step;
      calls.set(step.name, step.call);
      const before = recorder.recorded.length;
      const started = performance.now();
      /** @type {unknown} */
      let failure;
      try {
        await step.run();
      } catch (err) {
        failure = err;
      }
      await recorder.settle();
      for (const r of recorder.recorded.slice(before)) secrets.learn(r.exchange);
      const ms = Math.round(performance.now() - started);
      const statuses = recorder.recorded.slice(before).map((r) => r.exchange.response.status).join(', ') || '—';
      const outcome = failure === undefined ? 'ok' : `${errorName(failure)}: ${errorMessage(failure)}`;
      o.progress(clean(`  ${step.name.padEnd(58)} ${statuses.padEnd(8)} ${String(ms).padStart(5)} ms  ${outcome}`));
      if (failure === undefined) {
        succeeded++;
        continue;
      }
      const name = errorName(failure);
      const status = /** @type {{ status?: unknown }} */ (failure).status;
      if (name === 'ConnectionError') {
        fatal = succeeded === 0 && before === 0
          ? `cannot reach ${o.baseUrl}: ${errorMessage(failure)}`
          : `the connection to ${o.baseUrl} failed during ${step.name}: ${errorMessage(failure)}`;
      } else if (name === 'TimeoutError') {
        fatal = `no answer from ${o.baseUrl} within ${o.timeoutMs} ms during ${step.name} (the server hangs; --timeout sets the limit)`;
      } else if (step.auth || name === 'AuthenticationError' || (status === 401 && succeeded === 0)) {
        fatal = `authentication failed during ${step.name}: ${errorMessage(failure)}`;
      } else if (!(failure instanceof SessionApiError)) {
        // Not the client's typed answer to what the server did: a fault of this tool, not a finding.
        fatal = `${step.name} failed: ${name}: ${errorMessage(failure)}`;
      }
      if (fatal) break;
    }
  } catch (err) {
    fatal = `internal error: ${errorMessage(err)}`;
  }
  await recorder.settle();
  for (const r of recorder.recorded) secrets.learn(r.exchange);

  /** @type {ExchangeResult[]} */
  const results = [];
  /** @type {RunOutcome['exchanges']} */
  const exchanges = [];
  for (const r of recorder.recorded) {
    const result = validateExchange(o.spec, r.exchange);
    results.push({
      ...result,
      path: clean(result.path),
      violations: result.violations.map((v) => ({ ...v, pointer: clean(v.pointer), message: clean(v.message) })),
    });
    let exchange = redactExchange(r.exchange, secrets);
    if (anonymizer) exchange = mapStrings(exchange, (s) => anonymizer.text(s));
    exchanges.push({ exchange, step: clean(r.step), call: calls.get(r.step) ?? '' });
  }
  return { baseUrl: clean(o.baseUrl), results, exchanges, skipped, fatal: fatal ? clean(fatal) : null, clean };
}

/** The spec's example server host (e.g. pvwa.example.com): what --anonymize puts in place of the real one. @param {any} spec */
function defaultHost(spec) {
  const server = spec?.servers?.[0];
  const url = String(server?.url ?? 'https://api.example.com').replace(/\{([^}]+)\}/g, (_, v) => server?.variables?.[v]?.default ?? 'example.com');
  try {
    return new URL(url).hostname;
  } catch {
    return 'api.example.com';
  }
}
