// @ts-check
// The inventory view of a change: which operations, schemas and schema fields appear or disappear (what the docs
// "changes" page lists next to the classification in ./classify.mjs).

export const METHODS = /** @type {const} */ (['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/**
 * @typedef {object} OperationRef
 * @property {string} method          upper case
 * @property {string} path
 * @property {string | undefined} operationId
 * @property {string | undefined} summary
 *
 * @typedef {object} SchemaChange
 * @property {string} name
 * @property {string[]} added     field paths, e.g. "meta.@href" or "items[].id"
 * @property {string[]} removed
 *
 * @typedef {object} Inventory
 * @property {{ added: OperationRef[], removed: OperationRef[], renamed: { from: OperationRef, to: OperationRef }[] }} operations
 * @property {{ added: SchemaChange[], removed: SchemaChange[], changed: SchemaChange[] }} schemas
 */

/**
 * Every operation of a bundled spec, keyed "METHOD path".
 * @param {any} spec
 * @returns {Map<string, OperationRef>}
 */
export function operationsOf(spec) {
  /** @type {Map<string, OperationRef>} */
  const ops = new Map();
  for (const [path, item] of Object.entries(spec?.paths ?? {})) {
    for (const method of METHODS) {
      const op = /** @type {any} */ (item)?.[method];
      if (!op) continue;
      const ref = { method: method.toUpperCase(), path, operationId: op.operationId, summary: op.summary };
      ops.set(`${ref.method} ${path}`, ref);
    }
  }
  return ops;
}

/**
 * The field paths of one component schema: its properties, the properties of its allOf/oneOf/anyOf members and,
 * recursively, of inline objects ("meta.@href") and array items ("items[].id"). A $ref to another component
 * is not followed (that component is listed on its own), except inside allOf, where it is part of this schema.
 * @param {any} schema
 * @param {any} spec       the bundled document, to resolve local $refs in allOf
 * @param {string} [prefix]
 * @param {Set<any>} [ancestors]  guards against cycles (an allOf member referring back)
 * @returns {string[]}
 */
export function fieldsOf(schema, spec, prefix = '', ancestors = new Set()) {
  if (!schema || typeof schema !== 'object' || ancestors.has(schema)) return [];
  ancestors.add(schema);
  /** @type {string[]} */
  const fields = [];
  for (const [name, sub] of Object.entries(schema.properties ?? {})) {
    const path = `${prefix}${name}`;
    fields.push(path);
    if (!(/** @type {any} */ (sub)?.$ref)) fields.push(...fieldsOf(sub, spec, `${path}.`, ancestors));
  }
  if (schema.items && !schema.items.$ref) {
    fields.push(...fieldsOf(schema.items, spec, prefix ? `${prefix.slice(0, -1)}[].` : '[].', ancestors));
  }
  for (const member of schema.allOf ?? []) {
    fields.push(...fieldsOf(member?.$ref ? resolveLocal(spec, member.$ref) : member, spec, prefix, ancestors));
  }
  for (const key of ['oneOf', 'anyOf']) {
    for (const member of schema[key] ?? []) {
      if (!member?.$ref) fields.push(...fieldsOf(member, spec, prefix, ancestors));
    }
  }
  ancestors.delete(schema);
  return [...new Set(fields)];
}

/** @param {any} spec @param {string} ref */
function resolveLocal(spec, ref) {
  if (!ref.startsWith('#/')) return undefined;
  return ref
    .slice(2)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((node, key) => node?.[key], spec);
}

/**
 * @param {any} spec
 * @returns {Map<string, string[]>} component schema name → field paths
 */
export function schemaFieldsOf(spec) {
  return new Map(Object.entries(spec?.components?.schemas ?? {}).map(([name, schema]) => [name, fieldsOf(schema, spec)]));
}

/**
 * Compares two bundled specs. `before` undefined means the spec is new: everything counts as added.
 * @param {any} before
 * @param {any} after
 * @returns {Inventory}
 */
export function diffInventory(before, after) {
  const oldOps = operationsOf(before);
  const newOps = operationsOf(after);
  const operations = {
    added: [...newOps].filter(([k]) => !oldOps.has(k)).map(([, v]) => v),
    removed: [...oldOps].filter(([k]) => !newOps.has(k)).map(([, v]) => v),
    renamed: [...newOps]
      .filter(([k, v]) => oldOps.has(k) && oldOps.get(k)?.operationId !== v.operationId)
      .map(([k, to]) => ({ from: /** @type {OperationRef} */ (oldOps.get(k)), to })),
  };

  const oldSchemas = schemaFieldsOf(before);
  const newSchemas = schemaFieldsOf(after);
  /** @type {Inventory['schemas']} */
  const schemas = { added: [], removed: [], changed: [] };
  for (const [name, fields] of newSchemas) {
    const old = oldSchemas.get(name);
    if (!old) {
      schemas.added.push({ name, added: fields, removed: [] });
      continue;
    }
    const added = fields.filter((f) => !old.includes(f));
    const removed = old.filter((f) => !fields.includes(f));
    if (added.length || removed.length) schemas.changed.push({ name, added, removed });
  }
  for (const [name, fields] of oldSchemas) {
    if (!newSchemas.has(name)) schemas.removed.push({ name, added: [], removed: fields });
  }
  return { operations, schemas };
}
