// @ts-check
// Which Chromium the docs browser test drives, first found wins:
//   1. $CHROMIUM_PATH (an explicit choice: a wrong path is an error, not a reason to look elsewhere);
//   2. a system Chromium or Chrome (on PATH, then the usual install paths);
//   3. the headless Chromium that @sparticuz/chromium ships inside its npm package (so `pnpm install` is enough on
//      Linux x64), decompressed once per version into node_modules/.cache.
// Nothing is ever downloaded: the npm package carries the binary itself.
import { accessSync, constants, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const USUAL_PATHS = [
  '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/snap/bin/chromium',
  '/opt/google/chrome/chrome', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** @param {string} path */
function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * @typedef {{ path: string, source: 'CHROMIUM_PATH' | 'system' | 'npm', env?: Record<string, string> }} FoundChromium
 *   `env`: variables the browser needs on top of the test's own (the npm build's fonts when the system has none)
 */

/**
 * @param {{ env?: NodeJS.ProcessEnv, usualPaths?: string[], cacheDir?: string }} [options]  tests narrow the search
 * @returns {Promise<FoundChromium>}
 */
export async function findChromium({ env = process.env, usualPaths = USUAL_PATHS, cacheDir = join(packageDir, 'node_modules/.cache') } = {}) {
  if (env.CHROMIUM_PATH) {
    if (!isExecutable(env.CHROMIUM_PATH)) throw new Error(`CHROMIUM_PATH=${env.CHROMIUM_PATH} is not an executable file`);
    return { path: env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' };
  }
  const onPath = (env.PATH ?? '').split(delimiter).filter(Boolean).flatMap((dir) => SYSTEM_NAMES.map((name) => join(dir, name)));
  const system = [...onPath, ...usualPaths].find(isExecutable);
  if (system) return { path: system, source: 'system' };
  return npmChromium(cacheDir);
}

/**
 * @sparticuz/chromium decompresses its brotli files into os.tmpdir(), unversioned, and trusts whatever it finds there.
 * Point it at a fresh folder instead, then move that folder into place whole: a half-written binary is never seen,
 * and two test processes starting at once both end up with a complete copy.
 * @param {string} cacheDir
 * @returns {Promise<FoundChromium>}
 */
async function npmChromium(cacheDir) {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(
      `No Chromium or Chrome found, and the npm-shipped Chromium is built for Linux x64 only (this is ${process.platform} ${process.arch}). ` +
        'Install Chrome or Chromium, or set CHROMIUM_PATH to a Chromium-based browser.',
    );
  }
  const { version } = sparticuzManifest();
  const dir = join(cacheDir, `sparticuz-chromium-${version}`);
  const binary = join(dir, 'chromium');
  if (!existsSync(binary)) {
    const staging = `${dir}.${process.pid}.tmp`;
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging, { recursive: true });
    const { default: Chromium } = await import('@sparticuz/chromium');
    // executablePath() reads os.tmpdir() (that is, $TMPDIR) synchronously before its first await.
    const savedTmp = process.env.TMPDIR;
    process.env.TMPDIR = staging;
    const extracting = Chromium.executablePath();
    if (savedTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmp;
    await extracting;
    try {
      renameSync(staging, dir);
    } catch (error) {
      rmSync(staging, { recursive: true, force: true });
      if (!existsSync(binary)) throw error; // not "another process got there first"
    }
  }
  return { path: binary, source: 'npm', env: fontsEnv(dir) };
}

/** The package's own package.json (its "exports" do not expose it): up from its entry point. */
function sparticuzManifest() {
  let dir = dirname(createRequire(join(packageDir, 'package.json')).resolve('@sparticuz/chromium'));
  while (!existsSync(join(dir, 'package.json')) || JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name !== '@sparticuz/chromium') {
    if (dirname(dir) === dir) throw new Error('@sparticuz/chromium: package.json not found');
    dir = dirname(dir);
  }
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
}

/**
 * The npm build ships Open Sans with a fonts.conf that names Lambda's paths. Only a system without fontconfig needs
 * them: then write a fonts.conf naming the shipped fonts where they are.
 * @param {string} dir
 */
function fontsEnv(dir) {
  if (existsSync('/etc/fonts/fonts.conf')) return undefined;
  const conf = join(dir, 'fonts-local', 'fonts.conf');
  if (!existsSync(conf)) {
    mkdirSync(dirname(conf), { recursive: true });
    writeFileSync(
      conf,
      `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${join(dir, 'fonts')}</dir>\n` +
        `  <cachedir>${join(dir, 'fonts-local', 'cache')}</cachedir>\n</fontconfig>\n`,
    );
  }
  return { FONTCONFIG_PATH: dirname(conf) };
}
