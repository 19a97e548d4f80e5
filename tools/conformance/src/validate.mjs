// @ts-check
// The exchange validator: one recorded HTTP exchange (specs/EXCHANGES.md) against the bundled, dereferenced spec.
// Pure: no I/O, so the exchanges test suite, `pnpm conformance` against a live server and the validating proxy
// all judge traffic with exactly this code. Compiled schemas are cached per schema object (the spec is immutable).
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS: its default export is the function under NodeNext typing.
const addFormats = /** @type {typeof import('ajv-formats').default} */ (/** @type {unknown} */ (addFormatsModule));

/**
 * @typedef {'operation' | 'status' | 'body' | 'header' | 'content-type' | 'request'} ViolationKind
 * @typedef {{ kind: ViolationKind, pointer: string, message: string }} Violation
 * @typedef {object} Exchange
 * @property {{ method: string, path: string, headers?: Record<string, unknown>, body?: unknown, bodyText?: string, bodyBase64?: string }} request
 * @property {{ status: number, headers?: Record<string, unknown>, body?: unknown, bodyText?: string, bodyBase64?: string }} response
 * @property {string} [source]
 * @property {string} [mark]
 * @property {string} [note]
 * @property {unknown} [replay]
 * @typedef {object} ExchangeResult
 * @property {string | null} operationId  null when no operation of the spec matches
 * @property {string} method              upper case, as sent
 * @property {string} path                the spec's path template when matched, else the path as sent
 * @property {number} status
 * @property {Violation[]} violations
 */

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

/** Ajv options shared by both instances. OpenAPI 3.1 schemas carry keywords Ajv does not know (example, xml,
 * discriminator, x-…): not errors. @type {import('ajv').Options} */
const AJV_OPTIONS = { strict: false, allErrors: true, logger: false, validateFormats: true };

/** @param {Ajv2020} ajv */
function withFormats(ajv) {
  addFormats(ajv);
  // OpenAPI's own formats (OAS 3.1 §4.4): int32/int64 are range checks, the others are annotations.
  ajv.addFormat('int32', { type: 'number', validate: (n) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31 });
  ajv.addFormat('int64', { type: 'number', validate: (n) => Number.isInteger(n) });
  ajv.addFormat('float', { type: 'number', validate: () => true });
  ajv.addFormat('double', { type: 'number', validate: () => true });
  for (const f of ['binary', 'password']) ajv.addFormat(f, true);
  return ajv;
}

const ajv = withFormats(new Ajv2020(AJV_OPTIONS));
// Parameters and headers arrive as text: this instance coerces "25" to 25 and a lone value to an array, as the
// OpenAPI serialisation (form, explode) does.
const ajvText = withFormats(new Ajv2020({ ...AJV_OPTIONS, coerceTypes: 'array' }));

/** @type {WeakMap<object, import('ajv').ValidateFunction>} */
const compiled = new WeakMap();
/** @type {WeakMap<object, import('ajv').ValidateFunction>} */
const compiledText = new WeakMap();

/** @param {unknown} schema @param {boolean} [text] */
function validatorFor(schema, text = false) {
  const cache = text ? compiledText : compiled;
  if (typeof schema === 'boolean') schema = schema ? {} : { not: {} };
  const key = /** @type {object} */ (schema ?? {});
  let fn = cache.get(key);
  if (!fn) {
    fn = (text ? ajvText : ajv).compile(/** @type {object} */ (key));
    cache.set(key, fn);
  }
  return fn;
}

/** RFC 6901 escaping of one pointer token. @param {string} token */
export const escapePointer = (token) => token.replaceAll('~', '~0').replaceAll('/', '~1');

/**
 * Ajv's errors for one value, as violations. A failing oneOf/anyOf reports the errors of the branch that came
 * closest (the one whose type matched, when exactly one did) instead of every branch's complaints.
 * @param {import('ajv').ErrorObject[]} errors @param {ViolationKind} kind @param {string} base pointer prefix
 * @returns {Violation[]}
 */
