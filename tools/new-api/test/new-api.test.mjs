// @ts-check
// `pnpm new-api` on a temporary copy of the repository: what it writes from the template, that the new spec and
// client packages pass their own lint, build and tests there (so the template stays green), and that bad input
// changes nothing. The new packages are not installed: their node_modules link to what an existing API's packages
// have installed, which keeps this test to a few seconds.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRepoRoot, listApis } from '@session-apis/registry';
import { captureIo } from '@session-apis/test-kit';
import { render, ScaffoldError, TEMPLATE_DIR } from '../src/new-api.mjs';
import { runNewApi } from '../src/run.mjs';

const cli = fileURLToPath(new URL('../src/cli.mjs', import.meta.url));
const repoRoot = findRepoRoot();
// Without vitest's own variables, so that the new package's `vitest run` behaves as it does in a shell.
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')));
Object.assign(env, { REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1', DO_NOT_TRACK: '1' });

// The tools that find the repository from their own location (the registry, and the mock that imports it) are copied,
// so that in the copy they read its redocly.yaml; every other dependency links to the workspace's installed one.
const COPIED_TOOLS = { '@session-apis/registry': 'tools/registry', '@session-apis/mock': 'tools/mock' };

/** A temporary copy of what `pnpm new-api` and the new packages read: registry, workspace files, specs, tools above. */
function copyRepo() {
  const root = mkdtempSync(join(tmpdir(), 'session-apis-new-api-'));
  for (const file of ['redocly.yaml', 'pnpm-workspace.yaml', 'package.json', 'tsconfig.base.json', 'packages/docs/package.json']) {
    cpSync(join(repoRoot, file), join(root, file));
  }
  const skip = /[\\/](node_modules|dist|api-docs|test)$/;
  for (const dir of ['specs', ...Object.values(COPIED_TOOLS)]) {
    cpSync(join(repoRoot, dir), join(root, dir), { recursive: true, filter: (source) => !skip.test(source) });
  }
  for (const dir of Object.values(COPIED_TOOLS)) linkDependencies(root, join(root, dir), [join(repoRoot, dir)]);
  return root;
}

/** `pnpm new-api <args>` on the copy at `root`, in this process (runNewApi, the bin's whole logic). */
const newApi = async (/** @type {string} */ root, /** @type {string[]} */ args) => {
  const { io, stdout, stderr } = captureIo(root);
  const status = await runNewApi([...args, '--root', root], io);
  return { status, stdout: stdout(), stderr: stderr() };
};
/** The real bin, spawned, as `pnpm new-api` runs it. */
const newApiBin = (/** @type {string} */ root, /** @type {string[]} */ args) =>
  spawnSync(process.execPath, [cli, ...args, '--root', root], { encoding: 'utf8', env });

/** Every file of a folder, relative to it, sorted. */
const filesOf = (/** @type {string} */ dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile())
    .map((f) => relative(dir, join(f.parentPath, f.name)))
    .sort();

/**
 * Gives a package of the copy a node_modules folder whose entries link to those of an installed package that has
 * every dependency it declares (the copied tools link to their copies), instead of installing; its own caches, e.g.
 * vitest's, stay in the copy.
 * @param {string} root  the copy
 * @param {string} dir  the package
 * @param {string[]} candidates  installed packages of the same kind
 */
function linkDependencies(root, dir, candidates) {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  // Its own spec package is the one dependency no other package has; nothing imports it (it orders turbo's tasks).
  const needed = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }).filter((d) => !d.startsWith('@session-apis/spec-'));
  const donor = candidates.find((c) => needed.every((d) => existsSync(join(c, 'node_modules', d))));
  if (!donor) throw new Error(`no installed package has every dependency of ${manifest.name} (${needed.join(', ')}): run pnpm install`);
  const link = (/** @type {string} */ name) => {
    const copied = /** @type {Record<string, string>} */ (COPIED_TOOLS)[name];
    symlinkSync(copied ? join(root, copied) : realpathSync(join(donor, 'node_modules', name)), join(dir, 'node_modules', name));
  };
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(donor, 'node_modules'))) {
    if (entry.startsWith('.') && entry !== '.bin') continue;
    if (!entry.startsWith('@')) {
      link(entry);
      continue;
    }
    mkdirSync(join(dir, 'node_modules', entry));
    for (const name of readdirSync(join(donor, 'node_modules', entry))) link(`${entry}/${name}`);
  }
}

