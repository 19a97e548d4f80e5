// @ts-check
// The parts of `pnpm dev` that need no terminal: which API a save belongs to, the watcher (including an editor's
// rename-over save, twice in a row), and the pipeline on a throw-away repo — a broken spec stops it with
// file:line:col and leaves the previous generated file as it was.
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFiles } from '@session-apis/test-kit';
import { afterAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../src/pipeline.mjs';
import { generate, lint } from '../src/steps.mjs';
import { apiOfFile, watchSpecs } from '../src/watch.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'dev-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const specOf = (/** @type {string} */ root, /** @type {string} */ name) => ({
  name,
  root: join(root, 'specs', name, 'openapi.yaml'),
  specDir: join(root, 'specs', name),
  output: join(root, 'packages', name, 'src/generated/schema.ts'),
  packageDir: join(root, 'packages', name),
});

describe('apiOfFile', () => {
  const apis = [specOf('/repo', 'sentinel'), specOf('/repo', 'cyberark-pvwa')];

  it("maps a file anywhere in an API's spec folder to that API only", () => {
    expect(apiOfFile('/repo/specs/sentinel/paths/user-session.yaml', apis)?.name).toBe('sentinel');
    expect(apiOfFile('/repo/specs/cyberark-pvwa/components/schemas.yaml', apis)?.name).toBe('cyberark-pvwa');
    expect(apiOfFile('/repo/specs/sentinel/openapi.yaml', apis)?.name).toBe('sentinel');
  });

  it('maps files of no API, and folders that only share a prefix with one, to none', () => {
    expect(apiOfFile('/repo/specs/EXCHANGES.md', apis)).toBeUndefined();
    expect(apiOfFile('/repo/specs/sentinel-v2/openapi.yaml', apis)).toBeUndefined();
    expect(apiOfFile('/repo/packages/sentinel/src/client.ts', apis)).toBeUndefined();
  });
});

describe('watchSpecs', () => {
  it('reports one change per burst of saves, for the API saved only, and sees a file replaced twice by rename', async () => {
    const root = join(scratch, 'watch');
    writeFiles(root, { 'specs/a/openapi.yaml': 'a: 1\n', 'specs/b/openapi.yaml': 'b: 1\n', 'specs/NOTES.md': '' });
    const apis = [specOf(root, 'a'), specOf(root, 'b')];
    /** @type {string[]} */
    const seen = [];
    /** @type {(() => void) | undefined} */
    let notify;
    const watcher = watchSpecs({
      specsDir: join(root, 'specs'),
      apis: () => apis,
      quietMs: 50,
      onChange: (api) => {
        seen.push(api.name);
        notify?.();
      },
    });
    const next = () => new Promise((resolve) => (notify = () => resolve(undefined)));
    /** An editor's (and `sed -i`'s) save: write a temporary file, rename it over the original. */
    const saveByRename = (/** @type {string} */ content) => {
      writeFileSync(join(root, 'specs/a/.openapi.yaml.tmp'), content);
      renameSync(join(root, 'specs/a/.openapi.yaml.tmp'), join(root, 'specs/a/openapi.yaml'));
    };
    try {
      await watcher.ready;
      let reported = next();
      writeFileSync(join(root, 'specs/a/openapi.yaml'), 'a: 2\n');
      writeFileSync(join(root, 'specs/a/openapi.yaml'), 'a: 3\n');
      writeFileSync(join(root, 'specs/NOTES.md'), 'not a spec file');
      await reported;
      reported = next();
      saveByRename('a: 4\n');
      await reported;
      reported = next();
      saveByRename('a: 5\n');
      await reported;
      await new Promise((resolve) => setTimeout(resolve, 200)); // nothing else comes in late
      expect(seen).toEqual(['a', 'a', 'a']);
    } finally {
      await watcher.close();
    }
  });
});

describe('runPipeline', () => {
  const validSpec = `openapi: 3.1.0
info:
  title: Demo
  version: 1.0.0
  description: A demo API.
  license: { name: MIT, identifier: MIT }
servers:
  - url: https://api.demo.test
security: []
tags:
  - name: things
    description: Things.
paths:
  /things/{id}:
    $ref: paths/thing.yaml
`;
  const validPath = `get:
  operationId: getThing
  summary: Get a thing
  description: One thing.
  tags: [things]
  parameters:
    - { name: id, in: path, required: true, description: The id., schema: { type: string } }
  responses:
    "200":
      description: The thing.
      content:
        application/json:
          schema: { type: object, properties: { name: { type: string } } }
    "404":
      description: No such thing.
`;
  /** A throw-away repo with one API "demo" and a previously generated schema.ts. */
  function makeRepo(/** @type {string} */ name, /** @type {Record<string, string>} */ files = {}) {
    const root = join(scratch, name);
    writeFiles(root, {
      'pnpm-workspace.yaml': 'packages: []\n',
      'redocly.yaml': 'extends: [recommended]\napis:\n  demo:\n    root: specs/demo/openapi.yaml\n    x-openapi-ts:\n      output: packages/demo/src/generated/schema.ts\n',
      'specs/demo/openapi.yaml': validSpec,
      'specs/demo/paths/thing.yaml': validPath,
      'packages/demo/src/generated/schema.ts': '// previous generation\n',
      ...files,
    });
    return { root, api: specOf(root, 'demo') };
  }

  /** Steps after generate are recorded, not run: this test is about what a save does before them. */
  function recordingSteps(/** @type {string} */ root, /** @type {ReturnType<typeof specOf>} */ api) {
    /** @type {string[]} */
    const calls = [];
    return {
      calls,
      steps: {
        lint: () => lint(api, root),
        generate: () => generate(api, root),
        typecheck: () => (calls.push('typecheck'), { ok: true }),
        prepareMock: async () => ({
          ok: true,
          detail: 'http://127.0.0.1:1',
          commit: () => void calls.push('mock commit'),
          discard: async () => void calls.push('mock discard'),
        }),
        test: async (/** @type {string[]} */ changed, /** @type {string} */ url) => (calls.push(`test ${changed.length} ${url}`), { ok: true, detail: '1 passed' }),
      },
    };
  }

  it('on a broken spec prints file:line:col, keeps the previous generated file and runs nothing after generate', async () => {
    const { root, api } = makeRepo('broken', { 'specs/demo/paths/thing.yaml': validPath.replace('  responses:', '  reponses:') });
    const { calls, steps } = recordingSteps(root, api);
    /** @type {string[]} */
    const lines = [];
    const result = await runPipeline('demo', steps, { print: (line) => lines.push(line) });
    expect(result).toMatchObject({ ok: false, failed: ['lint', 'generate'] });
    expect(lines.join('\n')).toMatch(/✗ generate .*spec is invalid; packages\/demo\/src\/generated\/schema\.ts was left untouched/);
    expect(lines).toContainEqual(expect.stringMatching(/^\s+specs\/demo\/paths\/thing\.yaml:\d+:\d+ struct: Property `reponses` is not expected here/));
    expect(readFileSync(api.output, 'utf8')).toBe('// previous generation\n');
    expect(calls).toEqual(['mock discard']);
    expect(lines.at(-1)).toMatch(/^✗ demo: lint, generate failed — [\d.]+ s after the save$/);
  });

  it('on a good spec prints one line per step in order, and tests the regenerated files against the new mock', async () => {
    const { root, api } = makeRepo('good');
    const { calls, steps } = recordingSteps(root, api);
    /** @type {string[]} */
    const lines = [];
    const result = await runPipeline('demo', steps, { print: (line) => lines.push(line) });
    expect(lines.map((l) => /^\s*([✓✗]) (\w+)/.exec(l)?.slice(1).join(' '))).toEqual([
      '✓ lint', '✓ generate', '✓ typecheck', '✓ mock', '✓ tests', '✓ demo',
    ]);
    expect(result).toMatchObject({ ok: true, failed: [] });
    expect(readFileSync(api.output, 'utf8')).toContain('getThing');
    expect(calls).toEqual(['typecheck', 'mock commit', 'test 2 http://127.0.0.1:1']);
  });
});
