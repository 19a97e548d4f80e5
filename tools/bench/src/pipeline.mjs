// @ts-check
// Benchmark 5, pipeline: wall time of a cold build (turbo --force), a fully cached build, the whole test
// suite and the two contract suites (Prism start-up included), and Prism's own start-up per API.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMock } from '@session-apis/mock';
import { findRepoRoot, listApis } from '@session-apis/registry';
import { timed } from './lib/child.mjs';
import { checked, failed, fmt, info, median } from './lib/results.mjs';

const BENCH = '5 Pipeline';
const QUIET_ENV = { TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };

/**
 * @param {{ log: (line: string) => void, repeats?: number }} options
 * @returns {Promise<import('./lib/results.mjs').Row[]>}
 */
export async function pipeline({ log, repeats = 3 }) {
  const cwd = findRepoRoot();
  const env = { ...process.env, ...QUIET_ENV };
  /** @type {import('./lib/results.mjs').Row[]} */
  const rows = [];

  /**
   * Runs a pnpm command; a failing command still reports its time, as an ERROR row.
   * @param {string[]} args
   * @returns {Promise<{ ms: number, ok: boolean, why: string }>}
   */
  const pnpm = async (args) => {
    const r = await timed('pnpm', args, { cwd, env, timeoutMs: 10 * 60_000 });
    // The failure's own summary line (vitest/turbo print one), not the whole log.
    const lines = r.output.replace(/\x1b\[[0-9;]*m/g, '').trim().split('\n');
    const summary = lines.filter((l) => /fail|error/i.test(l)).slice(-2).join(' ').replace(/\s+/g, ' ').slice(0, 140);
    let why = '';
    if (r.code !== 0) {
      // Keep the whole output of a failing command where the reader can open it.
      const logFile = join(tmpdir(), `session-apis-bench-${args.join('-').replace(/[^\w-]+/g, '')}.log`);
      writeFileSync(logFile, r.output);
      why = `exit ${r.code}: ${summary} (full output: ${logFile})`;
    }
    log(`  pnpm ${args.join(' ')}: ${fmt.ms(r.ms)}${r.code === 0 ? '' : ` (exit ${r.code}; ${why})`}`);
    return { ms: r.ms, ok: r.code === 0, why };
  };
  /**
   * @param {string} metric
   * @param {{ ms: number, ok: boolean, why: string }} r
   * @param {import('./lib/results.mjs').Target} [target]
   * @param {Record<string, unknown>} [detail]
   */
  const row = (metric, r, target, detail) => {
    if (!r.ok) return { ...failed(BENCH, metric, r.why, target?.text), value: r.ms, shown: fmt.ms(r.ms) };
    return target ? checked(BENCH, metric, r.ms, fmt.ms(r.ms), target, detail) : info(BENCH, metric, r.ms, fmt.ms(r.ms), detail);
  };

  const cold = await pnpm(['build', '--force']);
  rows.push(row('cold `pnpm build --force`', cold));

  /** @type {number[]} */
  const cached = [];
  let cachedOk = cold.ok;
  for (let i = 0; i < repeats && cachedOk; i++) {
    const r = await pnpm(['build']);
    cached.push(r.ms);
    cachedOk = r.ok;
  }
  rows.push(
    row(`cached \`pnpm build\` (median of ${cached.length})`, { ms: median(cached), ok: cachedOk, why: cold.ok ? 'cached build failed' : 'cold build failed' }, {
      op: '<',
      limit: 2000,
      text: '< 2 s',
    }, { samplesMs: cached }),
  );

  const contract = await pnpm(['--filter', '@session-apis/cyberark-pvwa', '--filter', '@session-apis/sentinel', 'test']);
  rows.push(row('both client test suites incl. Prism start-up', contract, { op: '<', limit: 15_000, text: '< 15 s' }));

  const all = await pnpm(['test']);
  rows.push(row('`pnpm test` (whole suite)', all));

  for (const api of listApis(cwd)) {
    /** @type {number[]} */
    const samples = [];
    try {
      for (let i = 0; i < repeats; i++) {
        const started = performance.now();
        const mock = await startMock(api.name, { repoRoot: cwd });
        samples.push(performance.now() - started);
        await mock.stop();
      }
      const ms = median(samples);
      log(`  Prism start-up ${api.name}: ${fmt.ms(ms)} (median of ${samples.length})`);
      rows.push(info(BENCH, `Prism start-up, ${api.name} (median of ${samples.length})`, ms, fmt.ms(ms), { samplesMs: samples }));
    } catch (error) {
      rows.push(failed(BENCH, `Prism start-up, ${api.name}`, error));
    }
  }
  return rows;
}
