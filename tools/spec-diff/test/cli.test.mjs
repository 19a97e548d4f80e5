// @ts-check
// `spec-diff` end to end on throw-away repositories: the base (newest tag, else the first commit, or --base),
// the working tree as the head, the JSON shape, and the TypeScript surface of the client package. The command
// runs in this process (its function, src/command.mjs: Redocly and TypeScript load once); the first test runs
// the real bin as a child process, as a user does.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { runSpecDiff } from '../src/command.mjs';
import { diffSurface, readSurface } from '../src/surface.mjs';
import { captureIo, commitAll, git, writeFiles } from '@session-apis/test-kit';
import { demoFiles, makeRegistryRepo } from './fixture.mjs';

const cli = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'cli.mjs');
/** @type {(() => void)[]} */
const cleanups = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

/** @param {{ version?: string, tag?: boolean }} [options] */
function repoWith(options) {
  const r = makeRegistryRepo(options);
  cleanups.push(r.cleanup);
  return r.repo;
}

/** The real bin, a child process run in `repo`. @param {string} repo @param {string[]} args */
function spawnCli(repo, args) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: repo, encoding: 'utf8', env: { ...process.env, REDOCLY_TELEMETRY: 'off' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The command in this process, run in `repo`. @param {string} repo @param {string[]} args */
async function run(repo, args) {
  const { io, stdout, stderr } = captureIo(repo);
  const code = await runSpecDiff(args, io);
  return { code, stdout: stdout(), stderr: stderr() };
}

describe('spec-diff CLI', () => {
  it('--json (the real bin): classified spec changes and exported-type changes since the newest tag, working tree included', () => {
    const repo = repoWith({ tag: true });
    // After the tag: a committed, harmless change…
    writeFiles(repo, demoFiles({ kinds: ['cat', 'dog'], petProps: { id: { type: 'string' }, name: { type: 'string' }, tag: { type: 'string' }, age: { type: 'string' } } }));
    commitAll(repo, 'age');
    // …and an uncommitted breaking one: `tag` removed from the response, the exported alias renamed.
    writeFiles(repo, demoFiles({ exportName: 'Animal', petProps: { id: { type: 'string' }, name: { type: 'string' }, age: { type: 'string' } }, kinds: ['cat', 'dog', 'bird'] }));

    const r = spawnCli(repo, ['--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const items = JSON.parse(r.stdout);
    for (const item of items) expect(Object.keys(item).every((k) => ['api', 'level', 'operationId', 'pointer', 'reason'].includes(k))).toBe(true);
    expect(items).toEqual([
      { api: 'demo', level: 'breaking', pointer: '#/components/schemas/Pet/properties/tag', reason: 'schema Pet property `tag` removed: readers of it break (returned by getPet)' },
      { api: 'demo', level: 'breaking', pointer: '@demo/client#Pet', reason: 'exported name `Pet` renamed to `Animal`: code importing the old name no longer compiles' },
      { api: 'demo', level: 'warning', pointer: '#/components/schemas/Pet/properties/kind', reason: 'schema Pet property `kind`: enum value "bird" added: may break exhaustive switches (returned by getPet)' },
      { api: 'demo', level: 'non-breaking', pointer: '#/components/schemas/Pet/properties/age', reason: 'schema Pet property `age` added (returned by getPet)' },
    ]);
  });

  it('text output; --base selects the base; without a tag the base is the first commit', async () => {
    const repo = repoWith();
    const first = git(repo, 'rev-parse', 'HEAD').trim();
    writeFiles(repo, demoFiles({ schemaName: 'Animal' }));
    commitAll(repo, 'rename the schema');

    const byDefault = await run(repo, []);
    expect(byDefault.code).toBe(0);
    expect(byDefault.stdout).toContain(`Spec changes since the first commit (${first.slice(0, 7)}; no tag yet)`);
    expect(byDefault.stdout).toMatch(/demo \(@demo\/client\): 2 breaking, 1 non-breaking/);
    expect(byDefault.stdout).toContain('schema Pet removed');
    expect(byDefault.stdout).toContain('exported schema type `components["schemas"]["Pet"]` renamed to `components["schemas"]["Animal"]`');

    // HEAD as the base: only the working tree's changes count, and there are none.
    const head = await run(repo, ['--base', 'HEAD', '--json']);
    expect(JSON.parse(head.stdout)).toEqual([]);
    const md = await run(repo, ['--base', 'HEAD~1', '--markdown']);
    expect(md.stdout).toMatch(/^## Spec changes since HEAD~1/);
    expect(md.stdout).toContain('| 🔴 breaking |');
  });

  it('fails naming the problem for an unknown --api or --base', async () => {
    const repo = repoWith();
    const api = await run(repo, ['--api', 'nope']);
    expect(api.code).toBe(2);
    expect(api.stderr).toContain('Unknown API "nope". Registered in redocly.yaml: demo');
    const base = await run(repo, ['--base', 'no-such-ref']);
    expect(base.code).toBe(2);
    expect(base.stderr).toContain('Unknown git revision "no-such-ref"');
  });
});

describe('TypeScript surface', () => {
  /** @param {Record<string, string>} files */
  function pkg(files) {
    const dir = mkdtempSync(join(tmpdir(), 'spec-diff-surface-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    writeFiles(dir, files);
    return dir;
  }
  const manifest = JSON.stringify({ name: '@x/y', exports: { '.': { types: './dist/index.d.ts' }, './node': { types: './dist/node.d.ts' } } });

  it('reports removed and renamed exported names (every entry point), and new ones', () => {
    const before = readSurface(pkg({
      'package.json': manifest,
      'src/index.ts': "export interface Session { id: string }\nexport type Kind = 'a' | 'b';\nexport { helper } from './util.js';\nexport { HttpError } from 'some-dependency';\n",
      'src/util.ts': 'export function helper(): number { return 1; }\n',
      'src/node.ts': 'export const tls = 1;\n',
    }));
    const after = readSurface(pkg({
      'package.json': manifest,
      'src/index.ts': "export interface LiveSession { id: string }\nexport type Kind = 'a' | 'b' | 'c';\nexport { HttpError } from 'some-dependency';\nexport type Extra = number;\n",
      'src/node.ts': 'export const tls = 1;\n',
    }));
    expect([...before.keys()].sort()).toEqual(['HttpError', 'Kind', 'Session', 'helper', 'tls']);
    expect(diffSurface(before, after, '@x/y').map((f) => [f.level, f.rule, f.pointer])).toEqual([
      ['breaking', 'type-renamed', '@x/y#Session'],
      ['breaking', 'type-removed', '@x/y#helper'],
      ['non-breaking', 'type-added', '@x/y#Extra'],
    ]);
  });
});
