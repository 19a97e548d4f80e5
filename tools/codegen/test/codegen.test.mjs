// @ts-check
// Runs the codegen command against throw-away repos so that the failure modes users meet are tested as users meet
// them: exit code, the lines printed, the files left behind. The command runs in-process (runCodegen, the bin's whole
// logic) because a spawned Node pays ~1 s of start-up and module loading per run; one test spawns the real bin.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { captureIo, writeFiles } from '@session-apis/test-kit';
import { afterAll, describe, it } from 'vitest';
import { runCodegen } from '../src/run.mjs';

const run = promisify(execFile);
const cli = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'cli.mjs');

const validSpec = `openapi: 3.1.0
info: { title: Demo, version: "1.0.0" }
paths:
  /things/{id}:
    $ref: paths/thing.yaml
`;
const validPath = `get:
  operationId: getThing
  parameters:
    - { name: id, in: path, required: true, schema: { type: string } }
  responses:
    "200":
      description: ok
      content:
        application/json:
          schema: { type: object, properties: { "os-name": { type: string } } }
  x-minimum-demo-version: '10.6'
`;

/** @type {string[]} */
const temps = [];
afterAll(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A minimal repo with one registered API "demo" and a previously generated schema.ts. */
function makeRepo(files = {}) {
  const root = mkdtempSync(join(tmpdir(), 'codegen-test-'));
  temps.push(root);
  const all = {
    'pnpm-workspace.yaml': 'packages: []\n',
    'redocly.yaml': 'apis:\n  demo:\n    root: specs/demo/openapi.yaml\n    x-openapi-ts:\n      output: packages/demo/src/generated/schema.ts\n',
    'specs/demo/openapi.yaml': validSpec,
    'specs/demo/paths/thing.yaml': validPath,
    'packages/demo/src/generated/schema.ts': '// previous generation\n',
    ...files,
  };
  writeFiles(root, all);
  return root;
}

/**
 * `session-apis-codegen <args>` run in `cwd`, in this process.
 * @param {string} cwd @param {string[]} args
 */
async function codegen(cwd, args) {
  const { io, stdout, stderr } = captureIo(cwd);
  const code = await runCodegen(args, io);
  return { code, stdout: stdout(), stderr: stderr() };
}

/**
 * The real bin, spawned: what `pnpm generate` runs.
 * @param {string} cwd @param {string[]} args
 */
async function codegenBin(cwd, args) {
  try {
    const { stdout, stderr } = await run(process.execPath, [cli, ...args], { cwd });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = /** @type {{ code: number, stdout: string, stderr: string }} */ (error);
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const schemaOf = (/** @type {string} */ root) => readFileSync(join(root, 'packages/demo/src/generated/schema.ts'), 'utf8');

// Concurrent: each case has its own repo, and the spawned bin then runs beside the in-process cases.
describe.concurrent('session-apis-codegen', () => {
  it('writes typed paths with the wire names kept, and a do-not-edit banner (the real bin, spawned)', async ({ expect }) => {
    const root = makeRepo();
    const result = await codegenBin(root, ['demo']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('✓ demo: packages/demo/src/generated/schema.ts written');
    const schema = schemaOf(root);
    expect(schema).toMatch(/^\/\/ GENERATED FILE: do not edit\. Source: specs\/demo\/openapi\.yaml/);
    expect(schema).toContain('"/things/{id}"');
    expect(schema).toContain('"os-name"?: string');
  });

  it('fails on a YAML syntax error with file, line and column, and keeps the previous output', async ({ expect }) => {
    const root = makeRepo({ 'specs/demo/paths/thing.yaml': validPath.replace('  operationId: getThing', '  operationId: getThing\n    bad: indent') });
    const result = await codegen(root, ['demo']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/specs\/demo\/paths\/thing\.yaml:3:\d+ .*bad indentation/);
    expect(result.stderr).toContain('was left untouched');
    expect(schemaOf(root)).toBe('// previous generation\n');
    expect(readdirSync(join(root, 'packages/demo/src/generated'))).toEqual(['schema.ts']); // no operations.ts either
  });

  it('fails on a YAML syntax error in the root file with file, line and column', async ({ expect }) => {
    const root = makeRepo({ 'specs/demo/openapi.yaml': validSpec.replace('paths:', 'paths:\n   broken: [') });
    const result = await codegen(root, ['demo']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/specs\/demo\/openapi\.yaml:\d+:\d+ yaml: /);
    expect(schemaOf(root)).toBe('// previous generation\n');
  });

  it('fails on an unresolvable $ref naming the file and line where it stands', async ({ expect }) => {
    const root = makeRepo({ 'specs/demo/paths/thing.yaml': validPath.replace('schema: { type: string }', 'schema: { $ref: "../components/missing.yaml" }') });
    const result = await codegen(root, ['demo']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/specs\/demo\/paths\/thing\.yaml:4:\d+ no-unresolved-refs/);
    expect(schemaOf(root)).toBe('// previous generation\n');
  });

  it('fails on a structural error (wrong type) naming file and line', async ({ expect }) => {
    const root = makeRepo({ 'specs/demo/paths/thing.yaml': validPath.replace('required: true', 'required: "yes"') });
    const result = await codegen(root, ['demo']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/specs\/demo\/paths\/thing\.yaml:4:\d+ struct/);
    expect(schemaOf(root)).toBe('// previous generation\n');
  });

  it('--check reports a stale file without writing, and passes once regenerated', async ({ expect }) => {
    const root = makeRepo();
    const stale = await codegen(root, ['--all', '--check']);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('packages/demo/src/generated/schema.ts is stale');
    expect(schemaOf(root)).toBe('// previous generation\n');
    expect((await codegen(root, ['--all'])).code).toBe(0);
    const fresh = await codegen(root, ['--all', '--check']);
    expect(fresh.code).toBe(0);
    expect(fresh.stdout).toContain('unchanged');
  });

  it('writes an operations table with method, path and x- extensions, and --check sees it drift', async ({ expect }) => {
    const root = makeRepo();
    expect((await codegen(root, ['demo'])).code).toBe(0);
    const file = join(root, 'packages/demo/src/generated/operations.ts');
    const table = readFileSync(file, 'utf8');
    expect(table).toMatch(/^\/\/ GENERATED FILE: do not edit\. Source: specs\/demo\/openapi\.yaml/);
    // The path item is a $ref to another file: the table follows it.
    expect(table).toContain('"getThing": {\n    "method": "GET",\n    "path": "/things/{id}",\n    "x-minimum-demo-version": "10.6"\n  }');
    expect(readdirSync(join(root, 'packages/demo/src/generated')).sort()).toEqual(['operations.ts', 'schema.ts']);

    writeFileSync(file, table.replace('10.6', '10.5'));
    const stale = await codegen(root, ['demo', '--check']);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('packages/demo/src/generated/operations.ts is stale');
    expect(stale.stderr).not.toContain('schema.ts is stale');
    expect(readFileSync(file, 'utf8')).toContain('10.5'); // --check writes nothing
    expect((await codegen(root, ['demo'])).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(table);
  });

  it('names the registered APIs when asked for an unknown one', async ({ expect }) => {
    const root = makeRepo();
    const result = await codegen(root, ['nope']);
    expect(result.code).toBe(2); // a usage error, not a spec failure
    expect(result.stderr).toContain('Registered in redocly.yaml: demo');
    expect(existsSync(join(root, 'packages/demo/src/generated/schema.ts'))).toBe(true);
  });
});
