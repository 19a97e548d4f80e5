// @ts-check
// Classifies every change between two bundled specs: operations (matched by method and path, path parameter
// names ignored), their parameters, request bodies, responses, security and servers; then each component schema
// once, in the directions its users read or write it (see ./schema.mjs).
import { Findings, code, ptr, same, show, sortFindings } from './findings.mjs';
import { METHODS } from './inventory.mjs';
import { compareSchema, deref, schemaRefName } from './schema.mjs';

/** @typedef {import('./findings.mjs').Finding} Finding @typedef {import('./schema.mjs').Direction} Direction */

const OP_DOC_KEYS = ['summary', 'description', 'tags', 'externalDocs'];
const OP_KEYS = new Set([...OP_DOC_KEYS, 'operationId', 'deprecated', 'security', 'servers', 'parameters', 'requestBody', 'responses']);

/**
 * @param {any} before  bundled spec at the base; undefined when the spec is new
 * @param {any} after   bundled spec now
 * @returns {Finding[]} most severe first
 */
export function classify(before, after) {
  const newSpec = after ?? { paths: {} };
  const out = new Findings();
  if (!before) {
    // A new spec: what it offers, without comparing servers or security against nothing.
    for (const n of operationsByKey(newSpec).values()) out.add('non-breaking', 'operation-added', n.pointer, `new operation ${n.method.toUpperCase()} ${n.path}`, n.op.operationId);
    for (const name of Object.keys(newSpec.components?.schemas ?? {})) out.add('non-breaking', 'schema-added', ptr('#/components/schemas', name), `new schema ${name}`);
    return out.list;
  }
  const oldSpec = before;
  const cmp = { oldSpec, newSpec, out };

  for (const key of new Set([...Object.keys(oldSpec.info ?? {}), ...Object.keys(newSpec.info ?? {})])) {
    if (!same(oldSpec.info?.[key], newSpec.info?.[key])) out.add('docs-only', 'info-changed', ptr('#/info', key), `info.${key} changed`);
  }
  if (!same(oldSpec.tags, newSpec.tags)) out.add('docs-only', 'tags-changed', '#/tags', 'tag list or tag descriptions changed');
  compareServers(oldSpec.servers, newSpec.servers, '#/servers', 'servers', undefined, out);
  compareSecuritySchemes(oldSpec, newSpec, out);

  const oldOps = operationsByKey(oldSpec);
  const newOps = operationsByKey(newSpec);
  const newPaths = new Set([...newOps.values()].map((o) => o.pathKey));
  for (const [key, o] of oldOps) {
    if (newOps.has(key)) continue;
    const id = o.op.operationId;
    if (!newPaths.has(o.pathKey)) out.add('breaking', 'path-removed', o.pointer, `path ${o.path} removed: callers of its ${o.method.toUpperCase()} break`, id);
    else out.add('breaking', 'operation-removed', o.pointer, `${o.method.toUpperCase()} ${o.path} removed: callers of it break`, id);
  }
  for (const [key, n] of newOps) {
    const o = oldOps.get(key);
    if (!o) out.add('non-breaking', 'operation-added', n.pointer, `new operation ${n.method.toUpperCase()} ${n.path}`, n.op.operationId);
    else compareOperation(o, n, cmp);
  }

  compareComponentSchemas(oldSpec, newSpec, out);
  return sortFindings(out.list);
}

/**
 * @typedef {{ path: string, pathKey: string, method: string, op: any, item: any, pointer: string }} OpEntry
 * @param {any} spec
 * @returns {Map<string, OpEntry>} keyed "get /pets/{}" (parameter names dropped: renaming one moves no URL)
 */
function operationsByKey(spec) {
  /** @type {Map<string, OpEntry>} */
  const ops = new Map();
  for (const [path, rawItem] of Object.entries(spec?.paths ?? {})) {
    const item = deref(spec, rawItem);
    const pathKey = path.replace(/\{[^}]*\}/g, '{}');
    for (const method of METHODS) {
      if (!item?.[method]) continue;
      ops.set(`${method} ${pathKey}`, { path, pathKey, method, op: item[method], item, pointer: ptr('#/paths', path, method) });
    }
  }
  return ops;
}

