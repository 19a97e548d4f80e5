// @ts-check
// The changes section is computed from git history: these tests build small throw-away repositories (never the
// project's own) and check what is reported as added and removed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { toJson } from '@session-apis/spec-diff';
import { demoFiles, makeRegistryRepo } from '@session-apis/spec-diff/test-fixture';
import { captureIo, commitAll, git, writeFiles } from '@session-apis/test-kit';
// The spec-diff command itself (what its bin runs with the process's argv and streams), run in this process: the
// TypeScript and Redocly this file has loaded already are not loaded again by a second Node. spec-diff's own CLI
// test spawns the real bin.
import { runSpecDiff } from '../../spec-diff/src/command.mjs';
import { computeChanges, diffSpecs, findBaseRef } from '../src/changes.mjs';
import { renderChanges } from '../src/render.mjs';

/** @type {string[]} */
const dirs = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempRepo({ init = true } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'docs-changes-test-'));
  dirs.push(dir);
  if (init) git(dir, 'init', '-q');
  return dir;
}

const ok = { '200': { description: 'OK' } };
/** @param {string} operationId @param {string} [summary] */
const op = (operationId, summary = operationId) => ({ operationId, summary, responses: ok });

/**
 * Writes a two-file spec (root + components/schemas.yaml) so that bundling has to follow a $ref into a folder.
 * @param {string} repo
 * @param {{ paths: Record<string, any>, schemas: Record<string, any> }} parts
 */
function writeSpec(repo, { paths, schemas }) {
  const root = join(repo, 'specs/demo/openapi.yaml');
  writeFiles(repo, {
    'specs/demo/components/schemas.yaml': schemas,
    'specs/demo/openapi.yaml': {
      openapi: '3.1.0',
      info: { title: 'Demo', version: '1.0.0' },
      paths,
      components: {
        schemas: Object.fromEntries(Object.keys(schemas).map((name) => [name, { $ref: `components/schemas.yaml#/${name}` }])),
      },
    },
  });
  return root;
}

const petV1 = {
  paths: {
    '/pets': { get: op('listPets', 'List pets'), post: op('createPet', 'Create a pet') },
    '/pets/{id}': { delete: op('deletePet', 'Delete a pet') },
  },
  schemas: {
    Pet: { type: 'object', properties: { id: { type: 'integer' }, name: { type: 'string' }, tag: { type: 'string' } } },
    Error: { type: 'object', properties: { code: { type: 'integer' }, message: { type: 'string' } } },
  },
};

describe('computeChanges against the last tag', () => {
  it('reports operations and fields added and removed in the working tree since the newest tag', async () => {
    const repo = tempRepo();
    // An older tag whose spec differs: the comparison must use the newest tag, not this one.
    const root = writeSpec(repo, { paths: { '/old': { get: op('old') } }, schemas: {} });
    commitAll(repo, 'v0');
    git(repo, 'tag', 'v0.9.0');
    writeSpec(repo, petV1);
    commitAll(repo, 'v1');
    git(repo, 'tag', '-a', 'v1.0.0', '-m', 'release');

    // Uncommitted edits count: the docs describe the spec on disk.
    writeSpec(repo, {
      paths: {
        '/pets': { get: op('listPets', 'List pets'), post: op('addPet', 'Add a pet') },
        '/pets/{id}': { get: op('getPet', 'Get a pet') },
      },
      schemas: {
        Pet: {
          type: 'object',
          properties: {
            id: { type: 'integer' },
            name: { type: 'string' },
            status: { type: 'string' },
            owner: { type: 'object', properties: { name: { type: 'string' } } },
          },
        },
        Owner: { type: 'object', properties: { email: { type: 'string' } } },
      },
    });

    const changes = await computeChanges(root);
    expect(changes.base).toMatchObject({ kind: 'tag', name: 'v1.0.0' });
    expect(changes.existedAtBase).toBe(true);
    expect(changes.note).toBe('Compared with tag v1.0.0.');
    expect(changes.operations.added).toEqual([{ method: 'GET', path: '/pets/{id}', operationId: 'getPet', summary: 'Get a pet' }]);
    expect(changes.operations.removed).toEqual([
      { method: 'DELETE', path: '/pets/{id}', operationId: 'deletePet', summary: 'Delete a pet' },
    ]);
    expect(changes.operations.renamed).toEqual([
      {
        from: expect.objectContaining({ method: 'POST', operationId: 'createPet' }),
        to: expect.objectContaining({ method: 'POST', operationId: 'addPet' }),
      },
    ]);
    expect(changes.schemas.changed).toEqual([{ name: 'Pet', added: ['status', 'owner', 'owner.name'], removed: ['tag'] }]);
    expect(changes.schemas.added).toEqual([{ name: 'Owner', added: ['email'], removed: [] }]);
    expect(changes.schemas.removed).toEqual([{ name: 'Error', added: [], removed: ['code', 'message'] }]);
  });

  it('reports nothing when the spec is unchanged since the tag', async () => {
    const repo = tempRepo();
    const root = writeSpec(repo, petV1);
    commitAll(repo, 'v1');
    git(repo, 'tag', 'v1.0.0');
    const changes = await computeChanges(root);
    expect(changes.operations).toEqual({ added: [], removed: [], renamed: [] });
    expect(changes.schemas).toEqual({ added: [], removed: [], changed: [] });
  });
});

