// @ts-check
// Compares two JSON Schemas in one direction. A request schema is what callers WRITE: narrowing it (fewer types,
// fewer enum values, tighter bounds, a new required property) rejects requests that used to pass. A response schema
// is what callers READ: widening it (more types, a new enum value, a property that may now be missing) hands them
// values their code does not expect. The same edit is breaking one way and harmless the other.
import { code, ptr, same, show } from './findings.mjs';

/**
 * @typedef {'request' | 'response'} Direction
 *
 * @typedef {object} SchemaContext
 * @property {Direction} dir
 * @property {any} oldSpec
 * @property {any} newSpec
 * @property {import('./findings.mjs').Findings} out
 * @property {string | undefined} operationId
 * @property {string} suffix     appended to every reason (e.g. which operations use a component)
 * @property {Set<string>} seen  pairs of $refs already being compared (recursive schemas)
 */

const DOCS_KEYS = new Set(['description', 'title', 'example', 'examples', 'externalDocs', '$comment']);
// Keys this module classifies; any other key that changes is reported as `warning` "not classified".
const HANDLED = new Set([
  ...DOCS_KEYS, 'type', 'nullable', 'enum', 'const', 'format', 'pattern', 'multipleOf', 'uniqueItems', 'properties',
  'required', 'additionalProperties', 'items', 'oneOf', 'anyOf', 'allOf', 'default', 'deprecated', 'readOnly',
  'writeOnly', '$ref', 'maxLength', 'maximum', 'exclusiveMaximum', 'maxItems', 'maxProperties', 'minLength', 'minimum',
  'exclusiveMinimum', 'minItems', 'minProperties',
]);
/** Upper bounds: lowering or adding one narrows. */
const MAX_KEYS = ['maxLength', 'maximum', 'exclusiveMaximum', 'maxItems', 'maxProperties'];
/** Lower bounds: raising or adding one narrows. */
const MIN_KEYS = ['minLength', 'minimum', 'exclusiveMinimum', 'minItems', 'minProperties'];

/**
 * Resolves a local "#/…" $ref (one level at a time, following chains).
 * @param {any} spec @param {any} node
 * @returns {any}
 */
