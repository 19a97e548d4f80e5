// @ts-check
// The argument constraints of every operation, taken from the spec (type, enum, minimum, maximum, minLength,
// pattern, format date-time, minItems, required), so that a client checks its arguments before any
// request by the spec's own rules instead of a hand-written copy that would drift. Only the keywords the runtime's
// checker (`checkSchema` in @session-apis/client-runtime/internal) applies are kept; the rest is left to the server.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];
// maxLength, maxItems and the like are left to the server: no spec here uses them, and each costs the checker bytes.
const NUMBER_KEYS = ['minimum', 'maximum', 'minLength', 'minItems'];
/** The only `format` checked: the others the specs use (uri, int64, password, binary) say nothing a client can check cheaply. */
const FORMATS = ['date-time'];

/** @typedef {{ value: any, file: string }} Located  a spec node and the file its relative `$ref`s resolve from */

/** @type {Map<string, any>} */
const files = new Map();
/** @param {string} file */
function load(file) {
  if (!files.has(file)) files.set(file, parseYaml(readFileSync(file, 'utf8')));
  return files.get(file);
}

/**
 * Follows `$ref`s (to another file, a pointer in it, or `#/…` in the same file) until a node without one.
 * @param {any} value
 * @param {string} file
 * @returns {Located}
 */
function deref(value, file) {
  for (let hops = 0; value && typeof value === 'object' && typeof value.$ref === 'string'; hops++) {
    if (hops > 20) throw new Error(`${file}: $ref chain too long at ${value.$ref}`);
    const [filePart = '', pointer = ''] = value.$ref.split('#');
    file = filePart ? resolve(dirname(file), filePart) : file;
    value = load(file);
    for (const token of pointer.split('/').filter(Boolean)) value = value?.[token.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return { value, file };
}

/**
 * The checkable part of a schema, or undefined when nothing in it is checkable. `oneOf`/`anyOf`/`allOf` are not
 * followed: a union would need the whole validator, and the server checks it anyway.
 * @param {any} raw
 * @param {string} from
 * @returns {Record<string, unknown> | undefined}
 */
function compact(raw, from) {
  const { value: s, file } = deref(raw, from);
  if (!s || typeof s !== 'object') return undefined;
  /** @type {Record<string, unknown>} */
  const out = {};
  if (typeof s.type === 'string') out.type = s.type;
  if (Array.isArray(s.enum)) out.enum = s.enum;
  for (const key of NUMBER_KEYS) if (typeof s[key] === 'number') out[key] = s[key];
  if (typeof s.pattern === 'string') out.pattern = s.pattern;
  if (FORMATS.includes(s.format)) out.format = s.format;
  if (s.items) {
    const items = compact(s.items, file);
    if (items) out.items = items;
  }
  if (s.properties && typeof s.properties === 'object') {
    /** @type {Record<string, unknown>} */
    const properties = {};
    for (const [name, p] of Object.entries(s.properties)) {
      const c = compact(p, file);
      if (c) properties[name] = c;
    }
    if (Object.keys(properties).length > 0) out.properties = properties;
  }
  if (Array.isArray(s.required) && s.required.length > 0) out.required = s.required;
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * One operation's constraints: `path`, `query` and `header` as object schemas of their parameters (every
 * parameter listed, so an unknown name can be refused: `additionalProperties: false`), and `body` (JSON).
 * @param {any} op
 * @param {any} item  the path item (its `parameters` apply to every operation under it)
 * @param {string} file  the file that holds `op` and `item`
 */
function operationConstraints(op, item, file) {
  /** @type {Record<string, { properties: Record<string, unknown>, required?: string[], additionalProperties: false }>} */
  const groups = {};
  const byName = new Map();
  // Operation-level parameters override path-level ones of the same name and location.
  for (const raw of [...(item?.parameters ?? []), ...(op.parameters ?? [])]) {
    const { value: p, file: pFile } = deref(raw, file);
    if (!p || typeof p.name !== 'string' || typeof p.in !== 'string' || p.in === 'cookie') continue;
    byName.set(`${p.in}:${p.name}`, { p, pFile });
  }
  for (const { p, pFile } of byName.values()) {
    const group = (groups[p.in] ??= { properties: {}, additionalProperties: false });
    group.properties[p.name] = compact(p.schema, pFile) ?? {};
    if (p.required === true) (group.required ??= []).push(p.name);
  }
  /** @type {Record<string, unknown>} */
  const entry = { ...groups };
  const { value: body, file: bodyFile } = deref(op.requestBody, file);
  const json = body?.content?.['application/json'];
  if (json?.schema) {
    const schema = compact(json.schema, bodyFile);
    if (schema) entry.body = schema;
  }
  return entry;
}

/** The name of one operation's constraints export: `listLiveSessions` → `listLiveSessionsArgs`. @param {string} id */
export const argsExportOf = (id) => `${id.replace(/[^A-Za-z0-9_$]/g, '_').replace(/^(?=[0-9])/, '_')}Args`;

/**
 * The constraints source (appended to operations.ts): one export per operation (`<operationId>Args`, so a bundle
 * keeps only those a client imports), and `CONSTRAINTS`, all of them by operationId.
 * @param {string} rootFile
 */
export function renderConstraints(rootFile) {
  files.clear(); // a fresh read per run: `pnpm dev` regenerates in one process after each save
  const spec = load(rootFile);
  /** @type {Map<string, Record<string, unknown>>} */
  const table = new Map();
  for (const raw of Object.values(spec?.paths ?? {})) {
    const { value: item, file } = deref(raw, rootFile);
    for (const method of HTTP_METHODS) {
      const op = item?.[method];
      if (op && typeof op.operationId === 'string') table.set(op.operationId, operationConstraints(op, item, file));
    }
  }
  let out =
    `\n// The argument constraints of each operation, from the spec: \`path\`, \`query\` and \`header\` as object schemas\n` +
    `// of its parameters, \`body\` its JSON request body; only what the runtime's checkSchema applies.\n`;
  // A rule that another operation already has is written once: the later one names the earlier (the same path
  // parameter under every /LiveSessions/{liveSessionId}/… operation, say), so the file says each rule once.
  /** @type {Map<string, string>} an entry's or a group's JSON → the expression of its first appearance */
  const first = new Map();
  for (const [id, entry] of table) {
    const name = argsExportOf(id);
    const whole = Object.keys(entry).length ? first.get(JSON.stringify(entry)) : undefined;
    if (whole) {
      out += `\nexport const ${name} = ${whole};\n`;
      continue;
    }
    first.set(JSON.stringify(entry), name);
    const members = Object.entries(entry).map(([key, value]) => {
      const json = JSON.stringify(value);
      const earlier = first.get(json);
      if (!earlier) first.set(json, `${name}.${key}`);
      return `  ${JSON.stringify(key)}: ${earlier ?? JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')}`;
    });
    out += `\nexport const ${name} = ${members.length ? `{\n${members.join(',\n')}\n}` : '{}'} as const;\n`;
  }
  const all = [...table.keys()].map((id) => `  ${JSON.stringify(id)}: ${argsExportOf(id)},\n`).join('');
  return `${out}\n/** Every operation's constraints by operationId (a bundle that imports this keeps all of them). */\nexport const CONSTRAINTS = {\n${all}} as const;\n`;
}