/**
 * Runs a package.json script in `cwd` as `pnpm run` does — `sh -c` with the package's node_modules/.bin first on PATH —
 * without pnpm's own start-up (about a second of CPU per call); output captured.
 */
const runScript = (/** @type {string} */ cwd, /** @type {string} */ script) =>
  new Promise((resolve, reject) => {
    const command = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8')).scripts?.[script];
    if (typeof command !== 'string') throw new Error(`${relative(root, cwd)}/package.json has no "${script}" script`);
    const PATH = `${join(cwd, 'node_modules/.bin')}${delimiter}${env.PATH ?? ''}`;
    const child = spawn('sh', ['-c', command], { cwd, env: { ...env, PATH } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output: `${relative(root, cwd)}: ${command}\n${output}` }));
  });

const title = 'Acme "Vault": Secrets — #1';
const summary = 'Read secrets: one line, with "quotes".';
/** @type {string} */
let root;
/** @type {Awaited<ReturnType<typeof newApi>>} */
let scaffold;
const read = (/** @type {string} */ file) => readFileSync(join(root, file), 'utf8');

describe('pnpm new-api acme-vault', () => {
  beforeAll(async () => {
    root = copyRepo();
    scaffold = await newApi(root, ['acme-vault', '--title', title, '--summary', summary]);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('copies the template into a spec package and a client package, registers the API, adds it to the docs site and generates its types', () => {
    expect(scaffold.stderr).toBe('');
    expect(scaffold.status).toBe(0);
    expect(scaffold.stdout).toContain('✓ acme-vault: next, run  pnpm install && pnpm build && pnpm test');

    // Every template file, and nothing else, with every placeholder replaced.
    expect(filesOf(join(root, 'specs/acme-vault'))).toEqual(filesOf(join(TEMPLATE_DIR, 'spec')));
    expect(filesOf(join(root, 'packages/acme-vault')).filter((f) => !f.startsWith('src/generated/'))).toEqual(filesOf(join(TEMPLATE_DIR, 'client')));
    for (const dir of ['specs/acme-vault', 'packages/acme-vault']) {
      for (const file of filesOf(join(root, dir))) expect(read(join(dir, file)), `${dir}/${file}`).not.toMatch(/__[A-Z]+__/);
    }

    // The registry keeps every existing API and comment, and lists the new one.
    const before = readFileSync(join(repoRoot, 'redocly.yaml'), 'utf8');
    const registry = read('redocly.yaml');
    for (const line of before.split('\n').filter((l) => l.trim().startsWith('#'))) expect(registry).toContain(line);
    expect(listApis(root).map((a) => a.name)).toEqual([...listApis(repoRoot).map((a) => a.name), 'acme-vault']);

    // Title and summary arrive intact, quotes and colons included, in YAML and JSON alike.
    const spec = parse(read('specs/acme-vault/openapi.yaml'));
    expect(spec.info).toMatchObject({ title, summary });
    const specManifest = JSON.parse(read('specs/acme-vault/package.json'));
    expect(specManifest).toMatchObject({ name: '@session-apis/spec-acme-vault', private: true, scripts: { lint: 'redocly lint acme-vault --config ../../redocly.yaml' } });
    expect(specManifest.description).toContain(title);
    const manifest = JSON.parse(read('packages/acme-vault/package.json'));
    expect(manifest).toMatchObject({ name: '@session-apis/acme-vault', private: true, scripts: { generate: 'session-apis-codegen acme-vault' } });
    expect(manifest.devDependencies['@session-apis/spec-acme-vault']).toBe('workspace:*');
    expect(JSON.parse(read('packages/docs/package.json')).devDependencies['@session-apis/spec-acme-vault']).toBe('workspace:*');
    expect(read('packages/acme-vault/src/index.ts')).toContain('export function createAcmeVaultClient(');

    const schema = read('packages/acme-vault/src/generated/schema.ts');
    expect(schema).toMatch(/^\/\/ GENERATED FILE: do not edit\. Source: specs\/acme-vault\/openapi\.yaml/);
    expect(schema).toContain('"/items/{itemId}"');
  });

  it("the new packages pass their own lint (zero warnings), build and tests", async () => {
    expect(scaffold.status, scaffold.stderr).toBe(0);
    const specDir = join(root, 'specs/acme-vault');
    const packageDir = join(root, 'packages/acme-vault');
    const apis = listApis(repoRoot);
    linkDependencies(root, specDir, apis.map((a) => a.specDir));
    linkDependencies(root, packageDir, apis.map((a) => a.packageDir));

    // All at once, as none needs another's output (the contract test imports the client's source, not dist/).
    const [lint, bundle, build, clientLint, test] = await Promise.all([
      runScript(specDir, 'lint'),
      runScript(specDir, 'bundle'),
      runScript(packageDir, 'build'),
      runScript(packageDir, 'lint'),
      runScript(packageDir, 'test'),
    ]);
    for (const result of [lint, bundle, build, clientLint, test]) expect(result.status, result.output).toBe(0);

    expect(lint.output).toContain('Your API description is valid');
    // Redocly reports problems as "You have N warnings" / "N errors" (its Node 20 deprecation banner is not one).
    expect(lint.output).not.toMatch(/You have \d+ (warning|error)/);
    expect(Object.keys(parse(readFileSync(join(specDir, 'dist/openapi.yaml'), 'utf8')).paths)).toEqual(['/items/{itemId}']);
    expect(existsSync(join(packageDir, 'dist/index.js')) && existsSync(join(packageDir, 'dist/index.d.ts'))).toBe(true);
    // Every test of the template's contract test ran and passed (against Prism serving the new spec).
    const count = read('packages/acme-vault/test/contract.test.ts').match(/^it\(/gm)?.length;
    expect(test.output).toMatch(new RegExp(`Tests\\s+${count} passed \\(${count}\\)`));
  });
});

describe('pnpm new-api refuses', () => {
  beforeAll(() => {
    root = copyRepo();
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('an existing API, an existing folder or a bad name, and changes nothing', async () => {
    const registry = read('redocly.yaml');
    const docs = read('packages/docs/package.json');
    const existing = await newApi(root, [listApis(root)[0]?.name ?? 'sentinel']);
    expect(existing.status).toBe(1);
    expect(existing.stderr).toMatch(/✗ redocly\.yaml already registers an API named/);

    mkdirSync(join(root, 'packages/orphan'), { recursive: true });
    const folder = await newApi(root, ['orphan']);
    expect(folder.status).toBe(1);
    expect(folder.stderr).toContain('✗ packages/orphan already exists');
    expect(existsSync(join(root, 'specs/orphan'))).toBe(false);

    const bad = newApiBin(root, ['Acme_Vault']); // the real bin: its exit code and stderr
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('use kebab-case');
    expect((await newApi(root, [])).status).toBe(2);

    expect(read('redocly.yaml')).toBe(registry);
    expect(read('packages/docs/package.json')).toBe(docs);
  });

  it('a template with an unknown placeholder, and escapes free text in JSON and YAML', () => {
    const names = { name: 'acme-vault', pascal: 'AcmeVault', camel: 'acmeVault', title: 'A "b": c\\d', summary: 's' };
    expect(() => render('x __NAMES__', 'client/src/index.ts', names)).toThrow(new ScaffoldError('client/src/index.ts: unknown placeholder __NAMES__'));
    expect(JSON.parse(render('{ "t": "__TITLE__ (__NAME__)" }', 'spec/package.json', names))).toEqual({ t: 'A "b": c\\d (acme-vault)' });
    expect(parse(render('title: "__TITLE__"\n', 'spec/openapi.yaml', names))).toEqual({ title: 'A "b": c\\d' });
    expect(render('# __TITLE__', 'client/README.md', names)).toBe('# A "b": c\\d');
  });
});
