// @ts-check
// `pnpm release --dry-run`: packs every publishable package and checks the tarballs, publishing nothing. This
// repository is dry-run by the real CLI end to end; the failure cases call the dry run in-process, on one throw-away
// workspace that holds both faulty packages (one `pnpm pack` run for the two), and look at each package's report.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dryRun } from '../src/dry-run.mjs';
import { publishablePackages } from '../src/pack.mjs';

const release = fileURLToPath(new URL('../src/release.mjs', import.meta.url));

describe('release --dry-run', () => {
  it('packs every publishable package of this repository with its dist/, types and README, and publishes nothing', () => {
    const result = spawnSync(process.execPath, [release, '--dry-run', '--skip-checks'], { encoding: 'utf8' });
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

  describe('on a workspace with a package that was not built and one with a stale dist/', () => {
    /** @type {string} */
    let root;
    /** @type {{ code: number, stdout: string, stderr: string, problems: (name: string) => string[] | undefined }} */
    let result;

    beforeAll(() => {
      root = mkdtempSync(join(tmpdir(), 'session-apis-release-test-'));
      const broken = join(root, 'packages', 'broken');
      mkdirSync(join(broken, 'src'), { recursive: true });
      writeFileSync(join(broken, 'src', 'index.ts'), 'export const x = 1;\n');
      writeFileSync(join(broken, 'package.json'), JSON.stringify({ name: '@example/broken', version: '1.0.0', files: ['dist', 'src'] }));
      const stale = join(root, 'packages', 'stale');
      mkdirSync(join(stale, 'src'), { recursive: true });
      mkdirSync(join(stale, 'dist'));
      writeFileSync(join(stale, 'src', 'index.ts'), 'export const x = 1;\n');
      writeFileSync(join(stale, 'dist', 'index.js'), 'export const x = 1;\n');
      writeFileSync(join(stale, 'dist', 'removed.js'), 'export const y = 2;\n');
      writeFileSync(join(stale, 'package.json'), JSON.stringify({ name: '@example/stale', version: '1.0.0', files: ['dist', 'src'] }));
      /** @type {string[]} */
      const out = [];
      /** @type {string[]} */
      const err = [];
      const { code, packages } = dryRun(root, { out: (l) => out.push(l), err: (l) => err.push(l) });
      result = { code, stdout: out.join('\n'), stderr: err.join('\n'), problems: (name) => packages.find((p) => p.name === name)?.problems };
    });
    afterAll(() => rmSync(root, { recursive: true, force: true }));

    it('fails on a package that was not built', () => {
      expect(result.code).toBe(1);
      expect(result.problems('@example/broken')).toEqual(['no dist/ in the tarball: was the package built?']);
      expect(result.stderr).toContain('no dist/ in the tarball');
      expect(result.stdout).toContain('✗ dry run found 2 problem(s)');
    });

    it('fails on a built file whose source was removed (a stale dist/ would be published)', () => {
      expect(result.code).toBe(1);
      expect(result.problems('@example/stale')).toEqual(['built files without a source (stale dist/; rebuild): package/dist/removed.js']);
      expect(result.stderr).toContain('built files without a source (stale dist/; rebuild): package/dist/removed.js');
      expect(result.stderr).not.toContain('package/dist/index.js');
    });
  });
});
