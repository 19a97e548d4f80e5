// @ts-check
// The CONSTRAINTS table: the spec's argument rules, followed through $refs across files, for a throw-away spec;
// and for the registered specs, the same facts as the spec itself (the spec is the oracle).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFiles } from '@session-apis/test-kit';
import { bundle, createConfig } from '@redocly/openapi-core';
import { findRepoRoot, getApi } from '@session-apis/registry';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderConstraints } from '../src/constraints.mjs';

/**
 * The CONSTRAINTS table a rendered source exports, by running it (TypeScript → JS, imported).
 * @param {string} source
 */
const tableOf = async (source) => {
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
  return (await import(`data:text/javascript,${encodeURIComponent(js)}`)).CONSTRAINTS;
};

const dir = mkdtempSync(join(tmpdir(), 'constraints-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('renderConstraints', () => {
  writeFiles(dir, {
    'openapi.yaml': `openapi: 3.1.0
info: { title: Demo, version: "1.0.0" }
paths:
  /things/{id}:
    $ref: paths/thing.yaml
`,
    'paths/thing.yaml': `parameters:
  - $ref: ../components/parameters.yaml#/Id
get:
  operationId: getThing
  parameters:
    - $ref: ../components/parameters.yaml#/Limit
    - { name: when, in: query, schema: { type: string, format: date-time, description: ignored } }
    - { name: any, in: query, schema: { oneOf: [{ type: string }, { type: integer }] } }
    - { name: X-Trace, in: header, required: true, schema: { type: string, format: uuid } }
    - { name: c, in: cookie, schema: { type: string } }
  responses: { "200": { description: ok } }
put:
  operationId: putThing
  requestBody:
    content:
      application/json:
        schema: { $ref: ../components/schemas.yaml#/Thing }
  responses: { "200": { description: ok } }
`,
    'components/parameters.yaml': `Id: { name: id, in: path, required: true, schema: { type: string, minLength: 1, pattern: "^[^/]+$" } }
Limit: { name: Limit, in: query, schema: { type: integer, minimum: 1, maximum: 1000, default: 25 }, example: 50 }
`,
    'components/schemas.yaml': `Thing:
  type: object
  required: [kind]
  properties:
    kind: { $ref: '#/Kind' }
    tags: { type: array, minItems: 1, items: { type: string, maxLength: 8, minLength: 2 } }
    note: { type: string, description: free text }
Kind: { type: string, enum: [A, B] }
`,
  });
  /** @type {any} */
  let table;
  beforeAll(async () => {
    table = await tableOf(renderConstraints(join(dir, 'openapi.yaml')));
  });

  it('parameters by location, path-level ones included, each group closed; only checkable keywords kept', () => {
    expect(table.getThing).toEqual({
      path: { properties: { id: { type: 'string', minLength: 1, pattern: '^[^/]+$' } }, additionalProperties: false, required: ['id'] },
      query: {
        properties: { Limit: { type: 'integer', minimum: 1, maximum: 1000 }, when: { type: 'string', format: 'date-time' }, any: {} },
        additionalProperties: false,
      },
      header: { properties: { 'X-Trace': { type: 'string' } }, additionalProperties: false, required: ['X-Trace'] },
    });
  });

  it('the JSON body, with $refs inside the schemas file followed; the path-level parameter applies here too', () => {
    expect(table.putThing).toEqual({
      path: table.getThing.path,
      body: {
        type: 'object',
        properties: { kind: { type: 'string', enum: ['A', 'B'] }, tags: { type: 'array', minItems: 1, items: { type: 'string', minLength: 2 } }, note: { type: 'string' } },
        required: ['kind'],
      },
    });
  });
});

describe('the registered specs', () => {
  const repoRoot = findRepoRoot(process.cwd());
  /** The spec with every $ref followed, by Redocly (an independent reader). @param {string} name */
  const loadSpec = async (name) =>
    (await bundle({ ref: getApi(name, repoRoot).root, config: await createConfig({ extends: [] }), dereference: true })).bundle.parsed;

  it('PVWA: the query rules and enums are the spec’s', async () => {
    const spec = await loadSpec('cyberark-pvwa');
    const table = await tableOf(renderConstraints(getApi('cyberark-pvwa', repoRoot).root));
    const { properties } = table.listLiveSessions.query;
    expect(properties.Limit).toMatchObject({ type: 'integer', minimum: spec.components.parameters.Limit.schema.minimum });
    expect(properties.Sort.enum).toEqual(spec.components.parameters.Sort.schema.enum);
    expect(table.logon.path.properties.type.enum).toEqual(spec.components.schemas.LogonType.enum);
  });

  it('Sentinel: the PUT body’s session-type enum and date-time are the spec’s', async () => {
    const spec = await loadSpec('sentinel');
    const table = await tableOf(renderConstraints(getApi('sentinel', repoRoot).root));
    expect(table.updateUserSession.body.properties['session-type'].enum).toEqual(spec.components.schemas.SessionType.enum);
    expect(table.updateUserSession.body.properties.start).toEqual({ type: 'string', format: 'date-time' });
    expect(table.updateUserSession.path.required).toEqual(['SessionKey']);
  });
});
