// @ts-check
// The changeset check on throw-away git repositories: one change that passes, ones that fail. The cases call the
// check in-process (checkChangeset, what the CLI runs); one case runs the real CLI end to end.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { demoFiles, makeRegistryRepo } from '@session-apis/spec-diff/test-fixture';
import { captureIo, commitAll, git, writeFiles } from '@session-apis/test-kit';
import { checkChangeset } from '../src/check.mjs';

const cli = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'check-changeset.mjs');
/** @type {string[]} */
const repos = [];
afterEach(() => {
  for (const r of repos.splice(0)) rmSync(r, { recursive: true, force: true });
});

/** A repo whose `main` has two client packages, with HEAD on a feature branch. */
function makeRepo() {
  const repo = mkdtempSync(join(tmpdir(), 'changeset-check-'));
  repos.push(repo);
  git(repo, 'init', '-q', '-b', 'main');
  writeFiles(repo, {
    'packages/alpha/package.json': JSON.stringify({ name: '@demo/alpha' }),
    'packages/alpha/src/generated/schema.ts': 'export interface paths { a: 1 }\n',
    'packages/alpha/src/client.ts': 'export const a = 1;\n',
    'packages/beta/package.json': JSON.stringify({ name: '@demo/beta' }),
    'packages/beta/src/generated/schema.ts': 'export interface paths { b: 1 }\n',
  });
  commitAll(repo, 'base');
  git(repo, 'checkout', '-qb', 'feature');
  return repo;
}

/** @param {string} repo */
async function check(repo) {
  const { io, stdout, stderr } = captureIo(repo);
  const code = await checkChangeset({ base: 'main' }, io);
  return { code, out: stdout() + stderr() };
}

/** The real CLI, as CI runs it: its exit code and what it printed. @param {string} repo */
function checkCli(repo) {
  const r = spawnSync(process.execPath, [cli, '--base', 'main'], { cwd: repo, encoding: 'utf8' });
  return { code: r.status, out: r.stdout + r.stderr };
}

describe('check-changeset', () => {
  it('passes when the generated types changed together with a changeset naming the package', async () => {
    const repo = makeRepo();
    writeFiles(repo, {
      'packages/alpha/src/generated/schema.ts': 'export interface paths { a: 2 }\n',
      '.changeset/brave-owls.md': '---\n"@demo/alpha": minor\n---\n\nNew field on the alpha spec.\n',
    });
    commitAll(repo, 'spec change with changeset');
    const result = await check(repo);
    expect(result.out).toContain('changesets cover every generated-type change');
    expect(result.code).toBe(0);
  });

  it('fails when the generated types changed without a changeset (the real CLI, end to end)', () => {
    const repo = makeRepo();
    writeFiles(repo, { 'packages/alpha/src/generated/schema.ts': 'export interface paths { a: 2 }\n' });
    commitAll(repo, 'spec change without changeset');
    const result = checkCli(repo);
    expect(result.code).toBe(1);
    expect(result.out).toContain('The generated types of @demo/alpha changed since main');
  });

  it('fails when the changeset names a different package', async () => {
    const repo = makeRepo();
    writeFiles(repo, {
      'packages/beta/src/generated/schema.ts': 'export interface paths { b: 2 }\n',
      '.changeset/quiet-cats.md': '---\n"@demo/alpha": patch\n---\n\nUnrelated.\n',
    });
    commitAll(repo, 'beta change, alpha changeset');
    const result = await check(repo);
    expect(result.code).toBe(1);
    expect(result.out).toContain('@demo/beta');
    expect(result.out).not.toContain('@demo/alpha changed');
  });

  it('ignores changes outside src/generated and uncommitted changesets still count', async () => {
    const repo = makeRepo();
    writeFiles(repo, { 'packages/alpha/src/client.ts': 'export const a = 2;\n' });
    commitAll(repo, 'hand-written code only');
    expect((await check(repo)).code).toBe(0);
    writeFiles(repo, {
      'packages/beta/src/generated/schema.ts': 'export interface paths { b: 3 }\n',
      '.changeset/new-one.md': '---\n\'@demo/beta\': major\n---\n\nBreaking.\n',
    });
    expect((await check(repo)).code).toBe(0);
  });
});

