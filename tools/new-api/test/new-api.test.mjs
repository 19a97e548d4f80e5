// @ts-check
// `pnpm new-api` on a copy of this repository's registry and specs in a temporary folder: what it writes, that
// the new spec is lint-clean under the repository's own rules and generates types, and that bad input changes nothing.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findRepoRoot, listApis } from '@session-apis/registry';

const cli = fileURLToPath(new URL('../src/cli.mjs', import.meta.url));
const toolDir = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = findRepoRoot();

/** @type {string} */
let root;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'session-apis-new-api-'));
  cpSync(join(repoRoot, 'redocly.yaml'), join(root, 'redocly.yaml'));
  cpSync(join(repoRoot, 'specs'), join(root, 'specs'), { recursive: true });
  mkdirSync(join(root, 'packages/docs'), { recursive: true });
  cpSync(join(repoRoot, 'packages/docs/package.json'), join(root, 'packages/docs/package.json'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const newApi = (/** @type {string[]} */ args) =>
  spawnSync(process.execPath, [cli, ...args, '--root', root], { encoding: 'utf8', env: { ...process.env, REDOCLY_TELEMETRY: 'off' } });
const read = (/** @type {string} */ file) => readFileSync(join(root, file), 'utf8');

describe('pnpm new-api', () => {
  it('writes the spec, registry entry, client package and docs dependency, and generates the types', () => {
    const before = read('redocly.yaml');
    const result = newApi(['acme-vault', '--title', 'Acme Vault — Secrets', '--summary', 'Read secrets from Acme Vault.']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('✓ acme-vault: next, run  pnpm install && pnpm build && pnpm test');

    // The registry keeps every existing API and comment, and lists the new one.
    const registry = read('redocly.yaml');
    expect(registry.startsWith(before.trimEnd().split('\n')[0] ?? '')).toBe(true);
    for (const line of before.split('\n').filter((l) => l.trim().startsWith('#'))) expect(registry).toContain(line);
    expect(listApis(root).map((a) => a.name)).toEqual([...listApis(repoRoot).map((a) => a.name), 'acme-vault']);

    const manifest = JSON.parse(read('packages/acme-vault/package.json'));
    expect(manifest).toMatchObject({ name: '@session-apis/acme-vault', private: true, scripts: { generate: 'session-apis-codegen acme-vault' } });
    expect(JSON.parse(read('packages/docs/package.json')).devDependencies['@session-apis/acme-vault']).toBe('workspace:*');
    expect(read('packages/acme-vault/src/index.ts')).toContain('export function createAcmeVaultClient(');
    expect(read('specs/acme-vault/openapi.yaml')).toContain('title: Acme Vault — Secrets');

    const schema = read('packages/acme-vault/src/generated/schema.ts');
    expect(schema).toMatch(/^\/\/ GENERATED FILE: do not edit\. Source: specs\/acme-vault\/openapi\.yaml/);
    expect(schema).toContain('"/items/{itemId}"');
  });

  it('writes a spec that passes the repository lint rules with no warning', () => {
    expect(newApi(['acme-vault']).status).toBe(0);
    const lint = spawnSync('pnpm', ['exec', 'redocly', 'lint', 'acme-vault', '--config', join(root, 'redocly.yaml')], {
      cwd: toolDir,
      encoding: 'utf8',
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
    });
    expect(lint.status, lint.stdout + lint.stderr).toBe(0);
    expect(lint.stdout + lint.stderr).toContain('Your API description is valid');
    // Redocly reports problems as "You have N warnings" / "N errors" (its Node 20 deprecation banner is not one).
    expect(lint.stdout + lint.stderr).not.toMatch(/You have \d+ (warning|error)/);
  });

  it('refuses an existing API, an existing folder or a bad name, and changes nothing', () => {
    const registry = read('redocly.yaml');
    const docs = read('packages/docs/package.json');
    const existing = newApi([listApis(root)[0]?.name ?? 'sentinel']);
    expect(existing.status).toBe(1);
    expect(existing.stderr).toMatch(/✗ redocly\.yaml already registers an API named/);

    mkdirSync(join(root, 'packages/orphan'), { recursive: true });
    const folder = newApi(['orphan']);
    expect(folder.status).toBe(1);
    expect(folder.stderr).toContain('✗ packages/orphan already exists');
    expect(existsSync(join(root, 'specs/orphan'))).toBe(false);

    const bad = newApi(['Acme_Vault']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('use kebab-case');
    expect(newApi([]).status).toBe(2);

    expect(read('redocly.yaml')).toBe(registry);
    expect(read('packages/docs/package.json')).toBe(docs);
  });
});
