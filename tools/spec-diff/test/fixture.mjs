// @ts-check
// A throw-away git repository laid out like this one (redocly.yaml registry, a multi-file spec, a client package
// with generated types), for the tests of spec-diff, the changeset check and the docs changes page.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commitAll, git, writeFiles } from '@session-apis/test-kit';

/**
 * The demo API's spec and generated types in one state.
 * @param {{ petProps?: Record<string, any>, petRequired?: string[], schemaName?: string, exportName?: string, kinds?: string[] }} [v]
 */
export function demoFiles(v = {}) {
  const schemaName = v.schemaName ?? 'Pet';
  const petProps = v.petProps ?? { id: { type: 'string' }, name: { type: 'string' }, tag: { type: 'string' } };
  const schema = { type: 'object', required: v.petRequired ?? ['id'], properties: { ...petProps, kind: { type: 'string', enum: v.kinds ?? ['cat', 'dog'] } } };
  const tsProps = Object.keys(petProps).map((p) => `${p}${(v.petRequired ?? ['id']).includes(p) ? '' : '?'}: string;`).join(' ');
  const exportName = v.exportName ?? 'Pet';
  return {
    'specs/demo/components/schemas.yaml': { [schemaName]: schema },
    'specs/demo/openapi.yaml': {
      openapi: '3.1.0',
      info: { title: 'Demo', version: '1.0.0' },
      paths: {
        '/pets/{id}': {
          get: {
            operationId: 'getPet',
            summary: 'Get a pet',
            parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
            responses: { '200': { description: 'The pet.', content: { 'application/json': { schema: { $ref: `#/components/schemas/${schemaName}` } } } } },
          },
        },
      },
      components: { schemas: { [schemaName]: { $ref: `components/schemas.yaml#/${schemaName}` } } },
    },
    'packages/demo/src/generated/schema.ts': `export interface components {\n  schemas: {\n    ${schemaName}: { ${tsProps} kind?: ${(v.kinds ?? ['cat', 'dog']).map((k) => JSON.stringify(k)).join(' | ')} };\n  };\n}\n`,
    'packages/demo/src/index.ts':
      `export type { components } from './generated/schema.js';\nimport type { components } from './generated/schema.js';\n` +
      `export type ${exportName} = components['schemas']['${schemaName}'];\nexport { createDemoClient } from './client.js';\n`,
  };
}

/**
 * A repository with the demo API committed on `main` (tagged `v0.1.0` when `tag` is set).
 * @param {{ version?: string, tag?: boolean }} [options]
 */
export function makeRegistryRepo({ version = '0.1.0', tag = false } = {}) {
  const repo = mkdtempSync(join(tmpdir(), 'spec-diff-repo-'));
  git(repo, 'init', '-q');
  writeFiles(repo, {
    'pnpm-workspace.yaml': 'packages:\n  - packages/*\n',
    'redocly.yaml': { apis: { demo: { root: 'specs/demo/openapi.yaml', 'x-openapi-ts': { output: 'packages/demo/src/generated/schema.ts' } } } },
    'packages/demo/package.json': {
      name: '@demo/client',
      version,
      type: 'module',
      exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' } },
    },
    'packages/demo/src/client.ts': 'export function createDemoClient(): number {\n  return 1;\n}\n',
    ...demoFiles(),
  });
  commitAll(repo, 'demo API');
  if (tag) git(repo, 'tag', 'v0.1.0');
  return { repo, cleanup: () => rmSync(repo, { recursive: true, force: true }) };
}
