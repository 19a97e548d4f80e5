// @ts-check
// The files `pnpm new-api` writes. A working starting point, not a vendor's API: one GET operation with an
// example, a client on the shared runtime, a contract test against Prism. Each is meant to be edited.

/**
 * @typedef {object} Names
 * @property {string} name      registry and folder name, kebab-case: `acme-vault`
 * @property {string} pascal    `AcmeVault`
 * @property {string} camel     `acmeVault`
 * @property {string} title     human title of the API
 * @property {string} summary   one line
 * @property {string} packageName  `@session-apis/acme-vault`
 */

/** @param {Names} n */
export const spec = (n) => `openapi: 3.1.0
info:
  title: ${n.title}
  version: 0.1.0
  summary: ${n.summary}
  description: |
    A hand-written description of the ${n.title} REST API, the source of the \`${n.packageName}\` client:
    its types are generated from this file and its contract tests run against a mock that serves it.

    Scaffolded by \`pnpm new-api\` with one example operation: replace it with the vendor's real operations,
    schemas, error bodies and examples (they feed the docs and the Prism mock).
  contact:
    name: session-apis maintainers
  license:
    name: MIT
    identifier: MIT
servers:
  - url: https://{host}
    description: The server's REST endpoint.
    variables:
      host:
        default: ${n.name}.example.com
        description: Host name of the server.
security:
  - BearerToken: []
tags:
  - name: Items
    description: An example resource; replace it with the vendor's.
paths:
  /items/{itemId}:
    get:
      operationId: getItem
      summary: Get one item
      description: Returns one item by its id. (A starting point; replace with a real operation.)
      tags:
        - Items
      parameters:
        - $ref: '#/components/parameters/ItemId'
      responses:
        '200':
          description: The item.
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Item'
              examples:
                item:
                  summary: An item
                  value:
                    id: item-0001
                    name: First item
                    createdAt: '2026-01-15T09:30:00Z'
        '401':
          $ref: '#/components/responses/Unauthorized'
        '404':
          $ref: '#/components/responses/NotFound'
components:
  securitySchemes:
    BearerToken:
      type: http
      scheme: bearer
      description: The token, sent in the Authorization header as \`Bearer <token>\`. Change this to the vendor's scheme.
  parameters:
    ItemId:
      name: itemId
      in: path
      required: true
      description: The item's id.
      schema:
        type: string
        minLength: 1
      example: item-0001
  schemas:
    Item:
      type: object
      description: An example resource.
      required:
        - id
        - name
      properties:
        id:
          type: string
          description: The item's id.
        name:
          type: string
          description: The item's display name.
        createdAt:
          type: string
          format: date-time
          description: When the item was created.
    Error:
      type: object
      description: The error body. Replace with the vendor's own shape.
      required:
        - code
        - message
      properties:
        code:
          type: string
          description: A machine-readable error code.
        message:
          type: string
          description: A human-readable description.
  responses:
    Unauthorized:
      description: The token is missing, invalid or expired.
      content:
        application/json:
          schema:
            $ref: '#/components/schemas/Error'
          examples:
            unauthorized:
              summary: No valid token
              value:
                code: UNAUTHORIZED
                message: The token is missing, invalid or expired.
    NotFound:
      description: No item with this id.
      content:
        application/json:
          schema:
            $ref: '#/components/schemas/Error'
          examples:
            notFound:
              summary: Unknown id
              value:
                code: NOT_FOUND
                message: No item with id item-9999.
`;

/** @param {Names} n */
export const packageJson = (n) =>
  `${JSON.stringify(
    {
      name: n.packageName,
      version: '0.0.0',
      // Not published until it is a real client: remove `private` then (and add it to the release docs).
      private: true,
      description: `Typed client for the ${n.title} REST API, generated from specs/${n.name}`,
      license: 'MIT',
      type: 'module',
      sideEffects: false,
      engines: { node: '>=20.19' },
      exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' }, './package.json': './package.json' },
      files: ['dist', 'src'],
      scripts: {
        generate: `session-apis-codegen ${n.name}`,
        build: "node -e \"require('node:fs').rmSync('dist', { recursive: true, force: true })\" && tsc -p tsconfig.build.json",
        typecheck: 'tsc -p tsconfig.json --noEmit',
        test: 'vitest run',
        docs: 'session-apis-docs page',
        lint: `redocly lint ${n.name} --config ../../redocly.yaml && tsc -p tsconfig.json --noEmit`,
      },
      dependencies: { '@session-apis/client-runtime': 'workspace:^', 'openapi-fetch': 'catalog:' },
      devDependencies: {
        '@redocly/cli': 'catalog:',
        '@session-apis/codegen': 'workspace:*',
        '@session-apis/docs-tools': 'workspace:*',
        '@session-apis/mock': 'workspace:*',
        '@session-apis/test-kit': 'workspace:*',
        '@types/node': 'catalog:',
        typescript: 'catalog:',
        vitest: 'catalog:',
      },
    },
    null,
    2,
  )}\n`;