/**
 * @typedef {{ oldSpec: any, newSpec: any, out: Findings }} Cmp
 * @param {OpEntry} o @param {OpEntry} n @param {Cmp} cmp
 */
function compareOperation(o, n, cmp) {
  const { out } = cmp;
  const id = n.op.operationId ?? o.op.operationId;
  const at = n.pointer;
  if (o.op.operationId !== n.op.operationId) {
    out.add('breaking', 'operation-id-changed', ptr(at, 'operationId'),
      `operationId ${show(o.op.operationId)} → ${show(n.op.operationId)}: \`operations[${show(o.op.operationId)}]\` in the generated types is gone`, id);
  }
  if (o.path !== n.path) {
    out.add('breaking', 'path-parameter-renamed', at, `path ${o.path} → ${n.path}: the URL is the same, but typed callers name the path and its parameters`, id);
  }
  for (const key of OP_DOC_KEYS) {
    if (!same(o.op[key], n.op[key])) out.add('docs-only', 'operation-docs', ptr(at, key), `${key} changed`, id);
  }
  if (!o.op.deprecated && n.op.deprecated) out.add('non-breaking', 'operation-deprecated', ptr(at, 'deprecated'), 'operation deprecated', id);
  if (o.op.deprecated && !n.op.deprecated) out.add('non-breaking', 'operation-deprecated', ptr(at, 'deprecated'), 'operation no longer deprecated', id);
  compareSecurity(o.op.security ?? cmp.oldSpec.security, n.op.security ?? cmp.newSpec.security, ptr(at, 'security'), id, out);
  const oldServers = o.op.servers ?? o.item.servers;
  const newServers = n.op.servers ?? n.item.servers;
  if (oldServers || newServers) {
    compareServers(oldServers ?? cmp.oldSpec.servers, newServers ?? cmp.newSpec.servers, ptr(at, 'servers'), 'operation servers', id, out);
  }
  compareParameters(o, n, id, cmp);
  compareRequestBody(o.op.requestBody, n.op.requestBody, ptr(at, 'requestBody'), id, cmp);
  compareResponses(o.op.responses ?? {}, n.op.responses ?? {}, ptr(at, 'responses'), id, cmp);
  for (const key of new Set([...Object.keys(o.op), ...Object.keys(n.op)])) {
    if (OP_KEYS.has(key) || same(o.op[key], n.op[key])) continue;
    out.add('warning', 'unclassified', ptr(at, key), `${code(key)} changed; not classified by this tool, review it by hand`, id);
  }
}

/**
 * Security requirements are alternatives (any one suffices); each alternative needs all of its schemes.
 * Removing an alternative rejects the callers that used it; requiring security where none was needed rejects
 * everybody; offering one more alternative harms no one.
 * @param {any[] | undefined} a @param {any[] | undefined} b @param {string} at @param {string | undefined} id @param {Findings} out
 */
function compareSecurity(a, b, at, id, out) {
  const alternatives = (/** @type {any[] | undefined} */ reqs) =>
    new Set((reqs?.length ? reqs : [{}]).map((r) => Object.entries(r).map(([k, scopes]) => (Array.isArray(scopes) && scopes.length ? `${k}[${[...scopes].sort().join(',')}]` : k)).sort().join(' + ') || '(none)'));
  const oldAlt = alternatives(a);
  const newAlt = alternatives(b);
  if (newAlt.has('(none)') && !oldAlt.has('(none)')) {
    // Anonymous calls are now accepted: nobody is rejected, whatever they send.
    out.add('non-breaking', 'security-removed', at, 'security no longer required', id);
    return;
  }
  for (const alt of oldAlt) {
    if (newAlt.has(alt)) continue;
    if (alt === '(none)') out.add('breaking', 'security-added', at, `security now required (${[...newAlt].join(' or ')}): anonymous callers are rejected`, id);
    else out.add('breaking', 'security-requirement-removed', at, `security ${alt} no longer accepted (now ${[...newAlt].join(' or ')}): callers authenticating that way are rejected`, id);
  }
  // When an alternative was replaced, the removal above already names what is accepted now.
  const replaced = [...oldAlt].some((alt) => !newAlt.has(alt));
  for (const alt of newAlt) {
    if (oldAlt.has(alt) || replaced) continue;
    if (!oldAlt.has('(none)')) out.add('non-breaking', 'security-alternative-added', at, `security ${alt} accepted as an alternative`, id);
  }
}

