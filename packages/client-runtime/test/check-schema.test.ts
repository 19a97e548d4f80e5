/** checkSchema: the spec's argument rules (codegen's CONSTRAINTS) as InvalidInputError naming field and keyword. */
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../src/errors.js';
import { type SpecSchema, checkSchema } from '../src/validate.js';

const query: SpecSchema = {
  properties: {
    Limit: { type: 'integer', minimum: 1, maximum: 1000 },
    Sort: { type: 'string', enum: ['RiskScore', '-RiskScore'] },
    Search: { type: 'string', minLength: 1, pattern: '^[^+&%]+$' },
    Safe: { type: 'string', minLength: 3 },
    field: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
    pair: { type: 'array', minItems: 2 },
    ratio: { type: 'number' },
    flag: { type: 'boolean' },
  },
  required: ['Limit'],
  additionalProperties: false,
};
const body: SpecSchema = {
  type: 'object',
  properties: {
    start: { type: 'string', format: 'date-time' },
    meta: { type: 'object', properties: { '@href': { type: 'string', minLength: 1 } }, required: ['type'] },
  },
};

function failure(run: () => void): { field: string | undefined; rule: string | undefined; message: string } {
  try {
    run();
  } catch (err) {
    expect(err).toBeInstanceOf(InvalidInputError);
    const e = err as InvalidInputError;
    return { field: e.field, rule: e.rule, message: e.message };
  }
  throw new Error('expected an InvalidInputError');
}

describe('checkSchema', () => {
  it.each<[string, unknown, string, string]>([
    ['not an object', 'Limit=5', 'query', 'type'],
    ['a missing required name', {}, 'Limit', 'required'],
    ['an unknown name', { Limit: 1, limit: 5 }, 'limit', 'known-parameter'],
    ['a fraction', { Limit: 1.5 }, 'Limit', 'integer'],
    ['a numeric string', { Limit: '5' }, 'Limit', 'integer'],
    ['below minimum', { Limit: 0 }, 'Limit', 'minimum'],
    ['above maximum', { Limit: 1001 }, 'Limit', 'maximum'],
    ['outside the enum', { Limit: 1, Sort: 'riskscore' }, 'Sort', 'enum'],
    ['an empty string', { Limit: 1, Search: '' }, 'Search', 'non-empty'],
    ['too short', { Limit: 1, Safe: 'ab' }, 'Safe', 'minLength'],
    ['against the pattern', { Limit: 1, Search: 'a&b' }, 'Search', 'pattern'],
    ['not an array', { Limit: 1, field: 'name' }, 'field', 'type'],
    ['an empty array', { Limit: 1, field: [] }, 'field', 'non-empty-array'],
    ['too few items', { Limit: 1, pair: ['a'] }, 'pair', 'minItems'],
    ['a bad item', { Limit: 1, field: ['a', ''] }, 'field[1]', 'non-empty'],
    ['NaN for a number', { Limit: 1, ratio: Number.NaN }, 'ratio', 'type'],
    ['a string for a boolean', { Limit: 1, flag: 'true' }, 'flag', 'type'],
  ])('query with %s', (_name, value, field, rule) => {
    expect(failure(() => checkSchema(value, query, 'query'))).toMatchObject({ field, rule });
  });

  it('accepts what the schema allows, undefined values included (an absent optional name)', () => {
    expect(() => checkSchema({ Limit: 1000, Sort: '-RiskScore', Search: 'a b', field: ['x'], ratio: 0.5, flag: false, Offset: undefined }, query, 'query')).not.toThrow();
  });

  it('date-time: RFC 3339 with a zone; impossible dates refused', () => {
    for (const start of ['2012-04-25T13:33:44.727Z', '2012-04-25T13:33:44+02:00', '2012-04-25t13:33:44z']) {
      expect(() => checkSchema({ start }, body, 'update')).not.toThrow();
    }
    for (const start of ['2012-04-25', '2012-04-25T13:33:44', '2012-13-25T13:33:44Z', 'yesterday', '1335360824727']) {
      expect(failure(() => checkSchema({ start }, body, 'update'))).toMatchObject({ field: 'start', rule: 'date-time' });
    }
  });

  it('names nested fields by their path, and the whole value by the name given', () => {
    expect(failure(() => checkSchema({ meta: { '@href': '' } }, body, 'update'))).toMatchObject({ field: 'meta.type', rule: 'required' });
    expect(failure(() => checkSchema({ meta: { type: 'x', '@href': '' } }, body, 'update'))).toMatchObject({ field: 'meta.@href', rule: 'non-empty' });
    expect(failure(() => checkSchema(null, body, 'update'))).toMatchObject({ field: 'update', rule: 'type' });
  });

  it('never quotes the value (it may be a secret)', () => {
    const secret = 'S3cr3t&value';
    const { message } = failure(() => checkSchema({ Limit: 1, Search: secret }, query, 'query'));
    expect(message).not.toContain(secret);
    expect(failure(() => checkSchema({ Limit: 1, Sort: secret }, query, 'query')).message).not.toContain(secret);
  });
});