/** @param {Names} n */
export const turboJson = (n) =>
  `${JSON.stringify(
    {
      $schema: 'https://turborepo.com/schema.json',
      extends: ['//'],
      tasks: {
        generate: {
          inputs: [`$TURBO_ROOT$/specs/${n.name}/**`, '$TURBO_ROOT$/redocly.yaml', '$TURBO_ROOT$/tools/codegen/src/**', '!src/generated/**'],
          outputs: ['src/generated/**'],
        },
        lint: { dependsOn: ['^build', 'build'], inputs: ['$TURBO_DEFAULT$', `$TURBO_ROOT$/specs/${n.name}/**`, '$TURBO_ROOT$/redocly.yaml'] },
        docs: {
          inputs: [`$TURBO_ROOT$/specs/${n.name}/**`, '$TURBO_ROOT$/redocly.yaml', '$TURBO_ROOT$/tools/docs/src/**'],
          outputs: ['api-docs/**'],
        },
      },
    },
    null,
    2,
  )}\n`;

export const tsconfig = () => `{
  "extends": "../../tsconfig.base.json",
  "compilerOptions": {
    "noEmit": true,
    "types": ["node", "vitest/importMeta"]
  },
  "include": ["src", "test", "vitest.config.ts"]
}
`;

export const tsconfigBuild = () => `{
  "extends": "../../tsconfig.base.json",
  "compilerOptions": {
    "rootDir": "src",
    "outDir": "dist",
    "types": ["node"]
  },
  "include": ["src"]
}
`;

export const vitestConfig = () => `import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Starts Prism for this package's API on a free port; tests read it with mockUrl() from @session-apis/test-kit.
    globalSetup: ['@session-apis/mock/vitest-setup'],
    testTimeout: 20_000,
  },
});
`;

/** @param {Names} n */
export const clientSource = (n) => `/**
 * \`create${n.pascal}Client\`: the openapi-fetch client typed by the generated \`paths\`, on the shared runtime
 * transport (Authorization header, per-attempt timeout, safe retries, typed errors, redaction).
 * Scaffolded by \`pnpm new-api\`: set the vendor's Authorization format and error body, then add high-level methods.
 */
import {
  type ClientOptionsBase,
  type VendorErrorAdapter,
  createTransport,
  isRecord,
  staticToken,
  transportOptionsFrom,
} from '@session-apis/client-runtime';
import { checkClientOptions, invalid } from '@session-apis/client-runtime/internal';
import createClient, { type Client } from 'openapi-fetch';
import type { components, paths } from './generated/schema.js';

export type { components, operations, paths } from './generated/schema.js';
export type ${n.pascal}Error = components['schemas']['Error'];

export interface ${n.pascal}ClientOptions extends ClientOptionsBase {
  /** The vendor's token (sent as \`Authorization: Bearer <token>\`; change the format below if it differs). */
  token: string;
}

/** Reads the vendor's error body into \`HttpError.vendorError\` (pass it to \`call()\` / \`unwrap()\`). */
export const ${n.camel}Errors: VendorErrorAdapter<${n.pascal}Error> = {
  parse: (body) => (isRecord(body) && typeof body.code === 'string' && typeof body.message === 'string' ? (body as ${n.pascal}Error) : undefined),
  describe: (error) => \`\${error.code} \${error.message}\`,
};

export function create${n.pascal}Client(options: ${n.pascal}ClientOptions): Client<paths> {
  const { baseUrl, token } = checkClientOptions(options);
  if (token === undefined) return invalid('token', 'required', 'token is required');
  const transport = createTransport({
    auth: staticToken(token, (t) => \`Bearer \${t}\`),
    secrets: () => [token],
    ...transportOptionsFrom(options),
  });
  return createClient<paths>({ baseUrl: baseUrl.href, fetch: transport.fetch });
}
`;

/** @param {Names} n */
export const contractTest = (n) => `// Contract test: the client against Prism serving specs/${n.name} (started by the vitest global setup).
import { AuthenticationError, call } from '@session-apis/client-runtime';
import { responseExample } from '@session-apis/mock/spec';
import { mockApi, mockUrl } from '@session-apis/test-kit';
import { expect, it } from 'vitest';
import { create${n.pascal}Client, ${n.camel}Errors } from '../src/index.js';

const baseUrl = mockUrl();
const api = mockApi();

it('getItem: the response equals the spec example', async () => {
  const client = create${n.pascal}Client({ baseUrl, token: 'test-token' });
  const item = await call(client.GET('/items/{itemId}', { params: { path: { itemId: 'item-0001' } } }), ${n.camel}Errors);
  expect(item).toEqual(await responseExample(api, 'getItem', 200));
});

it('getItem without a token: 401 from the spec', async () => {
  const response = await fetch(\`\${baseUrl}/items/item-0001\`);
  expect(response.status).toBe(401);
});

it('Prefer: code=404 gives the typed vendor error', async () => {
  const client = create${n.pascal}Client({ baseUrl, token: 'test-token' });
  const failure = call(
    client.GET('/items/{itemId}', { params: { path: { itemId: 'item-9999' } }, headers: { Prefer: 'code=404' } }),
    ${n.camel}Errors,
  );
  await expect(failure).rejects.toMatchObject({ status: 404, vendorError: await responseExample(api, 'getItem', 404) });
  await expect(failure).rejects.not.toBeInstanceOf(AuthenticationError);
});
`;

/** @param {Names} n */
export const readme = (n) => `# ${n.packageName}

Typed client for the ${n.title} REST API, generated from [\`specs/${n.name}\`](../../specs/${n.name}) by
\`pnpm new-api\`. Private until it is a real client (high-level methods, the vendor's auth and error body,
tests for them); then remove \`"private": true\` from package.json.

\`\`\`ts
import { call } from '@session-apis/client-runtime';
import { create${n.pascal}Client, ${n.camel}Errors } from '${n.packageName}';

const client = create${n.pascal}Client({ baseUrl: 'https://${n.name}.example.com', token: process.env.TOKEN! });
const item = await call(client.GET('/items/{itemId}', { params: { path: { itemId: 'item-0001' } } }), ${n.camel}Errors);
\`\`\`

## Development

\`\`\`sh
pnpm generate   # src/generated/schema.ts from the spec (never edit it by hand)
pnpm test       # the contract test runs the client against Prism serving the spec
\`\`\`
`;