export function deref(spec, node) {
  let current = node;
  for (let i = 0; i < 32 && current && typeof current === 'object' && typeof current.$ref === 'string'; i++) {
    const ref = current.$ref;
    if (!ref.startsWith('#/')) return current;
    current = ref
      .slice(2)
      .split('/')
      .map((/** @type {string} */ s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce((/** @type {any} */ n, /** @type {string} */ key) => n?.[key], spec);
  }
  return current;
}

/** @param {any} node @returns {string | undefined} the component name of a "#/components/schemas/X" ref */
export function schemaRefName(node) {
  const ref = node && typeof node === 'object' ? node.$ref : undefined;
  const m = typeof ref === 'string' ? ref.match(/^#\/components\/schemas\/([^/]+)$/) : null;
  return m?.[1]?.replace(/~1/g, '/').replace(/~0/g, '~');
}

/**
 * Compares the schemas `o` (old) and `n` (new) in `ctx.dir`.
 * @param {any} o @param {any} n
 * @param {string} pointer  where `n` is
 * @param {string} where    how a reason names the top of this schema, e.g. "200 response body"
 * @param {string} field    the property path below `where` ("" at the top)
 * @param {SchemaContext} ctx
 */
export function compareSchema(o, n, pointer, where, field, ctx) {
  // Two refs to the same component: that component is compared once, on its own (see classify.mjs).
  const oName = schemaRefName(o);
  const nName = schemaRefName(n);
  if (oName && oName === nName) return;
  const pair = `${oName ?? ''}|${nName ?? ''}|${ctx.dir}`;
  if ((oName || nName) && ctx.seen.has(pair)) return;
  if (oName || nName) ctx.seen.add(pair);
  const os = flattenAllOf(ctx.oldSpec, normalize(deref(ctx.oldSpec, o)));
  const ns = flattenAllOf(ctx.newSpec, normalize(deref(ctx.newSpec, n)));
  const name = field ? `${where} property ${code(field)}` : where;
  const req = ctx.dir === 'request';
  /** @type {(level: import('./findings.mjs').Level, rule: string, reason: string, at?: string) => void} */
  const add = (level, rule, reason, at = pointer) => ctx.out.add(level, rule, at, reason + ctx.suffix, ctx.operationId);

  for (const key of DOCS_KEYS) {
    if (!same(os[key], ns[key])) add('docs-only', 'schema-docs', `${name}: ${key} changed`, ptr(pointer, key));
  }
  if (!os.deprecated && ns.deprecated) add('non-breaking', 'schema-deprecated', `${name} deprecated`);

  compareTypes(typesOf(ctx.oldSpec, os), typesOf(ctx.newSpec, ns), name, req, add);
  // A schema that became (or stopped being) a oneOf/anyOf: compare it with its matching variant.
  if (Array.isArray(os.oneOf ?? os.anyOf) !== Array.isArray(ns.oneOf ?? ns.anyOf) && compareRestructured(os, ns, pointer, where, field, ctx, add)) return;
  compareEnum(os, ns, name, req, add);

  if (os.format !== ns.format) {
    const narrows = ns.format !== undefined; // added or changed
    if (req) add(narrows ? 'breaking' : 'non-breaking', 'request-format-changed', `${name}: format ${show(os.format)} → ${show(ns.format)}${narrows ? ': values the old format allowed may now be rejected' : ''}`);
    else add(os.format === undefined ? 'non-breaking' : 'warning', 'response-format-changed', `${name}: format ${show(os.format)} → ${show(ns.format)}${os.format === undefined ? '' : `: readers parsing it as ${os.format} may fail`}`);
  }

  for (const key of [...MAX_KEYS, ...MIN_KEYS, 'pattern', 'multipleOf', 'uniqueItems']) {
    const a = os[key];
    const b = ns[key];
    if (same(a, b)) continue;
    const narrows = narrowsBound(key, a, b);
    // A changed pattern (or multipleOf) may admit more and fewer values at once: breaking for writers, a warning for readers.
    const unknown = (key === 'pattern' || key === 'multipleOf') && a !== undefined && b !== undefined;
    const change = `${code(key)} ${a === undefined ? `added (${show(b)})` : b === undefined ? `removed (was ${show(a)})` : `${show(a)} → ${show(b)}`}`;
    if (req) {
      add(narrows ? 'breaking' : 'non-breaking', narrows ? 'request-constraint-narrowed' : 'request-constraint-widened',
        `${name}: ${change}${narrows ? ': values writers send today may be rejected' : ''}`, ptr(pointer, key));
    } else {
      const harmless = narrows && !unknown;
      add(harmless ? 'non-breaking' : 'warning', harmless ? 'response-constraint-narrowed' : 'response-constraint-widened',
        `${name}: ${change}${harmless ? '' : ': readers relying on the old bound may fail'}`, ptr(pointer, key));
    }
  }

  if (!same(os.default, ns.default)) {
    if (req) add('warning', 'request-default-changed', `${name}: default ${show(os.default)} → ${show(ns.default)}: callers that omit it get a different behaviour`, ptr(pointer, 'default'));
    else add('docs-only', 'schema-docs', `${name}: default ${show(os.default)} → ${show(ns.default)}`, ptr(pointer, 'default'));
  }

  compareProperties(os, ns, pointer, where, field, ctx, add);
  compareAdditional(os, ns, pointer, where, field, ctx, add);

  if (os.items !== undefined || ns.items !== undefined) {
    if (os.items === undefined) add(req ? 'breaking' : 'non-breaking', req ? 'request-constraint-narrowed' : 'response-constraint-narrowed', `${name}: array items now constrained`, ptr(pointer, 'items'));
    else if (ns.items === undefined) add(req ? 'non-breaking' : 'warning', req ? 'request-constraint-widened' : 'response-constraint-widened', `${name}: array items no longer constrained`, ptr(pointer, 'items'));
    else compareSchema(os.items, ns.items, ptr(pointer, 'items'), where, `${field}[]`, ctx);
  }

  for (const key of ['oneOf', 'anyOf']) compareVariants(os, ns, key, pointer, where, field, ctx, add);

  for (const key of new Set([...Object.keys(os), ...Object.keys(ns)])) {
    if (HANDLED.has(key) || same(os[key], ns[key])) continue;
    add('warning', 'unclassified', `${name}: ${code(key)} changed; not classified by this tool, review it by hand`, ptr(pointer, key));
  }
}

/** Folds OpenAPI 3.0 `nullable` and `const` into their 3.1 forms, and boolean schemas into objects. @param {any} s */
function normalize(s) {
  if (s === true || s === undefined || s === null) return {};
  if (s === false) return { not: {} };
  if (typeof s !== 'object') return {};
  const out = { ...s };
  if (out.nullable === true && out.type !== undefined) out.type = [...new Set([...[out.type].flat(), 'null'])];
  delete out.nullable;
  if ('const' in out && out.enum === undefined) out.enum = [out.const];
  delete out.const;
  return out;
}

/**
 * allOf merged into one schema (properties and required united), so that moving properties into or out of an
 * allOf member is not reported as a change; what each member contributes is compared, not how it is spelt.
 * @param {any} spec @param {any} s
 */
function flattenAllOf(spec, s, depth = 0) {
  if (!Array.isArray(s.allOf) || depth > 16) return s;
  const { allOf, ...rest } = s;
  /** @type {any} */
  const merged = { ...rest };
  for (const member of allOf) {
    const m = flattenAllOf(spec, normalize(deref(spec, member)), depth + 1);
    merged.properties = { ...(m.properties ?? {}), ...(merged.properties ?? {}) };
    merged.required = [...new Set([...(merged.required ?? []), ...(m.required ?? [])])];
    for (const [k, v] of Object.entries(m)) if (!(k in merged) && !DOCS_KEYS.has(k)) merged[k] = v;
  }
  if (merged.required.length === 0) delete merged.required;
  if (Object.keys(merged.properties).length === 0) delete merged.properties;
  return merged;
}

/**
 * The JSON types a schema admits: its `type`, else what its enum values or its oneOf/anyOf variants admit (a
 * string enum turned into `anyOf: [{enum}, {type: string}]` is still a string).
 * @param {any} spec @param {any} s @param {number} [depth]
 * @returns {Set<string> | undefined} undefined = any type
 */
function typesOf(spec, s, depth = 0) {
  if (s.type !== undefined) return new Set([s.type].flat());
  if (Array.isArray(s.enum) && s.enum.length) {
    return new Set(s.enum.map((/** @type {unknown} */ v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v === 'number' ? (Number.isInteger(v) ? 'integer' : 'number') : typeof v)));
  }
  const variants = s.oneOf ?? s.anyOf;
  if (!Array.isArray(variants) || depth > 8) return undefined;
  /** @type {Set<string>} */
  const all = new Set();
  for (const v of variants) {
    const t = typesOf(spec, flattenAllOf(spec, normalize(deref(spec, v))), depth + 1);
    if (!t) return undefined;
    for (const x of t) all.add(x);
  }
  return all;
}

/** @param {Set<string>} set @param {string} t  whether `set` admits every value of type `t` */
const covers = (set, t) => set.has(t) || (t === 'integer' && set.has('number'));

/**
 * @param {Set<string> | undefined} a @param {Set<string> | undefined} b @param {string} name @param {boolean} req
 * @param {(level: import('./findings.mjs').Level, rule: string, reason: string) => void} add
 */
function compareTypes(a, b, name, req, add) {
  if (a === undefined && b === undefined) return;
  const label = (/** @type {Set<string> | undefined} */ t) => (t ? [...t].join(' | ') : 'any type');
  const lost = a === undefined ? ['(any)'] : [...a].filter((t) => !b || !covers(b, t));
  const gained = b === undefined ? ['(any)'] : [...b].filter((t) => !a || !covers(a, t));
  if (lost.length === 0 && gained.length === 0) return;
  const change = `type ${label(a)} → ${label(b)}`;
  if (lost.length > 0 && gained.length > 0) {
    add('breaking', req ? 'request-type-changed' : 'response-type-changed', `${name}: ${change}: ${req ? 'writers' : 'readers'} of the old type break`);
  } else if (lost.length > 0) {
    if (req) add('breaking', 'request-type-narrowed', `${name}: ${change} (narrowed): writers sending ${lost.join(', ')} are rejected`);
    else add('non-breaking', 'response-type-narrowed', `${name}: ${change} (narrowed)`);
  } else if (req) {
    add('non-breaking', 'request-type-widened', `${name}: ${change} (widened)`);
  } else {
    add('breaking', 'response-type-widened', `${name}: ${change}: readers now also get ${gained.join(', ')}`);
  }
}

/**
 * @param {any} os @param {any} ns @param {string} name @param {boolean} req
 * @param {(level: import('./findings.mjs').Level, rule: string, reason: string) => void} add
 */
function compareEnum(os, ns, name, req, add) {
  const a = os.enum;
  const b = ns.enum;
  if (a === undefined && b === undefined) return;
  if (a === undefined) {
    if (req) add('breaking', 'request-enum-added', `${name}: now restricted to ${list(b)}: writers sending other values are rejected`);
    else add('non-breaking', 'response-enum-added', `${name}: now restricted to ${list(b)}`);
    return;
  }
  if (b === undefined) {
    if (req) add('non-breaking', 'request-enum-removed', `${name}: no longer restricted to ${list(a)}`);
    else add('warning', 'response-enum-removed', `${name}: no longer restricted to ${list(a)}: may break exhaustive switches`);
    return;
  }
  const key = (/** @type {unknown} */ v) => JSON.stringify(v);
  const removed = a.filter((/** @type {unknown} */ v) => !b.some((/** @type {unknown} */ w) => key(w) === key(v)));
  const added = b.filter((/** @type {unknown} */ v) => !a.some((/** @type {unknown} */ w) => key(w) === key(v)));
  if (removed.length) {
    if (req) add('breaking', 'request-enum-value-removed', `${name}: enum value${removed.length > 1 ? 's' : ''} ${removed.map(show).join(', ')} removed: writers sending ${removed.length > 1 ? 'them' : 'it'} are rejected`);
    else add('non-breaking', 'response-enum-value-removed', `${name}: enum value${removed.length > 1 ? 's' : ''} ${removed.map(show).join(', ')} no longer returned`);
  }
  if (added.length) {
    if (req) add('non-breaking', 'request-enum-value-added', `${name}: enum value${added.length > 1 ? 's' : ''} ${added.map(show).join(', ')} added`);
    else add('warning', 'response-enum-value-added', `${name}: enum value${added.length > 1 ? 's' : ''} ${added.map(show).join(', ')} added: may break exhaustive switches`);
  }
}

/** Enum values for a one-line reason: the first eight, then how many more. @param {unknown[]} values */
function list(values) {
  const shown = values.slice(0, 8).map(show).join(', ');
  return values.length > 8 ? `${shown} and ${values.length - 8} more` : shown;
}

/** @param {string} key @param {unknown} a @param {unknown} b  true when going from `a` to `b` admits fewer values */
function narrowsBound(key, a, b) {
  if (b === undefined) return false;
  if (a === undefined) return key === 'uniqueItems' ? b === true : true;
  if (key === 'uniqueItems') return b === true;
  if (typeof a === 'boolean' || typeof b === 'boolean') return b === true; // OpenAPI 3.0 exclusiveMinimum/Maximum
  if (typeof a !== 'number' || typeof b !== 'number') return true; // pattern changed: cannot tell, assume narrower
  if (key === 'multipleOf') return b % a !== 0 || b > a;
  return MAX_KEYS.includes(key) ? b < a : b > a;
}

/**
 * Properties seen in `dir`: a request never carries readOnly properties, a response never writeOnly ones.
 * @param {any} spec @param {any} s @param {Direction} dir
 * @returns {Map<string, any>}
 */
function visibleProperties(spec, s, dir) {
  const hidden = dir === 'request' ? 'readOnly' : 'writeOnly';
  return new Map(Object.entries(s.properties ?? {}).filter(([, p]) => deref(spec, p)?.[hidden] !== true));
}

/**
 * @param {any} os @param {any} ns @param {string} pointer @param {string} where @param {string} field
 * @param {SchemaContext} ctx
 * @param {(level: import('./findings.mjs').Level, rule: string, reason: string, at?: string) => void} add
 */
function compareProperties(os, ns, pointer, where, field, ctx, add) {
  const a = visibleProperties(ctx.oldSpec, os, ctx.dir);
  const b = visibleProperties(ctx.newSpec, ns, ctx.dir);
  if (a.size === 0 && b.size === 0) return;
  const reqA = new Set(os.required ?? []);
  const reqB = new Set(ns.required ?? []);
  const req = ctx.dir === 'request';
  const side = req ? 'request' : 'response';
  const sub = (/** @type {string} */ p) => (field ? `${field}.${p}` : p);
  const label = (/** @type {string} */ p) => `${where} property ${code(sub(p))}`;
  for (const p of a.keys()) {
    if (b.has(p)) continue;
    const at = ptr(pointer, 'properties', p);
    if (req) add('breaking', 'request-property-removed', `${label(p)} removed: callers still sending it no longer compile, and the server may reject it`, at);
    else add('breaking', 'response-property-removed', `${label(p)} removed: readers of it break`, at);
  }
  for (const [p, schema] of b) {
    const at = ptr(pointer, 'properties', p);
    if (!a.has(p)) {
      if (req && reqB.has(p)) add('breaking', 'request-property-added-required', `new required ${label(p)}: existing callers do not send it`, at);
      else add('non-breaking', `${side}-property-added`, `${label(p)} added${reqB.has(p) ? ' (required)' : ''}`, at);
      continue;
    }
    if (reqA.has(p) && !reqB.has(p)) {
      if (req) add('non-breaking', 'request-property-made-optional', `${label(p)} made optional`, at);
      else add('breaking', 'response-property-made-optional', `${label(p)} made optional: readers that expect it break when it is missing`, at);
    } else if (!reqA.has(p) && reqB.has(p)) {
      if (req) add('breaking', 'request-property-made-required', `${label(p)} made required: callers that omit it are rejected`, at);
      else add('non-breaking', 'response-property-made-required', `${label(p)} is now always present`, at);
    }
    compareSchema(a.get(p), schema, at, where, sub(p), ctx);
  }
}

/**
 * @param {any} os @param {any} ns @param {string} pointer @param {string} where @param {string} field
 * @param {SchemaContext} ctx
 * @param {(level: import('./findings.mjs').Level, rule: string, reason: string, at?: string) => void} add
 */
function compareAdditional(os, ns, pointer, where, field, ctx, add) {
  const a = os.additionalProperties;
  const b = ns.additionalProperties;
  if (same(a, b)) return;
  const at = ptr(pointer, 'additionalProperties');
  const name = field ? `${where} property ${code(field)}` : where;
  const isSchema = (/** @type {unknown} */ x) => x !== undefined && typeof x === 'object';
  if (isSchema(a) && isSchema(b)) return compareSchema(a, b, at, where, `${field}{*}`, ctx);
  // Open (undefined / true) → a schema → closed (false): each step admits fewer extra properties.
  const rank = (/** @type {unknown} */ x) => (x === false ? 0 : isSchema(x) ? 1 : 2);
  const narrows = rank(b) < rank(a);
  const change = `additionalProperties ${show(a ?? true)} → ${show(b ?? true)}`;
  if (ctx.dir === 'request') add(narrows ? 'breaking' : 'non-breaking', narrows ? 'request-constraint-narrowed' : 'request-constraint-widened', `${name}: ${change}${narrows ? ': extra properties writers send are now rejected' : ''}`, at);
  else add(narrows ? 'non-breaking' : 'warning', narrows ? 'response-constraint-narrowed' : 'response-constraint-widened', `${name}: ${change}${narrows ? '' : ': readers may get properties they do not know'}`, at);
}

/**
 * oneOf / anyOf: variants matched by component name, else by position.
 * @param {any} os @param {any} ns @param {string} key @param {string} pointer @param {string} where @param {string} field
 * @param {SchemaContext} ctx
 * @param {(level: import('./findings.mjs').Level, rule: string, reason: string, at?: string) => void} add
 */
function compareVariants(os, ns, key, pointer, where, field, ctx, add) {
  const a = os[key];
  const b = ns[key];
  if (a === undefined && b === undefined) return;
  const name = field ? `${where} property ${code(field)}` : where;
  const req = ctx.dir === 'request';
  if (!Array.isArray(a) || !Array.isArray(b)) {
    add('warning', 'unclassified', `${name}: ${key} ${a === undefined ? 'introduced' : 'dropped'}; the schema was restructured, review it by hand`, ptr(pointer, key));
    return;
  }
  const label = (/** @type {any} */ v, /** @type {number} */ i) => schemaRefName(v) ?? `#${i + 1}`;
  const used = new Set();
  /** @type {[number, number][]} */
  const pairs = [];
  a.forEach((v, i) => {
    const refName = schemaRefName(v);
    let j = refName ? b.findIndex((w) => schemaRefName(w) === refName) : -1;
    if (j < 0 && !refName && i < b.length && !schemaRefName(b[i]) && !used.has(i)) j = i;
    if (j >= 0 && !used.has(j)) {
      used.add(j);
      pairs.push([i, j]);
    } else if (req) {
      add('breaking', 'request-variant-removed', `${name}: ${key} variant ${label(v, i)} removed: writers sending it are rejected`, ptr(pointer, key, i));
    } else {
      add('non-breaking', 'response-variant-removed', `${name}: ${key} variant ${label(v, i)} no longer returned`, ptr(pointer, key, i));
    }
  });
  b.forEach((w, j) => {
    if (used.has(j)) return;
    if (req) add('non-breaking', 'request-variant-added', `${name}: ${key} variant ${label(w, j)} added`, ptr(pointer, key, j));
    else add('warning', 'response-variant-added', `${name}: ${key} variant ${label(w, j)} added: readers may not handle it`, ptr(pointer, key, j));
  });
  for (const [i, j] of pairs) compareSchema(a[i], b[j], ptr(pointer, key, j), where, field, ctx);
}

/**
 * `X` → `oneOf: [X', Y]` (or back): X is compared with the variant of the same JSON type, the other variants are
 * new (or gone). Without such a variant the change is left to the generic "restructured" warning.
 * @param {any} os @param {any} ns @param {string} pointer @param {string} where @param {string} field
 * @param {SchemaContext} ctx
 * @param {(level: import('./findings.mjs').Level, rule: string, reason: string, at?: string) => void} add
 * @returns {boolean} whether it handled the pair
 */
function compareRestructured(os, ns, pointer, where, field, ctx, add) {
  const plainIsOld = !Array.isArray(os.oneOf ?? os.anyOf);
  const plain = plainIsOld ? os : ns;
  const plainTypes = typesOf(plainIsOld ? ctx.oldSpec : ctx.newSpec, plain);
  const split = plainIsOld ? ns : os;
  const varSpec = plainIsOld ? ctx.newSpec : ctx.oldSpec;
  const key = split.oneOf ? 'oneOf' : 'anyOf';
  /** @type {any[]} */
  const variants = split[key];
  if (!plainTypes) return false;
  const j = variants.findIndex((v) => {
    const t = typesOf(varSpec, flattenAllOf(varSpec, normalize(deref(varSpec, v))));
    return t !== undefined && [...plainTypes].every((x) => covers(t, x));
  });
  if (j < 0) return false;
  const name = field ? `${where} property ${code(field)}` : where;
  const req = ctx.dir === 'request';
  /** @type {any} */
  const body = Object.fromEntries(Object.entries(plain).filter(([k]) => !DOCS_KEYS.has(k)));
  const at = ptr(pointer, key, j);
  if (plainIsOld) compareSchema(body, variants[j], at, where, field, ctx);
  else compareSchema(variants[j], body, pointer, where, field, ctx);
  variants.forEach((v, i) => {
    if (i === j) return;
    const label = schemaRefName(v) ?? `#${i + 1}`;
    const vat = plainIsOld ? ptr(pointer, key, i) : ptr(pointer);
    if (plainIsOld) {
      if (req) add('non-breaking', 'request-variant-added', `${name}: now also accepts ${key} variant ${label}`, vat);
      else add('warning', 'response-variant-added', `${name}: ${key} variant ${label} added: readers may not handle it`, vat);
    } else if (req) {
      add('breaking', 'request-variant-removed', `${name}: ${key} variant ${label} removed: writers sending it are rejected`, vat);
    } else {
      add('non-breaking', 'response-variant-removed', `${name}: ${key} variant ${label} no longer returned`, vat);
    }
  });
  return true;
}
