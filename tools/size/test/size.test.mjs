// @ts-check
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundleSize, wholePackage } from '../src/measure.mjs';

const cli = fileURLToPath(new URL('../src/cli.mjs', import.meta.url));
const run = (/** @type {string[]} */ args) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

describe('size budget', () => {
  it('passes with the committed budgets and prints each client\'s size', () => {
    const result = run([]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/✓ @session-apis\/cyberark-pvwa\s+\d+\.\d\d kB min\+gzip/);
    expect(result.stdout).toMatch(/✓ @session-apis\/sentinel\s+\d+\.\d\d kB min\+gzip/);
  });

  it('fails when a client is over its budget', () => {
    const result = run(['--budget', '@session-apis/sentinel=1024']);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/✗ @session-apis\/sentinel .* budget 1\.00 kB/);
    expect(result.stderr).toContain('1 package(s) over the size budget');
  });

  it('measures more for a client than for openapi-fetch alone (the client really is bundled)', async () => {
    const [fetchOnly, client] = await Promise.all([bundleSize(wholePackage('openapi-fetch')), bundleSize(wholePackage('@session-apis/sentinel'))]);
    expect(fetchOnly.gzipped).toBeGreaterThan(1000);
    expect(client.gzipped).toBeGreaterThan(fetchOnly.gzipped);
  });
});
