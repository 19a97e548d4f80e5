// @ts-check
// Which browser the docs test drives: $CHROMIUM_PATH, else a system one, else the npm-shipped one, decompressed once.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findChromium } from './chromium.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'docs-chromium-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** An executable stand-in for a browser. @param {string} path */
function fakeBrowser(path) {
  writeFileSync(path, '#!/bin/sh\n');
  chmodSync(path, 0o755);
  return path;
}

describe('findChromium', () => {
  it('takes $CHROMIUM_PATH first, even when a system Chromium is on PATH', async () => {
    const chosen = fakeBrowser(join(scratch, 'my-chrome'));
    fakeBrowser(join(scratch, 'chromium'));
    await expect(findChromium({ env: { CHROMIUM_PATH: chosen, PATH: scratch }, usualPaths: [] })).resolves.toEqual({
      path: chosen,
      source: 'CHROMIUM_PATH',
    });
  });

  it('fails on a $CHROMIUM_PATH that is not an executable, naming it, instead of looking elsewhere', async () => {
    const missing = join(scratch, 'no-such-browser');
    await expect(findChromium({ env: { CHROMIUM_PATH: missing, PATH: scratch } })).rejects.toThrow(missing);
  });

  it('finds a system Chromium or Chrome on PATH, then at the usual install paths', async () => {
    const bin = mkdtempSync(join(scratch, 'bin-'));
    const chrome = fakeBrowser(join(bin, 'google-chrome'));
    await expect(findChromium({ env: { PATH: `/nonexistent:${bin}` }, usualPaths: [] })).resolves.toEqual({ path: chrome, source: 'system' });
    const installed = fakeBrowser(join(scratch, 'opt-chrome'));
    await expect(findChromium({ env: { PATH: '' }, usualPaths: [join(scratch, 'absent'), installed] })).resolves.toEqual({
      path: installed,
      source: 'system',
    });
  });

  it.runIf(process.platform === 'linux' && process.arch === 'x64')(
    'otherwise uses the Chromium shipped in @sparticuz/chromium, decompressed once into the cache',
    async () => {
      // The real cache, so that this test and the browser test share one decompressed copy.
      const first = await findChromium({ env: { PATH: '' }, usualPaths: [] });
      expect(first.source).toBe('npm');
      expect(first.path).toMatch(/node_modules\/\.cache\/sparticuz-chromium-[\d.]+\/chromium$/);
      const { ino, mtimeMs } = statSync(first.path);
      const second = await findChromium({ env: { PATH: '' }, usualPaths: [] });
      expect(second.path).toBe(first.path);
      expect(statSync(second.path)).toMatchObject({ ino, mtimeMs });
      expect(execFileSync(first.path, ['--version'], { encoding: 'utf8' })).toMatch(/^Chromium \d+\./);
    },
  );
});