/** @param {any} oldSpec @param {any} newSpec @param {Findings} out */
function compareSecuritySchemes(oldSpec, newSpec, out) {
  const a = oldSpec.components?.securitySchemes ?? {};
  const b = newSpec.components?.securitySchemes ?? {};
  for (const name of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const at = ptr('#/components/securitySchemes', name);
    const o = deref(oldSpec, a[name]);
    const n = deref(newSpec, b[name]);
    if (!o) out.add('non-breaking', 'security-scheme-added', at, `security scheme ${name} added`);
    else if (!n) out.add('breaking', 'security-scheme-removed', at, `security scheme ${name} removed: callers using it are rejected`);
    else {
      const { description: d1, ...wire1 } = o;
      const { description: d2, ...wire2 } = n;
      if (!same(wire1, wire2)) out.add('breaking', 'security-scheme-changed', at, `security scheme ${name} changed (${changedKeys(wire1, wire2).join(', ')}): callers send credentials the old way`);
      if (d1 !== d2) out.add('docs-only', 'security-scheme-docs', ptr(at, 'description'), `security scheme ${name}: description changed`);
    }
  }
}

/**
 * The server URL's path is part of every request URL; its host is usually a placeholder the caller replaces.
 * @param {any[] | undefined} a @param {any[] | undefined} b @param {string} at @param {string} what
 * @param {string | undefined} id @param {Findings} out
 */
function compareServers(a, b, at, what, id, out) {
  if (same(a, b)) return;
  const basePaths = (/** @type {any[] | undefined} */ servers) => new Set((servers?.length ? servers : [{ url: '/' }]).map(serverPath));
  const oldPaths = basePaths(a);
  const newPaths = basePaths(b);
  const lost = [...oldPaths].filter((p) => !newPaths.has(p));
  const gained = [...newPaths].filter((p) => !oldPaths.has(p));
  if (lost.length) out.add('breaking', 'server-path-changed', at, `${what}: base path ${lost.join(', ')} → ${[...newPaths].join(', ')}: every request URL moves`, id);
  else if (gained.length) out.add('non-breaking', 'server-added', at, `${what}: base path ${gained.join(', ')} added`, id);
  else out.add('docs-only', 'server-docs', at, `${what}: host, variables or description changed (same base path)`, id);
}

/** "https://{host}/PasswordVault/" → "/PasswordVault" (variables replaced by their defaults). @param {any} server */
function serverPath(server) {
  let url = String(server?.url ?? '/');
  for (const [name, v] of Object.entries(server?.variables ?? {})) url = url.split(`{${name}}`).join(String(/** @type {any} */ (v)?.default ?? ''));
  const path = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '');
  return `/${path.replace(/^\/+|\/+$/g, '')}`;
}

/**
 * Parameters are matched by location and name (header names case-insensitively); path parameters by position,
 * because a renamed path parameter does not move the URL.
 * @param {OpEntry} o @param {OpEntry} n @param {string | undefined} id @param {Cmp} cmp
 */