export function ajvViolations(errors, kind, base) {
  let kept = errors;
  const combinators = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf');
  for (const c of combinators) {
    const prefix = `${c.schemaPath}/`;
    /** @type {Map<string, import('ajv').ErrorObject[]>} */
    const branches = new Map();
    for (const e of kept) {
      if (!e.schemaPath.startsWith(prefix)) continue;
      const branch = /** @type {string} */ (e.schemaPath.slice(prefix.length).split('/')[0]);
      branches.set(branch, [...(branches.get(branch) ?? []), e]);
    }
    if (branches.size === 0) continue;
    // A branch whose root type does not match the value is not the one the author meant.
    const plausible = [...branches.values()].filter(
      (errs) => !errs.some((e) => e.keyword === 'type' && e.instancePath === c.instancePath),
    );
    const inBranches = new Set([...branches.values()].flat());
    const best = plausible.length === 1 ? /** @type {import('ajv').ErrorObject[]} */ (plausible[0]) : [c];
    kept = kept.filter((e) => !inBranches.has(e) && e !== c).concat(best);
  }
  /** @type {Violation[]} */
  const out = [];
  const seen = new Set();
  for (const e of kept) {
    let path = e.instancePath;
    const params = /** @type {Record<string, unknown>} */ (e.params);
    if (e.keyword === 'required') path += `/${escapePointer(String(params.missingProperty))}`;
    if (e.keyword === 'additionalProperties' || e.keyword === 'unevaluatedProperties') {
      const extra = params.additionalProperty ?? params.unevaluatedProperty;
      path += `/${escapePointer(String(extra))}`;
    }
    const pointer = `${base}${path}`;
    const detail = e.keyword === 'enum' ? `${e.message}: ${JSON.stringify(params.allowedValues)}` : e.message;
    const message = `${pointer || '/'}: ${detail} (schema ${e.schemaPath})`;
    if (seen.has(message)) continue;
    seen.add(message);
    out.push({ kind, pointer, message });
  }
  // Schema order depends on how the spec is written; pointer order is what a reader scans.
  return out.sort((a, b) => (a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0));
}

/** @param {string} template */
function templateRegExp(template) {
  const source = template
    .split(/(\{[^}]+\})/)
    .map((part) => (/^\{[^}]+\}$/.test(part) ? '([^/]+)' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

/**
 * @typedef {object} OperationEntry
 * @property {string} template
 * @property {string} method     upper case
 * @property {any} operation
 * @property {any[]} parameters  path-item and operation parameters, the operation's winning
 * @property {RegExp} pattern
 * @property {string[]} names    path parameter names, in order
 * @property {number} literals   literal characters: a more specific template wins over a templated one
 */

/** @type {WeakMap<object, OperationEntry[]>} */
const indexes = new WeakMap();

/** Every operation of a bundled, dereferenced spec. @param {any} spec @returns {OperationEntry[]} */
export function listOperations(spec) {
  let index = indexes.get(spec);
  if (index) return index;
  index = [];
  for (const [template, item] of Object.entries(spec?.paths ?? {})) {
    for (const m of METHODS) {
      const operation = item?.[m];
      if (!operation) continue;
      /** @type {Map<string, any>} */
      const params = new Map();
      for (const p of [...(item.parameters ?? []), ...(operation.parameters ?? [])]) params.set(`${p.in}:${p.name}`, p);
      const names = [...template.matchAll(/\{([^}]+)\}/g)].map((x) => /** @type {string} */ (x[1]));
      index.push({
        template,
        method: m.toUpperCase(),
        operation,
        parameters: [...params.values()],
        pattern: templateRegExp(template),
        names,
        literals: template.replace(/\{[^}]+\}/g, '').length,
      });
    }
  }
  index.sort((a, b) => b.literals - a.literals);
  indexes.set(spec, index);
  return index;
}

/** @param {string} path */
function splitPath(path) {
  const q = path.indexOf('?');
  return q < 0 ? { pathname: path, query: '' } : { pathname: path.slice(0, q), query: path.slice(q + 1) };
}