// With an API registry, the bump must match what the classified spec diff demands (tools/spec-diff).
describe('check-changeset: the bump follows the spec diff', () => {
  /** @param {{ version?: string }} [options] */
  function registryRepo(options) {
    const r = makeRegistryRepo(options);
    repos.push(r.repo);
    git(r.repo, 'checkout', '-qb', 'feature');
    // A breaking change: `tag` removed from the response (and the generated types regenerated with it).
    writeFiles(r.repo, demoFiles({ petProps: { id: { type: 'string' }, name: { type: 'string' } } }));
    return r.repo;
  }
  /** @param {string} repo @param {string} bump */
  const changeset = (repo, bump) => writeFiles(repo, { '.changeset/pets.md': `---\n"@demo/client": ${bump}\n---\n\nPet.tag is gone.\n` });

  it('fails with the reason when a breaking change comes with only a patch changeset', async () => {
    const repo = registryRepo();
    changeset(repo, 'patch');
    commitAll(repo, 'breaking change, patch changeset');
    const result = await check(repo);
    expect(result.code).toBe(1);
    expect(result.out).toContain('✗ @demo/client needs a minor bump (it is 0.1.0: while a package is 0.x a breaking change needs a minor), but the changesets give it a patch.');
    expect(result.out).toContain('#/components/schemas/Pet/properties/tag');
    expect(result.out).toContain('schema Pet property `tag` removed: readers of it break (returned by getPet)');
  });

  it('passes with a minor changeset while the package is 0.x, and with a major', async () => {
    const repo = registryRepo();
    changeset(repo, 'minor');
    commitAll(repo, 'breaking change, minor changeset');
    const minor = await check(repo);
    expect(minor.out).toContain('with the bump the spec changes require');
    expect(minor.code).toBe(0);
    changeset(repo, 'major');
    expect((await check(repo)).code).toBe(0);
  });

  it('from 1.0 on a breaking change needs a major', async () => {
    const repo = registryRepo({ version: '1.2.0' });
    changeset(repo, 'minor');
    const result = await check(repo);
    expect(result.code).toBe(1);
    expect(result.out).toContain('✗ @demo/client needs a major bump (a breaking change), but the changesets give it a minor.');
    changeset(repo, 'major');
    expect((await check(repo)).code).toBe(0);
  });

  it('stops with exit code 2, naming the file, when a spec cannot be bundled', async () => {
    const repo = makeRegistryRepo().repo;
    repos.push(repo);
    writeFiles(repo, { 'specs/demo/openapi.yaml': readFileSync(join(repo, 'specs/demo/openapi.yaml'), 'utf8').replace('components/schemas.yaml#/Pet', 'components/missing.yaml#/Pet') });
    const result = await check(repo);
    expect(result.code).toBe(2);
    expect(result.out).toContain('check-changeset: cannot classify the spec changes');
    expect(result.out).toContain('specs/demo/openapi.yaml');
  });

  it('a docs-only change needs no more than the changeset the generated types ask for', async () => {
    const repo = makeRegistryRepo().repo;
    repos.push(repo);
    git(repo, 'checkout', '-qb', 'feature');
    writeFiles(repo, { 'specs/demo/openapi.yaml': readFileSync(join(repo, 'specs/demo/openapi.yaml'), 'utf8').replace('summary: Get a pet', 'summary: Get one pet') });
    expect((await check(repo)).code).toBe(0);
    // A new response property is non-breaking: a minor, so a patch is not enough.
    writeFiles(repo, demoFiles({ petProps: { id: { type: 'string' }, name: { type: 'string' }, tag: { type: 'string' }, age: { type: 'string' } } }));
    changeset(repo, 'patch');
    const result = await check(repo);
    expect(result.code).toBe(1);
    expect(result.out).toContain('needs a minor bump, but the changesets give it a patch');
    expect(result.out).toContain('non-breaking');
  });
});
