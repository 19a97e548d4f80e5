// @ts-check
// `pnpm release --dry-run`: packs every publishable package and checks the tarballs, publishing nothing.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { publishablePackages } from '../src/pack.mjs';

const release = fileURLToPath(new URL('../src/release.mjs', import.meta.url));
const dryRun = (/** @type {string[]} */ extra = []) =>
  spawnSync(process.execPath, [release, '--dry-run', '--skip-checks', ...extra], { encoding: 'utf8' });

/** @type {string[]} */
const temps = [];
afterEach(() => temps.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('release --dry-run', () => {
  it('packs every publishable package of this repository with its dist/, types and README, and publishes nothing', () => {
    const result = dryRun();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('✓ dry run: every package packs cleanly; nothing was published');
    const names = publishablePackages().map((p) => p.name);
    expect(names).toEqual(['@session-apis/client-runtime', '@session-apis/conformance', '@session-apis/cyberark-pvwa', '@session-apis/sentinel']);
    for (const name of names) expect(result.stdout).toMatch(new RegExp(`${name}@\\d+\\.\\d+\\.\\d+ — \\d+ files`));
    const listed = result.stdout.split('\n').map((line) => line.trim());
    // The TypeScript packages ship their compiled entry with types and maps; every package ships its README.
    const compiled = publishablePackages().filter((p) => p.dir.includes('/packages/')).length;
    for (const file of ['package/dist/index.js', 'package/dist/index.d.ts', 'package/dist/index.d.ts.map']) {
      expect(listed.filter((line) => line === file)).toHaveLength(compiled);
    }
    expect(listed.filter((line) => line === 'package/README.md')).toHaveLength(names.length);
    // Tests and the workspace's config never ship.
    expect(result.stdout).not.toMatch(/package\/test\/|\.test\.ts|vitest\.config|tsconfig/);
  });

  it('fails on a package that was not built', () => {
    const root = mkdtempSync(join(tmpdir(), 'session-apis-release-test-'));
    temps.push(root);
    const dir = join(root, 'packages', 'broken');
    mkdirSync(join(dir, 'src'), { recursive: true });
    writeFileSync(join(dir, 'src', 'index.ts'), 'export const x = 1;\n');
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ name: '@example/broken', version: '1.0.0', files: ['dist', 'src'] }),
    );
    const result = dryRun(['--root', root]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('no dist/ in the tarball');
    expect(result.stdout).toContain('✗ dry run found');
  });

  it('fails on a built file whose source was removed (a stale dist/ would be published)', () => {
    const root = mkdtempSync(join(tmpdir(), 'session-apis-release-test-'));
    temps.push(root);
    const dir = join(root, 'packages', 'stale');
    mkdirSync(join(dir, 'src'), { recursive: true });
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'src', 'index.ts'), 'export const x = 1;\n');
    writeFileSync(join(dir, 'dist', 'index.js'), 'export const x = 1;\n');
    writeFileSync(join(dir, 'dist', 'removed.js'), 'export const y = 2;\n');
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: '@example/stale', version: '1.0.0', files: ['dist', 'src'] }));
    const result = dryRun(['--root', root]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('built files without a source (stale dist/; rebuild): package/dist/removed.js');
    expect(result.stderr).not.toContain('package/dist/index.js');
  });
});