function compareParameters(o, n, id, cmp) {
  const { out } = cmp;
  const a = effectiveParameters(cmp.oldSpec, o);
  const b = effectiveParameters(cmp.newSpec, n);
  for (const [key, p] of a) {
    if (b.has(key)) continue;
    out.add('breaking', 'request-parameter-removed', p.pointer, `${p.in} parameter ${code(p.param.name)} removed: callers passing it no longer compile, and the server may reject it`, id);
  }
  for (const [key, q] of b) {
    const p = a.get(key);
    const name = `${q.in} parameter ${code(q.param.name)}`;
    if (!p) {
      if (q.param.required) out.add('breaking', 'request-parameter-added-required', q.pointer, `new required ${name}: existing callers do not send it`, id);
      else out.add('non-breaking', 'request-parameter-added', q.pointer, `new optional ${name}`, id);
      continue;
    }
    const pp = p.param;
    const qp = q.param;
    if (!pp.required && qp.required) out.add('breaking', 'request-parameter-made-required', ptr(q.pointer, 'required'), `${name} made required: callers that omit it are rejected`, id);
    if (pp.required && !qp.required) out.add('non-breaking', 'request-parameter-made-optional', ptr(q.pointer, 'required'), `${name} made optional`, id);
    if (!pp.deprecated && qp.deprecated) out.add('non-breaking', 'request-parameter-deprecated', ptr(q.pointer, 'deprecated'), `${name} deprecated`, id);
    for (const key2 of ['style', 'explode', 'allowReserved', 'allowEmptyValue']) {
      if (!same(pp[key2], qp[key2])) out.add('breaking', 'request-parameter-serialization-changed', ptr(q.pointer, key2), `${name}: ${key2} ${show(pp[key2])} → ${show(qp[key2])}: callers serialize it the old way`, id);
    }
    for (const key2 of ['description', 'example', 'examples']) {
      if (!same(pp[key2], qp[key2])) out.add('docs-only', 'request-parameter-docs', ptr(q.pointer, key2), `${name}: ${key2} changed`, id);
    }
    if (pp.schema || qp.schema) {
      compareSchema(pp.schema, qp.schema, ptr(q.pointer, 'schema'), name, '', { ...cmp, dir: 'request', operationId: id, suffix: '', seen: new Set() });
    }
    if (pp.content || qp.content) compareContent(pp.content ?? {}, qp.content ?? {}, ptr(q.pointer, 'content'), name, 'request', id, cmp);
  }
}

/**
 * @param {any} spec @param {OpEntry} entry
 * @returns {Map<string, { in: string, param: any, pointer: string }>}
 */
function effectiveParameters(spec, entry) {
  const pathNames = [...entry.path.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]);
  /** @type {Map<string, { in: string, param: any, pointer: string }>} */
  const params = new Map();
  const add = (/** @type {any[] | undefined} */ list, /** @type {string} */ base) =>
    (list ?? []).forEach((raw, i) => {
      const param = deref(spec, raw);
      if (!param?.in) return;
      const key = param.in === 'path' ? `path#${pathNames.indexOf(param.name)}` : `${param.in}:${param.in === 'header' ? String(param.name).toLowerCase() : param.name}`;
      params.set(key, { in: param.in, param, pointer: ptr(base, 'parameters', i) });
    });
  add(entry.item.parameters, ptr('#/paths', entry.path));
  add(entry.op.parameters, entry.pointer); // operation-level parameters override path-level ones
  return params;
}

/** @param {any} a @param {any} b @param {string} at @param {string | undefined} id @param {Cmp} cmp */
function compareRequestBody(a, b, at, id, cmp) {
  const { out } = cmp;
  const o = deref(cmp.oldSpec, a);
  const n = deref(cmp.newSpec, b);
  if (!o && !n) return;
  if (!o) {
    if (n.required) out.add('breaking', 'request-body-added-required', at, 'new required request body: existing callers do not send it', id);
    else out.add('non-breaking', 'request-body-added', at, 'new optional request body', id);
    return;
  }
  if (!n) {
    out.add('breaking', 'request-body-removed', at, 'request body removed: callers sending one no longer compile, and the server may reject it', id);
    return;
  }
  if (!o.required && n.required) out.add('breaking', 'request-body-made-required', ptr(at, 'required'), 'request body made required: callers that send none are rejected', id);
  if (o.required && !n.required) out.add('non-breaking', 'request-body-made-optional', ptr(at, 'required'), 'request body made optional', id);
  if (!same(o.description, n.description)) out.add('docs-only', 'request-body-docs', ptr(at, 'description'), 'request body: description changed', id);
  compareContent(o.content ?? {}, n.content ?? {}, ptr(at, 'content'), 'request body', 'request', id, cmp);
}

/**
 * @param {Record<string, any>} a @param {Record<string, any>} b @param {string} at @param {string} where
 * @param {Direction} dir @param {string | undefined} id @param {Cmp} cmp
 */