describe('computeChanges without a tag', () => {
  it('compares with the first commit', async () => {
    const repo = tempRepo();
    const root = writeSpec(repo, petV1);
    commitAll(repo, 'first');
    const first = git(repo, 'rev-parse', 'HEAD').trim();
    writeSpec(repo, { ...petV1, paths: { ...petV1.paths, '/toys': { get: op('listToys') } } });
    commitAll(repo, 'second');

    const changes = await computeChanges(root);
    expect(changes.base).toEqual({ kind: 'first-commit', name: first.slice(0, 7), sha: first, shallow: false });
    expect(changes.existedAtBase).toBe(true);
    expect(changes.operations.added.map((o) => o.operationId)).toEqual(['listToys']);
    expect(changes.operations.removed).toEqual([]);
    expect(changes.schemas.changed).toEqual([]);
  });

  it('lists everything as added, and says so, when the spec did not exist at the base', async () => {
    const repo = tempRepo();
    writeFileSync(join(repo, 'README.md'), 'hello\n');
    commitAll(repo, 'first, without the spec');
    const root = writeSpec(repo, petV1);
    commitAll(repo, 'add the spec');

    const changes = await computeChanges(root);
    expect(changes.base?.kind).toBe('first-commit');
    expect(changes.existedAtBase).toBe(false);
    expect(changes.note).toMatch(/did not exist at the first commit .*everything in this API is listed as added/);
    expect(changes.operations.added.map((o) => `${o.method} ${o.path}`)).toEqual(['GET /pets', 'POST /pets', 'DELETE /pets/{id}']);
    expect(changes.schemas.added.map((s) => s.name)).toEqual(['Pet', 'Error']);
    expect(changes.operations.removed).toEqual([]);
  });

  it('lists everything as added, and says so, in a repository without any commit', async () => {
    const repo = tempRepo();
    const root = writeSpec(repo, petV1);
    expect(findBaseRef(repo)).toBeNull();
    const changes = await computeChanges(root);
    expect(changes.base).toBeNull();
    expect(changes.existedAtBase).toBe(false);
    expect(changes.note).toMatch(/no commit yet/);
    expect(changes.operations.added).toHaveLength(3);
    expect(changes.schemas.added.find((s) => s.name === 'Pet')?.added).toEqual(['id', 'name', 'tag']);
  });
});

describe('computeChanges outside git', () => {
  it('lists everything as added and says there is no git history', async () => {
    const dir = tempRepo({ init: false });
    const root = writeSpec(dir, petV1);
    const changes = await computeChanges(root);
    expect(changes.base).toBeNull();
    expect(changes.note).toMatch(/No git history is available/);
    expect(changes.operations.added).toHaveLength(3);
  });
});

describe('diffSpecs field paths', () => {
  it('follows allOf (including $refs), array items and inline objects, but not $refs to other components', () => {
    const spec = (/** @type {Record<string, any>} */ extra) => ({
      paths: {},
      components: {
        schemas: {
          Base: { type: 'object', properties: { id: { type: 'string' } } },
          Page: {
            allOf: [
              { $ref: '#/components/schemas/Base' },
              {
                type: 'object',
                properties: {
                  items: { type: 'array', items: { type: 'object', properties: { key: { type: 'string' }, ...extra } } },
                  base: { $ref: '#/components/schemas/Base' },
                },
              },
            ],
          },
        },
      },
    });
    const { schemas } = diffSpecs(spec({}), spec({ value: { type: 'number' } }));
    expect(schemas.changed).toEqual([{ name: 'Page', added: ['items[].value'], removed: [] }]);
    const fresh = diffSpecs(undefined, spec({}));
    expect(fresh.schemas.added.find((s) => s.name === 'Page')?.added).toEqual(['id', 'items', 'items[].key', 'base']);
  });
});

// One source of truth: the docs page shows tools/spec-diff's classification, the same as `pnpm spec-diff`.
describe('classified changes', () => {
  it('agree with `spec-diff --json` on the same two revisions, and the page lists each of them', async () => {
    const { repo } = makeRegistryRepo({ tag: true });
    dirs.push(repo);
    // A breaking change (a response property removed), a warning (an enum value added) and an exported-type rename.
    writeFiles(repo, demoFiles({ exportName: 'Animal', petProps: { id: { type: 'string' }, name: { type: 'string' } }, kinds: ['cat', 'dog', 'fish'] }));

    const changes = await computeChanges(join(repo, 'specs/demo/openapi.yaml'));
    const { io, stdout, stderr } = captureIo(repo);
    const code = await runSpecDiff(['--json', '--api', 'demo'], io);
    expect({ code, stderr: stderr() }).toEqual({ code: 0, stderr: '' });
    const fromCli = JSON.parse(stdout());
    expect(changes.classified.map(toJson)).toEqual(fromCli);
    expect(fromCli.map((/** @type {any} */ f) => f.level)).toEqual(['breaking', 'breaking', 'warning']);
    expect(changes.note).toBe('Compared with tag v0.1.0.');

    const html = renderChanges({ siteName: 'Test', meta: /** @type {any} */ ({ name: 'demo', title: 'Demo <API>', version: '1.0.0' }), changes });
    const rows = [...html.matchAll(/<tr data-level="([^"]+)">[\s\S]*?<\/tr>/g)];
    expect(rows.map((m) => m[1])).toEqual(fromCli.map((/** @type {any} */ f) => f.level));
    for (const f of fromCli) expect(html).toContain(f.reason.replace(/"/g, '&quot;'));
  });
});
