// @ts-check
// Read-only access to a registered API's spec for contract tests: the tests take their expectations (operations,
// examples, status codes) from the spec itself, so the spec, not the test, is the oracle.
import { bundle, createConfig } from '@redocly/openapi-core';
import { getApi } from '@session-apis/registry';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

/** @type {Map<string, Promise<any>>} */
const cache = new Map();

/**
 * The API's spec bundled into one document with every $ref resolved.
 * @param {string} apiName
 * @returns {Promise<any>}
 */
export function loadSpec(apiName) {
  let spec = cache.get(apiName);
  if (!spec) {
    spec = (async () => {
      const config = await createConfig({ extends: [] });
      const result = await bundle({ ref: getApi(apiName).root, config, dereference: true });
      return result.bundle.parsed;
    })();
    cache.set(apiName, spec);
  }
  return spec;
}

/**
 * @typedef {object} Operation
 * @property {string} operationId
 * @property {string} method   upper case
 * @property {string} path
 * @property {any} definition  the operation object
 */

/** @param {string} apiName @returns {Promise<Operation[]>} */
export async function listOperations(apiName) {
  const spec = await loadSpec(apiName);
  return Object.entries(spec.paths ?? {}).flatMap(([path, item]) =>
    METHODS.filter((m) => /** @type {any} */ (item)[m]).map((m) => {
      const definition = /** @type {any} */ (item)[m];
      return { operationId: definition.operationId, method: m.toUpperCase(), path, definition };
    }),
  );
}

/** @param {string} apiName @param {string} operationId */
export async function getOperation(apiName, operationId) {
  const op = (await listOperations(apiName)).find((o) => o.operationId === operationId);
  if (!op) throw new Error(`${apiName}: no operation ${operationId}`);
  return op;
}

/**
 * The value of a named (or the first) example of a response, e.g. responseExample('sentinel', 'getUserSession', 200).
 * @param {string} apiName
 * @param {string} operationId
 * @param {number | string} status
 * @param {{ mediaType?: string, example?: string }} [options]
 */
export async function responseExample(apiName, operationId, status, options = {}) {
  const op = await getOperation(apiName, operationId);
  const response = op.definition.responses?.[String(status)];
  if (!response) throw new Error(`${apiName} ${operationId}: no ${status} response`);
  const mediaType = options.mediaType ?? Object.keys(response.content ?? {})[0];
  const media = mediaType ? response.content?.[mediaType] : undefined;
  if (!media) throw new Error(`${apiName} ${operationId} ${status}: no content ${mediaType ?? ''}`);
  if (media.examples) {
    const key = options.example ?? Object.keys(media.examples)[0];
    const example = key ? media.examples[key] : undefined;
    if (!example) throw new Error(`${apiName} ${operationId} ${status}: no example ${options.example}`);
    return example.value;
  }
  if ('example' in media) return media.example;
  throw new Error(`${apiName} ${operationId} ${status} ${mediaType}: no example`);
}
