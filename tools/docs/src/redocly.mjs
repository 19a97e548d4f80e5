// @ts-check
// Runs the Redocly CLI installed with this package (not whatever `npx` finds), telemetry off, output captured:
// its banners are noise on success and are printed in full on failure.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const cliPackage = require.resolve('@redocly/cli/package.json');
const cliBin = join(dirname(cliPackage), /** @type {{ bin: Record<string, string> }} */ (require(cliPackage)).bin.redocly ?? 'bin/cli.js');

/**
 * @param {string[]} args
 * @param {{ cwd: string }} options
 * @returns {Promise<string>} combined output
 */
export function redocly(args, { cwd }) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [cliBin, ...args], {
      cwd,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', DO_NOT_TRACK: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolvePromise(output);
      else reject(new Error(`redocly ${args[0]} failed (exit ${code}):\n${output}`));
    });
  });
}