function compareContent(a, b, at, where, dir, id, cmp) {
  const { out } = cmp;
  for (const type of Object.keys(a)) {
    if (!(type in b)) out.add('breaking', `${dir}-media-type-removed`, ptr(at, type), `${where}: media type ${type} removed: ${dir === 'request' ? 'callers sending it are rejected' : 'readers asking for it get nothing they can parse'}`, id);
  }
  for (const [type, nm] of Object.entries(b)) {
    const om = a[type];
    const mat = ptr(at, type);
    if (!om) {
      out.add('non-breaking', `${dir}-media-type-added`, mat, `${where}: media type ${type} added`, id);
      continue;
    }
    for (const key of ['example', 'examples']) {
      if (!same(om[key], nm[key])) out.add('docs-only', 'examples-changed', ptr(mat, key), `${where} (${type}): ${key} changed`, id);
    }
    if (!same(om.encoding, nm.encoding)) out.add('warning', 'unclassified', ptr(mat, 'encoding'), `${where} (${type}): encoding changed; not classified by this tool, review it by hand`, id);
    if (om.schema || nm.schema) {
      compareSchema(om.schema, nm.schema, ptr(mat, 'schema'), where, '', { ...cmp, dir, operationId: id, suffix: '', seen: new Set() });
    }
  }
}

/** @param {string} status */
const isSuccess = (status) => /^2/.test(status);

/** @param {Record<string, any>} a @param {Record<string, any>} b @param {string} at @param {string | undefined} id @param {Cmp} cmp */
function compareResponses(a, b, at, id, cmp) {
  const { out } = cmp;
  for (const status of Object.keys(a)) {
    if (status in b) continue;
    if (isSuccess(status)) out.add('breaking', 'response-success-status-removed', ptr(at, status), `success response ${status} removed: callers handling it break`, id);
    else out.add('non-breaking', 'response-status-removed', ptr(at, status), `response ${status} no longer documented`, id);
  }
  for (const [status, raw] of Object.entries(b)) {
    const rat = ptr(at, status);
    if (!(status in a)) {
      if (isSuccess(status)) out.add('warning', 'response-success-status-added', rat, `new success response ${status}: callers that expect only the old success statuses may mishandle it`, id);
      else out.add('non-breaking', 'response-status-added', rat, `new response ${status}`, id);
      continue;
    }
    const o = deref(cmp.oldSpec, a[status]) ?? {};
    const n = deref(cmp.newSpec, raw) ?? {};
    const where = `${status} response`;
    if (!same(o.description, n.description)) out.add('docs-only', 'response-docs', ptr(rat, 'description'), `${where}: description changed`, id);
    compareHeaders(o.headers ?? {}, n.headers ?? {}, ptr(rat, 'headers'), where, id, cmp);
    compareContent(o.content ?? {}, n.content ?? {}, ptr(rat, 'content'), `${where} body`, 'response', id, cmp);
  }
}

/** @param {Record<string, any>} a @param {Record<string, any>} b @param {string} at @param {string} where @param {string | undefined} id @param {Cmp} cmp */
function compareHeaders(a, b, at, where, id, cmp) {
  const { out } = cmp;
  const lower = (/** @type {Record<string, any>} */ h) => new Map(Object.entries(h).map(([k, v]) => [k.toLowerCase(), { name: k, h: v }]));
  const oa = lower(a);
  const nb = lower(b);
  for (const [key, { name, h }] of oa) {
    if (nb.has(key)) continue;
    const required = deref(cmp.oldSpec, h)?.required === true;
    out.add(required ? 'breaking' : 'warning', 'response-header-removed', ptr(at, name), `${where}: header ${name} removed${required ? ': readers relying on it break' : ': readers using it get nothing'}`, id);
  }
  for (const [key, { name, h }] of nb) {
    const hat = ptr(at, name);
    const prev = oa.get(key);
    if (!prev) {
      out.add('non-breaking', 'response-header-added', hat, `${where}: header ${name} added`, id);
      continue;
    }
    const o = deref(cmp.oldSpec, prev.h) ?? {};
    const n = deref(cmp.newSpec, h) ?? {};
    if (o.required && !n.required) out.add('breaking', 'response-header-made-optional', ptr(hat, 'required'), `${where}: header ${name} made optional: readers relying on it break when it is missing`, id);
    if (!same(o.description, n.description)) out.add('docs-only', 'response-docs', ptr(hat, 'description'), `${where}: header ${name} description changed`, id);
    if (o.schema || n.schema) compareSchema(o.schema, n.schema, ptr(hat, 'schema'), `${where} header ${name}`, '', { ...cmp, dir: 'response', operationId: id, suffix: '', seen: new Set() });
  }
}