/** decodeURIComponent that keeps undecodable text as is (the raw value is still worth validating). @param {string} s */
function decode(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * Finds the operation for a method and a path relative to the server URL. Matching is exact (case-sensitive):
 * a path that only matches in another case is reported, not accepted — the spec documents one spelling. One
 * tolerance: the PVWA URL rule "a URL that contains a dot must end with /" makes clients append a slash to the
 * path when the path or the query has a dot, so such a path may carry one trailing slash the template does not have.
 * @param {any} spec @param {string} method @param {string} pathname
 * @param {boolean} [urlHasDot]  the path or its query contains a dot (default: the path does)
 * @returns {{ entry: OperationEntry, pathParams: Record<string, string> } | { entry: null, message: string }}
 */
export function findOperation(spec, method, pathname, urlHasDot = pathname.includes('.')) {
  const ops = listOperations(spec);
  const upper = method.toUpperCase();
  const candidates = [pathname];
  if (pathname.length > 1 && pathname.endsWith('/') && urlHasDot) candidates.push(pathname.slice(0, -1));
  for (const candidate of candidates) {
    const matching = ops.filter((o) => o.pattern.test(candidate));
    const entry = matching.find((o) => o.method === upper);
    if (entry) {
      const values = /** @type {RegExpExecArray} */ (entry.pattern.exec(candidate)).slice(1);
      /** @type {Record<string, string>} */
      const pathParams = {};
      entry.names.forEach((name, i) => (pathParams[name] = decode(/** @type {string} */ (values[i]))));
      return { entry, pathParams };
    }
    if (matching.length > 0) {
      const template = /** @type {OperationEntry} */ (matching[0]).template;
      const allowed = matching.map((o) => o.method).join(', ');
      return { entry: null, message: `${upper} ${template} is not documented (documented methods: ${allowed})` };
    }
  }
  const lower = pathname.toLowerCase();
  const caseOnly = ops.find((o) => new RegExp(o.pattern.source, 'i').test(lower) && o.method === upper);
  if (caseOnly) {
    return { entry: null, message: `${upper} ${pathname} matches ${caseOnly.template} only in another letter case` };
  }
  return { entry: null, message: `no operation of the spec matches ${upper} ${pathname}` };
}

/** @param {string} query @returns {Map<string, string[]>} */
function parseQuery(query) {
  /** @type {Map<string, string[]>} */
  const out = new Map();
  if (!query) return out;
  for (const pair of query.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    // `+` is not a space here: PVWA forbids it and percent-encodes spaces as %20, Sentinel's TinyQ is plain text.
    const name = decode(eq < 0 ? pair : pair.slice(0, eq));
    const value = eq < 0 ? '' : decode(pair.slice(eq + 1));
    out.set(name, [...(out.get(name) ?? []), value]);
  }
  return out;
}

/** Header lookup ignoring case (HTTP field names are case-insensitive). @param {Record<string, unknown> | undefined} headers */
function headerMap(headers) {
  /** @type {Map<string, string>} */
  const out = new Map();
  for (const [k, v] of Object.entries(headers ?? {})) {
    if (v === undefined || v === null) continue;
    out.set(k.toLowerCase(), Array.isArray(v) ? v.map(String).join(', ') : String(v));
  }
  return out;
}

/** `type/subtype` in lower case, parameters dropped. @param {string} value */
const essence = (value) => (value.split(';')[0] ?? '').trim().toLowerCase();

/** @param {string} mediaType */
const isJsonMediaType = (mediaType) => {
  const e = essence(mediaType);
  return e === 'application/json' || e.endsWith('+json');
};

/**
 * The spec's media type entry for a response Content-Type: exact, then `type/*`, then `* /*`.
 * @param {Record<string, any>} content @param {string} contentType
 */
function findMediaType(content, contentType) {
  const wanted = essence(contentType);
  const keys = Object.keys(content);
  const exact = keys.find((k) => essence(k) === wanted);
  if (exact) return exact;
  const range = keys.find((k) => essence(k) === `${wanted.split('/')[0]}/*`);
  return range ?? keys.find((k) => essence(k) === '*/*');
}

/** @param {Record<string, any>} responses @param {number} status */
function findResponse(responses, status) {
  const exact = responses[String(status)];
  if (exact) return { key: String(status), response: exact };
  const rangeKey = `${String(status)[0]}XX`;
  const range = responses[rangeKey] ?? responses[rangeKey.toLowerCase()];
  if (range) return { key: rangeKey, response: range };
  if (responses.default) return { key: 'default', response: responses.default };
  return null;
}

/** @param {{ body?: unknown, bodyText?: string, bodyBase64?: string }} message */
function hasBody(message) {
  return (
    message.body !== undefined ||
    (typeof message.bodyText === 'string' && message.bodyText !== '') ||
    (typeof message.bodyBase64 === 'string' && message.bodyBase64 !== '')
  );
}

/** Does a schema accept a plain string (i.e. the spec documents text for this media type)? @param {any} schema */
function acceptsText(schema) {
  if (!schema || typeof schema !== 'object') return schema !== false;
  const type = schema.type;
  if (type === 'string' || (Array.isArray(type) && type.includes('string'))) return true;
  if (type === undefined && !schema.properties && !schema.items) {
    const branches = schema.oneOf ?? schema.anyOf;
    if (Array.isArray(branches)) return branches.some(acceptsText);
    return !schema.allOf && !schema.const && !schema.enum;
  }
  return false;
}

/**
 * The response body as the value its schema judges, or a violation when it cannot be read as that media type.
 * @param {Exchange['response']} response @param {string} mediaType @param {any} schema
 * @returns {{ value: unknown } | { violation: Violation } | { skip: true }}
 */
function bodyValue(response, mediaType, schema) {
  if (isJsonMediaType(mediaType)) {
    if (response.body !== undefined) return { value: response.body };
    if (typeof response.bodyText === 'string') {
      try {
        return { value: JSON.parse(response.bodyText) };
      } catch (e) {
        // Text that is not JSON is acceptable only where the schema itself documents text.
        if (acceptsText(schema)) return { value: response.bodyText };
        return {
          violation: {
            kind: 'body',
            pointer: '/response/body',
            message: `/response/body: ${essence(mediaType)} body is not valid JSON (${/** @type {Error} */ (e).message})`,
          },
        };
      }
    }
    return { skip: true }; // raw bytes labelled JSON: nothing to judge beyond the media type
  }
  // Non-JSON media types: a text body is judged as a string; bytes only by their presence.
  if (typeof response.bodyText === 'string') return { value: response.bodyText };
  if (response.body !== undefined) return { value: JSON.stringify(response.body) };
  return { skip: true };
}

/**
 * Validates one exchange against a bundled, dereferenced OpenAPI 3.1 spec.
 * @param {any} spec
 * @param {Exchange} exchange
 * @returns {ExchangeResult}
 */
export function validateExchange(spec, exchange) {
  const method = String(exchange?.request?.method ?? '').toUpperCase();
  const rawPath = String(exchange?.request?.path ?? '');
  const status = Number(exchange?.response?.status);
  /** @type {Violation[]} */
  const violations = [];
  const { pathname, query } = splitPath(rawPath);

  const found = findOperation(spec, method, pathname, rawPath.includes('.'));
  if (!found.entry) {
    violations.push({ kind: 'operation', pointer: '/request/path', message: `/request/path: ${found.message}` });
    return { operationId: null, method, path: pathname, status, violations };
  }
  const { entry, pathParams } = found;
  const result = { operationId: entry.operation.operationId ?? null, method, path: entry.template, status, violations };

  violations.push(...checkRequest(entry, pathParams, parseQuery(query), exchange.request));
  violations.push(...checkResponse(entry, status, exchange.response ?? { status }));
  return result;
}

/**
 * @param {OperationEntry} entry @param {Record<string, string>} pathParams @param {Map<string, string[]>} query
 * @param {Exchange['request']} request
 * @returns {Violation[]}
 */
function checkRequest(entry, pathParams, query, request) {
  /** @type {Violation[]} */
  const out = [];
  for (const p of entry.parameters) {
    if (p.in !== 'path' && p.in !== 'query') continue;
    const base = `/request/${p.in}/${escapePointer(p.name)}`;
    const values = p.in === 'path' ? (p.name in pathParams ? [/** @type {string} */ (pathParams[p.name])] : []) : query.get(p.name);
    if (!values || values.length === 0) {
      if (p.required) out.push({ kind: 'request', pointer: base, message: `${base}: required ${p.in} parameter is missing` });
      continue;
    }
    const schema = p.schema ?? {};
    const isArray = schema.type === 'array' || (Array.isArray(schema.type) && schema.type.includes('array'));
    if (!isArray && values.length > 1) {
      out.push({ kind: 'request', pointer: base, message: `${base}: sent ${values.length} times, the spec allows one value` });
      continue;
    }
    const validate = validatorFor(schema, true);
    const value = isArray ? [...values] : values[0];
    if (!validate(value)) out.push(...ajvViolations(validate.errors ?? [], 'request', base));
  }
  const requestBody = entry.operation.requestBody;
  if (requestBody?.required && !hasBody(request)) {
    out.push({ kind: 'request', pointer: '/request/body', message: '/request/body: the spec requires a request body; none was sent' });
  }
  if (requestBody?.content && request.body !== undefined) {
    const headers = headerMap(request.headers);
    const sent = headers.get('content-type');
    const key = sent ? findMediaType(requestBody.content, sent) : Object.keys(requestBody.content).find(isJsonMediaType);
    const media = key ? requestBody.content[key] : undefined;
    if (media?.schema && key && isJsonMediaType(key)) {
      const validate = validatorFor(media.schema);
      if (!validate(request.body)) out.push(...ajvViolations(validate.errors ?? [], 'request', '/request/body'));
    }
  }
  return out;
}

/**
 * @param {OperationEntry} entry @param {number} status @param {Exchange['response']} response
 * @returns {Violation[]}
 */
function checkResponse(entry, status, response) {
  /** @type {Violation[]} */
  const out = [];
  const responses = entry.operation.responses ?? {};
  const documented = findResponse(responses, status);
  if (!documented) {
    const keys = Object.keys(responses).join(', ');
    out.push({ kind: 'status', pointer: '/response/status', message: `/response/status: ${status} is not documented (documented: ${keys})` });
    return out;
  }
  const spec = documented.response;
  const headers = headerMap(response.headers);

  for (const [name, header] of Object.entries(spec.headers ?? {})) {
    if (name.toLowerCase() === 'content-type') continue; // described by `content`, not by a header object
    const base = `/response/headers/${escapePointer(name)}`;
    const value = headers.get(name.toLowerCase());
    if (value === undefined) {
      if (header?.required) out.push({ kind: 'header', pointer: base, message: `${base}: required header is missing` });
      continue;
    }
    if (header?.schema) {
      const validate = validatorFor(header.schema, true);
      if (!validate(value)) out.push(...ajvViolations(validate.errors ?? [], 'header', base));
    }
  }

  const content = spec.content ?? {};
  const documentedTypes = Object.keys(content);
  const bodySent = hasBody(response);
  if (documentedTypes.length === 0) {
    if (bodySent) {
      out.push({ kind: 'body', pointer: '/response/body', message: `/response/body: the spec documents no body for ${documented.key}, one was sent` });
    }
    return out;
  }
  if (!bodySent) {
    out.push({
      kind: 'body',
      pointer: '/response/body',
      message: `/response/body: no body; the spec documents ${documentedTypes.join(', ')} for ${documented.key}`,
    });
    return out;
  }
  const contentType = headers.get('content-type');
  if (!contentType) {
    out.push({
      kind: 'content-type',
      pointer: '/response/headers/Content-Type',
      message: `/response/headers/Content-Type: missing; the spec documents ${documentedTypes.join(', ')}`,
    });
    return out;
  }
  const mediaType = findMediaType(content, contentType);
  if (!mediaType) {
    out.push({
      kind: 'content-type',
      pointer: '/response/headers/Content-Type',
      message: `/response/headers/Content-Type: ${contentType} is not documented for ${documented.key} (documented: ${documentedTypes.join(', ')})`,
    });
    return out;
  }
  const schema = content[mediaType]?.schema;
  if (schema === undefined) return out;
  const read = bodyValue(response, mediaType, schema);
  if ('violation' in read) out.push(read.violation);
  else if ('value' in read) {
    const validate = validatorFor(schema);
    if (!validate(read.value)) out.push(...ajvViolations(validate.errors ?? [], 'body', '/response/body'));
  }
  return out;
}
