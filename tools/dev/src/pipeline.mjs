// @ts-check
// What one save of a spec runs, with one status line per step: lint → generate → typecheck → tests, while a new
// Prism mock boots in its own process from the save on. A spec that cannot be generated stops the run there: the
// previous generated files stay, the previous mock keeps serving and no test runs against a half-changed API. A lint problem does not stop
// it (the types and tests are still worth seeing), but the run is not green.

/** @typedef {import('./steps.mjs').StepResult} StepResult */

/**
 * @typedef {object} Steps
 * @property {() => Promise<StepResult>} lint
 * @property {() => Promise<StepResult & { written?: string[] }>} generate
 * @property {() => StepResult} typecheck       synchronous: Prism boots meanwhile in its own process
 * @property {() => Promise<StepResult & { commit: () => void, discard: () => Promise<void> }>} prepareMock
 *   starts a new mock; `commit` makes it the one the tests use (and stops the old), `discard` stops it
 * @property {(changed: string[], mockUrl: string) => Promise<StepResult>} test
 */

/**
 * @param {string} apiName
 * @param {Steps} steps
 * @param {{ print: (line: string) => void, startedAt?: number, now?: () => number }} options
 *   `startedAt`: when the save happened (the final line gives the time from then)
 * @returns {Promise<{ ok: boolean, failed: string[], ms: number }>}
 */
export async function runPipeline(apiName, steps, { print, startedAt, now = Date.now }) {
  const from = startedAt ?? now();
  /** @type {string[]} */
  const failed = [];
  /** @param {string} step @param {number} t0 @param {StepResult} result */
  const report = (step, t0, result) => {
    const secs = `${((now() - t0) / 1000).toFixed(1)} s`.padStart(6);
    print(`  ${result.ok ? '✓' : '✗'} ${step.padEnd(9)} ${secs}${result.detail ? `  ${result.detail}` : ''}`);
    for (const problem of result.problems ?? []) print(`      ${problem}`);
    if (!result.ok) failed.push(step);
    return result;
  };
  /** @param {string} step @param {() => Promise<StepResult> | StepResult} fn */
  const timed = async (step, fn) => {
    const t0 = now();
    try {
      return report(step, t0, await fn());
    } catch (error) {
      return report(step, t0, { ok: false, detail: String(/** @type {Error} */ (error)?.message ?? error) });
    }
  };

  const mockStart = now();
  const mock = steps.prepareMock().catch((error) => ({
    ok: false, detail: String(error?.message ?? error), commit() {}, async discard() {},
  }));
  await timed('lint', steps.lint);
  const generated = await timed('generate', steps.generate);
  if (!generated.ok) {
    await (await mock).discard();
  } else {
    await timed('typecheck', steps.typecheck);
    const started = await mock;
    report('mock', mockStart, started);
    if (started.ok) {
      started.commit();
      await timed('tests', () => steps.test(/** @type {{ written?: string[] }} */ (generated).written ?? [], /** @type {string} */ (started.detail)));
    }
  }
  const ms = now() - from;
  const secs = (ms / 1000).toFixed(1);
  print(failed.length ? `✗ ${apiName}: ${failed.join(', ')} failed — ${secs} s after the save` : `✓ ${apiName}: green — ${secs} s after the save`);
  return { ok: failed.length === 0, failed, ms };
}
