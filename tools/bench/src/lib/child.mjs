// @ts-check
// Runs one benchmark step as a child process and measures it: wall time from spawn to exit, and the peak
// RSS / CPU time each Node process of the step reported through report-usage.mjs.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const preload = new URL('./report-usage.mjs', import.meta.url).href;

/**
 * @typedef {object} StepResult
 * @property {number} ms        wall time, spawn to exit
 * @property {number} maxRssMb  peak resident memory of the largest Node process of the step
 * @property {number} cpuMs     user + system CPU time of the step's Node processes
 * @property {number | null} code
 * @property {string} output    the tail of stdout+stderr (for error messages)
 */

/**
 * Runs `node --import report-usage.mjs <args…>`.
 * @param {string[]} args  a script and its arguments
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv, timeoutMs?: number }} [options]
 * @returns {Promise<StepResult>}
 */
export async function runNodeStep(args, options = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-usage-'));
  const usageFile = join(dir, 'usage.jsonl');
  try {
    const env = { ...process.env, ...options.env, BENCH_USAGE_FILE: usageFile, NO_COLOR: '1', FORCE_COLOR: '0' };
    const { ms, code, output } = await timed(process.execPath, ['--import', preload, ...args], { cwd: options.cwd, env, timeoutMs: options.timeoutMs });
    let maxRssKb = 0;
    let cpuUs = 0;
    let lines = '';
    try {
      lines = readFileSync(usageFile, 'utf8');
    } catch {
      // the child died before its exit handler ran: no usage
    }
    for (const line of lines.split('\n').filter(Boolean)) {
      const u = JSON.parse(line);
      maxRssKb = Math.max(maxRssKb, u.maxRssKb);
      cpuUs += u.userUs + u.systemUs;
    }
    return { ms, code, output, maxRssMb: maxRssKb / 1024, cpuMs: cpuUs / 1000 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Runs any command and measures its wall time.
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string | undefined, env?: NodeJS.ProcessEnv, timeoutMs?: number | undefined }} [options]
 * @returns {Promise<{ ms: number, code: number | null, output: string }>}
 */
export function timed(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (/** @type {Buffer} */ chunk) => {
      output = (output + chunk.toString()).slice(-20_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    // A step that hangs must not hang the whole benchmark.
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 10 * 60_000);
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ ms: performance.now() - started, code, output });
    });
  });
}