/**
 * Which operations read (response) or write (request) each component schema, directly or through other
 * components. A schema used both ways is compared both ways.
 * @param {any} spec
 * @returns {Map<string, { request: Set<string>, response: Set<string> }>}
 */
export function schemaUsage(spec) {
  /** @type {Map<string, { request: Set<string>, response: Set<string> }>} */
  const usage = new Map();
  const visit = (/** @type {any} */ node, /** @type {Direction} */ dir, /** @type {string} */ who, /** @type {Set<any>} */ seen) => {
    if (!node || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    const name = schemaRefName(node);
    if (name) {
      const u = usage.get(name) ?? { request: new Set(), response: new Set() };
      usage.set(name, u);
      u[dir].add(who);
      visit(spec.components?.schemas?.[name], dir, who, seen);
      return;
    }
    if (typeof node.$ref === 'string') return visit(deref(spec, node), dir, who, seen);
    for (const v of Object.values(node)) visit(v, dir, who, seen);
  };
  for (const { op, item, method, path } of operationsByKey(spec).values()) {
    const who = op.operationId ?? `${method.toUpperCase()} ${path}`;
    for (const p of [...(item.parameters ?? []), ...(op.parameters ?? [])]) visit(p, 'request', who, new Set());
    visit(op.requestBody, 'request', who, new Set());
    visit(op.responses, 'response', who, new Set());
  }
  return usage;
}

/** @param {any} oldSpec @param {any} newSpec @param {Findings} out */
function compareComponentSchemas(oldSpec, newSpec, out) {
  const a = oldSpec.components?.schemas ?? {};
  const b = newSpec.components?.schemas ?? {};
  const oldUse = schemaUsage(oldSpec);
  const newUse = schemaUsage(newSpec);
  for (const name of Object.keys(a)) {
    if (!(name in b)) out.add('breaking', 'schema-removed', ptr('#/components/schemas', name), `schema ${name} removed: \`components['schemas']['${name}']\` is gone from the generated types`);
  }
  for (const name of Object.keys(b)) {
    const at = ptr('#/components/schemas', name);
    if (!(name in a)) {
      out.add('non-breaking', 'schema-added', at, `new schema ${name}`);
      continue;
    }
    /** @type {Direction[]} */
    const dirs = ['request', 'response'];
    const users = (/** @type {Direction} */ dir) => [...new Set([...(oldUse.get(name)?.[dir] ?? []), ...(newUse.get(name)?.[dir] ?? [])])];
    const usedAt = dirs.filter((d) => users(d).length > 0);
    // A schema no operation uses is still a type callers may use: compare it both ways.
    /** @type {import('./findings.mjs').Finding[]} */
    const first = [];
    for (const dir of usedAt.length ? usedAt : dirs) {
      const who = users(dir);
      const suffix = who.length
        ? ` (${dir === 'request' ? 'sent by' : 'returned by'} ${who.slice(0, 3).join(', ')}${who.length > 3 ? ` and ${who.length - 3} more` : ''})`
        : ' (schema not used by any operation)';
      const local = new Findings();
      compareSchema(a[name], b[name], at, `schema ${name}`, '', { oldSpec, newSpec, out: local, dir, operationId: undefined, suffix, seen: new Set([`${name}|${name}|${dir}`]) });
      // Compared both ways: a harmless change (a description, a new property) is said once, not once per direction.
      const dup = (/** @type {import('./findings.mjs').Finding} */ f) =>
        (f.level === 'docs-only' || f.level === 'non-breaking') && first.some((g) => g.pointer === f.pointer && g.level === f.level);
      const kept = local.list.filter((f) => !dup(f));
      first.push(...kept);
      out.list.push(...kept);
    }
  }
}

/** @param {Record<string, unknown>} a @param {Record<string, unknown>} b */
function changedKeys(a, b) {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !same(a[k], b[k]));
}
