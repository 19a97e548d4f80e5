// @ts-check
// The validator against small inline specs: each violation kind is detected, with the pointer a user can look up,
// and conforming traffic gives none.
import { describe, expect, it } from 'vitest';
import { validateExchange } from '../src/validate.mjs';

const thing = {
  type: 'object',
  required: ['id', 'name'],
  properties: {
    id: { type: 'integer' },
    name: { type: 'string' },
    kind: { type: 'string', enum: ['a', 'b'] },
    start: { type: 'string', format: 'date-time' },
  },
};
const spec = {
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  paths: {
    '/things': {
      get: {
        operationId: 'listThings',
        parameters: [
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1 } },
          { name: 'field', in: 'query', schema: { type: 'array', items: { type: 'string' } } },
          { name: 'q', in: 'query', required: true, schema: { type: 'string', pattern: '^[^+&%]*$' } },
        ],
        responses: {
          200: {
            description: 'ok',
            headers: { 'X-Total': { required: true, schema: { type: 'integer' } } },
            content: { 'application/json': { schema: { type: 'array', items: thing } } },
          },
          '4XX': { description: 'client error', content: { 'text/html': { schema: { type: 'string' } } } },
        },
      },
      post: {
        operationId: 'createThing',
        requestBody: { required: true, content: { 'application/json': { schema: thing } } },
        responses: { 201: { description: 'created' }, default: { description: 'any', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
    '/things/{id}': {
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
      get: {
        operationId: 'getThing',
        responses: {
          200: {
            description: 'ok',
            content: {
              'application/json': {
                schema: {
                  oneOf: [
                    { type: 'object', required: ['url', 'request'], properties: { url: { type: 'string' }, request: { type: 'string' } } },
                    { type: 'string' },
                  ],
                },
              },
            },
          },
        },
      },
    },
    '/files/{name}': {
      get: {
        operationId: 'getFile',
        parameters: [{ name: 'name', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { 200: { description: 'ok', content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } } },
      },
    },
  },
};

/** @returns {any} a fresh conforming exchange, freely edited by each test */
const okList = () => ({
  request: { method: 'GET', path: '/things?limit=2&q=admin%20server01&field=name&field=id' },
  response: {
    status: 200,
    headers: { 'content-type': 'application/json; charset=utf-8', 'X-Total': '2' },
    body: [{ id: 1, name: 'one', kind: 'a', start: '2024-01-01T10:00:00.123Z' }, { id: 2, name: 'two' }],
  },
});

/** @param {any} exchange */
const check = (exchange) => validateExchange(spec, exchange);
/** @param {any} exchange */
const kinds = (exchange) => check(exchange).violations.map((v) => [v.kind, v.pointer]);

describe('validateExchange', () => {
  it('accepts conforming traffic and names the operation', () => {
    const result = check(okList());
    expect(result).toEqual({ operationId: 'listThings', method: 'GET', path: '/things', status: 200, violations: [] });
  });

  describe('operation', () => {
    it('reports a path no operation matches', () => {
      const result = check({ ...okList(), request: { method: 'GET', path: '/nothing' } });
      expect(result.operationId).toBeNull();
      expect(result.violations).toEqual([{ kind: 'operation', pointer: '/request/path', message: expect.stringContaining('/nothing') }]);
    });
    it('reports an undocumented method, naming the documented ones', () => {
      const [v] = check({ request: { method: 'DELETE', path: '/things' }, response: { status: 204 } }).violations;
      expect(v).toMatchObject({ kind: 'operation', message: expect.stringContaining('documented methods: GET, POST') });
    });
    it('does not match paths case-insensitively', () => {
      const [v] = check({ ...okList(), request: { method: 'GET', path: '/Things?q=x' } }).violations;
      expect(v).toMatchObject({ kind: 'operation', message: expect.stringContaining('only in another letter case') });
    });
    it('accepts the trailing slash a client adds to a URL with a dot, and nothing else', () => {
      const ok = { status: 200, headers: { 'Content-Type': 'application/octet-stream' }, bodyBase64: 'AAE=' };
      expect(kinds({ request: { method: 'GET', path: '/files/a.rdp/' }, response: ok })).toEqual([]);
      expect(kinds({ request: { method: 'GET', path: '/files/abc/?version=1.2' }, response: ok })).toEqual([]);
      expect(kinds({ request: { method: 'GET', path: '/files/abc/' }, response: ok })).toEqual([['operation', '/request/path']]);
    });
  });

  describe('status', () => {
    it('reports an undocumented status', () => {
      const result = check({ ...okList(), response: { status: 500, headers: {}, bodyText: 'boom' } });
      expect(result.violations).toEqual([{ kind: 'status', pointer: '/response/status', message: expect.stringContaining('500 is not documented (documented: 200, 4XX)') }]);
    });
    it('accepts a status covered by a range or by default', () => {
      expect(kinds({ ...okList(), response: { status: 404, headers: { 'Content-Type': 'text/html' }, bodyText: '<h1>nope</h1>' } })).toEqual([]);
      const created = { request: { method: 'POST', path: '/things', body: { id: 1, name: 'x' } }, response: { status: 503, headers: { 'Content-Type': 'application/json' }, body: {} } };
      expect(kinds(created)).toEqual([]);
    });
  });

  describe('body', () => {
    it('reports a missing required property and a wrong type at their pointers', () => {
      const exchange = okList();
      exchange.response.body = [{ id: 1, name: 'one' }, /** @type {any} */ ({ id: 'two' })];
      expect(kinds(exchange)).toEqual([
        ['body', '/response/body/1/id'],
        ['body', '/response/body/1/name'],
      ]);
    });
    it('reports an enum and a format violation', () => {
      const exchange = okList();
      exchange.response.body = [{ id: 1, name: 'one', kind: 'c', start: 'yesterday' }];
      const violations = check(exchange).violations;
      expect(violations.map((v) => v.pointer)).toEqual(['/response/body/0/kind', '/response/body/0/start']);
      expect(violations[0]?.message).toContain('["a","b"]');
    });
    it('reports bodyText that is not JSON on a JSON media type, unless the schema documents text', () => {
      const exchange = /** @type {any} */ (okList());
      delete exchange.response.body;
      exchange.response.bodyText = '{"Code": "broken" "json"}';
      expect(kinds(exchange)).toEqual([['body', '/response/body']]);
      const text = { request: { method: 'GET', path: '/things/1' }, response: { status: 200, headers: { 'Content-Type': 'application/json' }, bodyText: 'not json' } };
      expect(kinds(text)).toEqual([]);
    });
    it('judges bodyText that is JSON like a body', () => {
      const exchange = /** @type {any} */ (okList());
      delete exchange.response.body;
      exchange.response.bodyText = '[{"id": 1}]';
      expect(kinds(exchange)).toEqual([['body', '/response/body/0/name']]);
    });
    it('reports a missing body where content is documented, and a body where none is', () => {
      const exchange = /** @type {any} */ (okList());
      delete exchange.response.body;
      expect(kinds(exchange)).toEqual([['body', '/response/body']]);
      const created = { request: { method: 'POST', path: '/things', body: { id: 1, name: 'x' } }, response: { status: 201, body: { id: 1 } } };
      expect(kinds(created)).toEqual([['body', '/response/body']]);
    });
    it('reports the closest oneOf branch, not every branch', () => {
      const exchange = { request: { method: 'GET', path: '/things/7' }, response: { status: 200, headers: { 'Content-Type': 'application/json' }, body: { url: 'u' } } };
      expect(kinds(exchange)).toEqual([['body', '/response/body/request']]);
    });
  });

  describe('header', () => {
    it('reports a missing required header', () => {
      const exchange = okList();
      exchange.response.headers = { 'content-type': 'application/json' };
      expect(check(exchange).violations).toEqual([{ kind: 'header', pointer: '/response/headers/X-Total', message: '/response/headers/X-Total: required header is missing' }]);
    });
    it('reports a header value of the wrong type, and reads header names in any case', () => {
      const exchange = okList();
      exchange.response.headers = { 'content-type': 'application/json', 'x-total': 'many' };
      expect(kinds(exchange)).toEqual([['header', '/response/headers/X-Total']]);
    });
  });

  describe('content-type', () => {
    it('reports an undocumented content type', () => {
      const exchange = okList();
      exchange.response.headers['content-type'] = 'text/plain';
      const violations = check(exchange).violations;
      expect(violations).toEqual([{ kind: 'content-type', pointer: '/response/headers/Content-Type', message: expect.stringContaining('text/plain is not documented for 200') }]);
    });
    it('reports a body without a content type', () => {
      const exchange = /** @type {any} */ (okList());
      delete exchange.response.headers['content-type'];
      expect(kinds(exchange)).toEqual([['content-type', '/response/headers/Content-Type']]);
    });
  });

  describe('request', () => {
    it('reports path and query parameters that break their schema, and a missing required one', () => {
      expect(kinds({ request: { method: 'GET', path: '/things/abc' }, response: { status: 200, headers: { 'Content-Type': 'application/json' }, body: 'x' } }))
        .toEqual([['request', '/request/path/id']]);
      const exchange = okList();
      exchange.request.path = '/things?limit=0&q=a%2Bb&limit=3';
      expect(kinds(exchange)).toEqual([['request', '/request/query/limit'], ['request', '/request/query/q']]);
      exchange.request.path = '/things';
      expect(kinds(exchange)).toEqual([['request', '/request/query/q']]);
    });
    it('reports a missing required request body and a body that breaks its schema', () => {
      const response = { status: 201 };
      expect(kinds({ request: { method: 'POST', path: '/things' }, response })).toEqual([['request', '/request/body']]);
      expect(kinds({ request: { method: 'POST', path: '/things', body: { id: 'x', name: 'n' } }, response })).toEqual([['request', '/request/body/id']]);
    });
  });
});
