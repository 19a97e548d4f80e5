// @ts-check
// One test per classification rule: a small spec, a copy with one edit, and the exact list of findings that edit
// must produce (level, rule, and where), so a rule that fires too often fails as surely as one that never fires.
import { describe, expect, it } from 'vitest';
import { classify } from '../src/classify.mjs';

/** The base spec every case edits: pets with a request schema (NewPet) and a response schema (Pet). */
function base() {
  const json = (/** @type {any} */ schema) => ({ content: { 'application/json': { schema } } });
  return /** @type {any} */ ({
    openapi: '3.1.0',
    info: { title: 'Pets', version: '1.0.0', description: 'Pet store.' },
    servers: [{ url: 'https://{host}/api/v1', variables: { host: { default: 'example.com' } } }],
    security: [{ token: [] }],
    tags: [{ name: 'pets', description: 'Pets.' }],
    paths: {
      '/pets': {
        get: {
          operationId: 'listPets',
          summary: 'List pets',
          tags: ['pets'],
          parameters: [
            { name: 'limit', in: 'query', description: 'Page size.', schema: { type: 'integer', maximum: 100 } },
            { name: 'sort', in: 'query', schema: { type: 'string' } },
            { name: 'ratio', in: 'query', schema: { type: 'number' } },
          ],
          responses: {
            '200': {
              description: 'A page of pets.',
              headers: { 'X-Total': { required: true, schema: { type: 'integer' } }, 'X-Trace': { schema: { type: 'string' } } },
              ...json({
                type: 'object',
                required: ['items'],
                properties: { items: { type: 'array', items: { $ref: '#/components/schemas/Pet' } }, next: { type: 'string' } },
              }),
            },
          },
        },
        post: {
          operationId: 'createPet',
          summary: 'Create a pet',
          requestBody: {
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/NewPet' }, example: { name: 'Rex' } },
              'application/x-www-form-urlencoded': { schema: { $ref: '#/components/schemas/NewPet' } },
            },
          },
          responses: { '201': { description: 'Created.', ...json({ $ref: '#/components/schemas/Pet' }) }, '400': { description: 'Bad.' } },
        },
      },
      '/pets/{id}': {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        get: {
          operationId: 'getPet',
          summary: 'Get a pet',
          security: [],
          responses: { '200': { description: 'The pet.', ...json({ $ref: '#/components/schemas/Pet' }) }, '404': { description: 'No such pet.' } },
        },
        delete: { operationId: 'deletePet', summary: 'Delete a pet', responses: { '204': { description: 'Deleted.' } } },
      },
    },
    components: {
      securitySchemes: { token: { type: 'apiKey', in: 'header', name: 'Authorization' } },
      schemas: {
        Pet: {
          type: 'object',
          required: ['id', 'name'],
          properties: {
            id: { type: 'string' },
            name: { type: 'string' },
            kind: { type: 'string', enum: ['cat', 'dog'] },
            tag: { type: 'string' },
            shape: { oneOf: [{ $ref: '#/components/schemas/Round' }, { type: 'string' }] },
          },
        },
        NewPet: {
          type: 'object',
          required: ['name'],
          properties: { name: { type: 'string', maxLength: 64 }, kind: { type: 'string', enum: ['cat', 'dog'] }, tag: { type: 'string' } },
        },
        Round: { type: 'object', properties: { radius: { type: 'number' } } },
        Unused: { type: 'object', properties: { a: { type: 'string' } } },
      },
    },
  });
}

/**
 * Findings of one edit, as [level, rule, operationId or pointer] triples.
 * @param {(spec: any) => void} edit
 */
function changes(edit) {
  const after = base();
  edit(after);
  return classify(base(), after).map((f) => [f.level, f.rule, f.operationId ?? f.pointer]);
}

/** @param {(spec: any) => void} edit */
const findings = (edit) => {
  const after = base();
  edit(after);
  return classify(base(), after);
};

const pets = (/** @type {any} */ s) => s.paths['/pets'];
const petProps = (/** @type {any} */ s) => s.components.schemas.Pet.properties;
const newPetProps = (/** @type {any} */ s) => s.components.schemas.NewPet.properties;

describe('no change', () => {
  it('reports nothing for identical specs', () => {
    expect(changes(() => {})).toEqual([]);
  });
});

describe('breaking', () => {
  it('path removed: every operation of it', () => {
    expect(changes((s) => delete s.paths['/pets/{id}'])).toEqual([
      ['breaking', 'path-removed', 'getPet'],
      ['breaking', 'path-removed', 'deletePet'],
    ]);
  });

  it('method removed from a path that stays', () => {
    const f = findings((s) => delete s.paths['/pets/{id}'].delete);
    expect(f.map((x) => [x.level, x.rule, x.operationId, x.pointer])).toEqual([
      ['breaking', 'operation-removed', 'deletePet', '#/paths/~1pets~1{id}/delete'],
    ]);
    expect(f[0]?.reason).toBe('DELETE /pets/{id} removed: callers of it break');
  });

  it('required request parameter added', () => {
    expect(changes((s) => pets(s).get.parameters.push({ name: 'owner', in: 'query', required: true, schema: { type: 'string' } }))).toEqual([
      ['breaking', 'request-parameter-added-required', 'listPets'],
    ]);
  });

  it('parameter made required', () => {
    const f = findings((s) => (pets(s).get.parameters[0].required = true));
    expect(f.map((x) => [x.level, x.rule, x.pointer])).toEqual([
      ['breaking', 'request-parameter-made-required', '#/paths/~1pets/get/parameters/0/required'],
    ]);
    expect(f[0]?.reason).toBe('query parameter `limit` made required: callers that omit it are rejected');
  });

  it('parameter removed', () => {
    expect(changes((s) => pets(s).get.parameters.splice(1, 1))).toEqual([['breaking', 'request-parameter-removed', 'listPets']]);
  });

  it('parameter type narrowed: string → enum', () => {
    const f = findings((s) => (pets(s).get.parameters[1].schema.enum = ['name', 'age']));
    expect(f.map((x) => [x.level, x.rule, x.pointer])).toEqual([['breaking', 'request-enum-added', '#/paths/~1pets/get/parameters/1/schema']]);
    expect(f[0]?.reason).toMatch(/^query parameter `sort`: now restricted to "name", "age": writers sending other values are rejected$/);
  });

  it('parameter type narrowed: number → integer', () => {
    expect(changes((s) => (pets(s).get.parameters[2].schema.type = 'integer'))).toEqual([['breaking', 'request-type-narrowed', 'listPets']]);
  });

  it('parameter maximum lowered, pattern added', () => {
    expect(changes((s) => {
      pets(s).get.parameters[0].schema.maximum = 50;
      pets(s).get.parameters[1].schema.pattern = '^[a-z]+$';
    })).toEqual([
      ['breaking', 'request-constraint-narrowed', 'listPets'],
      ['breaking', 'request-constraint-narrowed', 'listPets'],
    ]);
  });

  it('request body property: enum value removed, maxLength lowered (component pointer, names its writers)', () => {
    const f = findings((s) => {
      newPetProps(s).kind.enum = ['cat'];
      newPetProps(s).name.maxLength = 32;
    });
    expect(f.map((x) => [x.level, x.rule, x.pointer])).toEqual([
      ['breaking', 'request-constraint-narrowed', '#/components/schemas/NewPet/properties/name/maxLength'],
      ['breaking', 'request-enum-value-removed', '#/components/schemas/NewPet/properties/kind'],
    ]);
    expect(f[1]?.reason).toBe('schema NewPet property `kind`: enum value "dog" removed: writers sending it are rejected (sent by createPet)');
  });

  it('request body made required', () => {
    expect(changes((s) => (pets(s).post.requestBody.required = true))).toEqual([['breaking', 'request-body-made-required', 'createPet']]);
  });

  it('required request body added', () => {
    expect(changes((s) => (s.paths['/pets/{id}'].delete.requestBody = { required: true, content: { 'application/json': { schema: { type: 'object' } } } }))).toEqual([
      ['breaking', 'request-body-added-required', 'deletePet'],
    ]);
  });

  it('new required request property', () => {
    expect(changes((s) => {
      newPetProps(s).owner = { type: 'string' };
      s.components.schemas.NewPet.required.push('owner');
    })).toEqual([['breaking', 'request-property-added-required', '#/components/schemas/NewPet/properties/owner']]);
  });

  it('response property removed: readers break', () => {
    const f = findings((s) => delete petProps(s).tag);
    expect(f.map((x) => [x.level, x.rule, x.pointer])).toEqual([['breaking', 'response-property-removed', '#/components/schemas/Pet/properties/tag']]);
    expect(f[0]?.reason).toBe('schema Pet property `tag` removed: readers of it break (returned by listPets, createPet, getPet)');
  });

  it('response property made optional where it was required', () => {
    expect(changes((s) => (s.components.schemas.Pet.required = ['id']))).toEqual([
      ['breaking', 'response-property-made-optional', '#/components/schemas/Pet/properties/name'],
    ]);
  });

  it('response type changed, and a response type widened to null', () => {
    expect(changes((s) => (petProps(s).id.type = 'integer'))).toEqual([['breaking', 'response-type-changed', '#/components/schemas/Pet/properties/id']]);
    const f = findings((s) => (petProps(s).id.type = ['string', 'null']));
    expect(f.map((x) => [x.level, x.rule])).toEqual([['breaking', 'response-type-widened']]);
    expect(f[0]?.reason).toMatch(/readers now also get null/);
  });

  it('inline response property removed, named by operationId and pointer', () => {
    const f = findings((s) => delete pets(s).get.responses['200'].content['application/json'].schema.properties.next);
    expect(f.map((x) => [x.level, x.rule, x.operationId, x.pointer])).toEqual([
      ['breaking', 'response-property-removed', 'listPets', '#/paths/~1pets/get/responses/200/content/application~1json/schema/properties/next'],
    ]);
    expect(f[0]?.reason).toBe('200 response body property `next` removed: readers of it break');
  });

  it('success status removed', () => {
    expect(changes((s) => {
      delete s.paths['/pets/{id}'].delete.responses['204'];
      s.paths['/pets/{id}'].delete.responses['200'] = { description: 'Deleted.' };
    })).toEqual([
      ['breaking', 'response-success-status-removed', 'deletePet'],
      ['warning', 'response-success-status-added', 'deletePet'],
    ]);
  });

  it('security requirement added where none was needed, and an alternative dropped', () => {
    expect(changes((s) => delete s.paths['/pets/{id}'].get.security)).toEqual([['breaking', 'security-added', 'getPet']]);
    const f = findings((s) => {
      s.components.securitySchemes.basic = { type: 'http', scheme: 'basic' };
      s.security = [{ token: [], basic: [] }];
    });
    expect(f.map((x) => [x.level, x.rule, x.operationId ?? x.pointer])).toEqual([
      ['breaking', 'security-requirement-removed', 'listPets'],
      ['breaking', 'security-requirement-removed', 'createPet'],
      ['breaking', 'security-requirement-removed', 'deletePet'],
      ['non-breaking', 'security-scheme-added', '#/components/securitySchemes/basic'],
    ]);
    expect(f[0]?.reason).toBe('security token no longer accepted (now basic + token): callers authenticating that way are rejected');
  });

  it('security scheme changed', () => {
    expect(changes((s) => (s.components.securitySchemes.token.in = 'query'))).toEqual([
      ['breaking', 'security-scheme-changed', '#/components/securitySchemes/token'],
    ]);
  });

  it('server path changed (a host change is docs-only)', () => {
    const f = findings((s) => (s.servers[0].url = 'https://{host}/api/v2'));
    expect(f.map((x) => [x.level, x.rule])).toEqual([['breaking', 'server-path-changed']]);
    expect(f[0]?.reason).toBe('servers: base path /api/v1 → /api/v2: every request URL moves');
    expect(changes((s) => (s.servers[0].variables.host.default = 'pets.example.org'))).toEqual([['docs-only', 'server-docs', '#/servers']]);
  });

  it('media type removed, request and response', () => {
    expect(changes((s) => delete pets(s).post.requestBody.content['application/x-www-form-urlencoded'])).toEqual([
      ['breaking', 'request-media-type-removed', 'createPet'],
    ]);
    expect(changes((s) => (s.paths['/pets/{id}'].get.responses['200'].content = { 'application/xml': s.paths['/pets/{id}'].get.responses['200'].content['application/json'] }))).toEqual([
      ['breaking', 'response-media-type-removed', 'getPet'],
      ['non-breaking', 'response-media-type-added', 'getPet'],
    ]);
  });

  it('operationId changed', () => {
    expect(changes((s) => (pets(s).get.operationId = 'findPets'))).toEqual([['breaking', 'operation-id-changed', 'findPets']]);
  });

  it('schema removed (gone from the generated types) and a required response header removed', () => {
    expect(changes((s) => delete s.components.schemas.Unused)).toEqual([['breaking', 'schema-removed', '#/components/schemas/Unused']]);
    expect(changes((s) => delete pets(s).get.responses['200'].headers['X-Total'])).toEqual([['breaking', 'response-header-removed', 'listPets']]);
    expect(changes((s) => delete pets(s).get.responses['200'].headers['X-Trace'])).toEqual([['warning', 'response-header-removed', 'listPets']]);
  });
});

describe('warning', () => {
  it('enum value added on a response: may break exhaustive switches; on a request: non-breaking', () => {
    const f = findings((s) => {
      petProps(s).kind.enum.push('bird');
      newPetProps(s).kind.enum.push('bird');
    });
    expect(f.map((x) => [x.level, x.rule, x.pointer])).toEqual([
      ['warning', 'response-enum-value-added', '#/components/schemas/Pet/properties/kind'],
      ['non-breaking', 'request-enum-value-added', '#/components/schemas/NewPet/properties/kind'],
    ]);
    expect(f[0]?.reason).toBe('schema Pet property `kind`: enum value "bird" added: may break exhaustive switches (returned by listPets, createPet, getPet)');
  });

  it('oneOf variant added on a response (breaking too when it brings a new JSON type)', () => {
    expect(changes((s) => petProps(s).shape.oneOf.push({ type: 'object', properties: { side: { type: 'number' } } }))).toEqual([
      ['warning', 'response-variant-added', '#/components/schemas/Pet/properties/shape/oneOf/2'],
    ]);
    expect(changes((s) => petProps(s).shape.oneOf.push({ type: 'integer' }))).toEqual([
      ['breaking', 'response-type-widened', '#/components/schemas/Pet/properties/shape'],
      ['warning', 'response-variant-added', '#/components/schemas/Pet/properties/shape/oneOf/2'],
    ]);
  });

  it('an unknown keyword that changes is reported for review, not dropped', () => {
    expect(changes((s) => (pets(s).get['x-minimum-version'] = '10.6'))).toEqual([['warning', 'unclassified', 'listPets']]);
  });
});

describe('non-breaking', () => {
  it('operation added', () => {
    expect(changes((s) => (s.paths['/pets/{id}'].put = { operationId: 'updatePet', responses: { '204': { description: 'OK' } } }))).toEqual([
      ['non-breaking', 'operation-added', 'updatePet'],
    ]);
  });

  it('optional parameter, optional request property, response property, new status code', () => {
    expect(changes((s) => {
      pets(s).get.parameters.push({ name: 'owner', in: 'query', schema: { type: 'string' } });
      newPetProps(s).color = { type: 'string' };
      petProps(s).color = { type: 'string' };
      s.paths['/pets/{id}'].delete.responses['404'] = { description: 'No such pet.' };
    })).toEqual([
      ['non-breaking', 'request-parameter-added', 'listPets'],
      ['non-breaking', 'response-status-added', 'deletePet'],
      ['non-breaking', 'response-property-added', '#/components/schemas/Pet/properties/color'],
      ['non-breaking', 'request-property-added', '#/components/schemas/NewPet/properties/color'],
    ]);
  });

  it('a renamed path parameter moves no URL but renames the typed path', () => {
    expect(changes((s) => {
      const item = s.paths['/pets/{id}'];
      item.parameters[0].name = 'petId';
      s.paths['/pets/{petId}'] = item;
      delete s.paths['/pets/{id}'];
    })).toEqual([
      ['breaking', 'path-parameter-renamed', 'getPet'],
      ['breaking', 'path-parameter-renamed', 'deletePet'],
    ]);
  });

  it('narrowing a response and widening a request are harmless', () => {
    expect(changes((s) => {
      petProps(s).kind.enum = ['cat'];
      newPetProps(s).name.maxLength = 128;
      pets(s).get.parameters[2].schema.type = ['number', 'string'];
    })).toEqual([
      ['non-breaking', 'request-type-widened', 'listPets'],
      ['non-breaking', 'response-enum-value-removed', '#/components/schemas/Pet/properties/kind'],
      ['non-breaking', 'request-constraint-widened', '#/components/schemas/NewPet/properties/name/maxLength'],
    ]);
  });
});

describe('docs-only', () => {
  it('descriptions, summaries, examples and tags', () => {
    const f = findings((s) => {
      s.info.description = 'The pet store.';
      s.tags[0].description = 'All about pets.';
      pets(s).get.summary = 'List all pets';
      pets(s).get.parameters[0].description = 'How many.';
      pets(s).post.requestBody.content['application/json'].example = { name: 'Tom' };
      petProps(s).name.description = 'Its name.';
      s.paths['/pets/{id}'].get.tags = ['pets'];
    });
    expect(f.every((x) => x.level === 'docs-only')).toBe(true);
    expect(f.map((x) => x.rule)).toEqual(['info-changed', 'tags-changed', 'operation-docs', 'request-parameter-docs', 'examples-changed', 'operation-docs', 'schema-docs']);
  });
});

describe('structure', () => {
  it('a schema used both ways is judged both ways', () => {
    const both = (/** @type {any} */ s) => {
      pets(s).post.requestBody.content = { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } };
    };
    const before = base();
    both(before);
    const after = base();
    both(after);
    petProps(after).kind.enum.push('bird');
    petProps(after).owner = { type: 'string' };
    after.components.schemas.Pet.required.push('owner');
    expect(classify(before, after).map((f) => [f.level, f.rule, f.pointer])).toEqual([
      ['breaking', 'request-property-added-required', '#/components/schemas/Pet/properties/owner'],
      ['warning', 'response-enum-value-added', '#/components/schemas/Pet/properties/kind'],
      ['non-breaking', 'request-enum-value-added', '#/components/schemas/Pet/properties/kind'],
      ['non-breaking', 'response-property-added', '#/components/schemas/Pet/properties/owner'],
    ]);
  });

  it('readOnly properties are not part of requests', () => {
    expect(changes((s) => {
      pets(s).post.requestBody.content['application/json'].schema = { $ref: '#/components/schemas/NewPet' };
      newPetProps(s).id = { type: 'string', readOnly: true };
      s.components.schemas.NewPet.required.push('id');
    })).toEqual([]);
  });

  it('moving properties into an allOf member is not a change', () => {
    expect(changes((s) => {
      s.components.schemas.Pet = {
        allOf: [
          { $ref: '#/components/schemas/Named' },
          { type: 'object', required: ['id'], properties: { id: { type: 'string' }, kind: petProps(base()).kind, tag: { type: 'string' }, shape: petProps(base()).shape } },
        ],
      };
      s.components.schemas.Named = { type: 'object', required: ['name'], properties: { name: { type: 'string' } } };
    })).toEqual([['non-breaking', 'schema-added', '#/components/schemas/Named']]);
  });

  it('recursive schemas terminate', () => {
    const tree = (/** @type {any} */ s, /** @type {string} */ extra) => {
      s.components.schemas.Node = { type: 'object', properties: { children: { type: 'array', items: { $ref: '#/components/schemas/Node' } }, [extra]: { type: 'string' } } };
      petProps(s).tree = { $ref: '#/components/schemas/Node' };
    };
    const before = base();
    tree(before, 'a');
    const after = base();
    tree(after, 'b');
    expect(classify(before, after).map((f) => [f.level, f.rule, f.pointer])).toEqual([
      ['breaking', 'response-property-removed', '#/components/schemas/Node/properties/a'],
      ['non-breaking', 'response-property-added', '#/components/schemas/Node/properties/b'],
    ]);
  });

  it('a new spec lists every operation as added', () => {
    const f = classify(undefined, base());
    expect(f.filter((x) => x.rule === 'operation-added').map((x) => x.operationId)).toEqual(['listPets', 'createPet', 'getPet', 'deletePet']);
    expect(f.every((x) => x.level !== 'breaking')).toBe(true);
  });
});

describe('restructured schemas', () => {
  it('an object that becomes one variant of a oneOf is compared with that variant; the other variant is new', () => {
    const f = findings((s) => {
      s.components.schemas.Round.properties.extra = { type: 'string' };
      pets(s).get.responses['200'].content['application/json'].schema = {
        oneOf: [pets(base()).get.responses['200'].content['application/json'].schema, { type: 'string' }],
      };
    });
    expect(f.map((x) => [x.level, x.rule, x.operationId ?? x.pointer])).toEqual([
      ['breaking', 'response-type-widened', 'listPets'],
      ['warning', 'response-variant-added', 'listPets'],
      ['non-breaking', 'response-property-added', '#/components/schemas/Round/properties/extra'],
    ]);
    expect(f[1]?.pointer).toBe('#/paths/~1pets/get/responses/200/content/application~1json/schema/oneOf/1');
  });

  it('a string enum reopened as anyOf [enum, string] warns once', () => {
    const f = findings((s) => (petProps(s).kind = { anyOf: [{ enum: ['cat', 'dog'] }, { type: 'string' }] }));
    expect(f.map((x) => [x.level, x.rule])).toEqual([['warning', 'response-variant-added']]);
  });
});

// The remaining rules, one edit each, with the exact findings it must produce.
describe.each(/** @type {[string, (s: any) => void, [string, string, string][]][]} */ ([
  ['request-parameter-serialization-changed', (s) => (pets(s).get.parameters[1].style = 'deepObject'), [['breaking', 'request-parameter-serialization-changed', 'listPets']]],
  ['request-parameter-made-optional', (s) => (s.paths['/pets/{id}'].parameters[0].required = false), [['non-breaking', 'request-parameter-made-optional', 'getPet'], ['non-breaking', 'request-parameter-made-optional', 'deletePet']]],
  ['request-parameter-deprecated', (s) => (pets(s).get.parameters[1].deprecated = true), [['non-breaking', 'request-parameter-deprecated', 'listPets']]],
  ['request-format-changed', (s) => (pets(s).get.parameters[1].schema.format = 'date'), [['breaking', 'request-format-changed', 'listPets']]],
  ['request-format-changed (removed)', (s) => {
    s.components.schemas.NewPet.properties.tag.format = 'uuid';
  }, [['breaking', 'request-format-changed', '#/components/schemas/NewPet/properties/tag']]],
  ['response-format-changed', (s) => (petProps(s).tag.format = 'uuid'), [['non-breaking', 'response-format-changed', '#/components/schemas/Pet/properties/tag']]],
  ['response-constraint-narrowed', (s) => (pets(s).get.responses['200'].content['application/json'].schema.properties.items.maxItems = 10), [['non-breaking', 'response-constraint-narrowed', 'listPets']]],
  ['request-default-changed', (s) => (pets(s).get.parameters[0].schema.default = 20), [['warning', 'request-default-changed', 'listPets']]],
  ['request-additional-properties closed', (s) => (s.components.schemas.NewPet.additionalProperties = false), [['breaking', 'request-constraint-narrowed', '#/components/schemas/NewPet/additionalProperties']]],
  ['request-enum-removed', (s) => delete newPetProps(s).kind.enum, [['non-breaking', 'request-enum-removed', '#/components/schemas/NewPet/properties/kind']]],
  ['response-enum-removed', (s) => delete petProps(s).kind.enum, [['warning', 'response-enum-removed', '#/components/schemas/Pet/properties/kind']]],
  ['response-variant-removed', (s) => petProps(s).shape.oneOf.pop(), [['non-breaking', 'response-type-narrowed', '#/components/schemas/Pet/properties/shape'], ['non-breaking', 'response-variant-removed', '#/components/schemas/Pet/properties/shape/oneOf/1']]],
  ['request-body-removed', (s) => delete pets(s).post.requestBody, [['breaking', 'request-body-removed', 'createPet']]],
  ['request-body-added (optional)', (s) => (s.paths['/pets/{id}'].delete.requestBody = { content: { 'application/json': { schema: { type: 'object' } } } }), [['non-breaking', 'request-body-added', 'deletePet']]],
  ['request-media-type-added', (s) => (pets(s).post.requestBody.content['text/plain'] = { schema: { type: 'string' } }), [['non-breaking', 'request-media-type-added', 'createPet']]],
  ['response-header-made-optional', (s) => (pets(s).get.responses['200'].headers['X-Total'].required = false), [['breaking', 'response-header-made-optional', 'listPets']]],
  ['response-header-added', (s) => (pets(s).get.responses['200'].headers['X-Next'] = { schema: { type: 'string' } }), [['non-breaking', 'response-header-added', 'listPets']]],
  ['response-header schema widened', (s) => (pets(s).get.responses['200'].headers['X-Total'].schema.type = 'string'), [['breaking', 'response-type-changed', 'listPets']]],
  ['response-status-removed (not a success)', (s) => delete s.paths['/pets/{id}'].get.responses['404'], [['non-breaking', 'response-status-removed', 'getPet']]],
  ['response-docs', (s) => (s.paths['/pets/{id}'].get.responses['404'].description = 'Gone.'), [['docs-only', 'response-docs', 'getPet']]],
  ['security-removed', (s) => (pets(s).get.security = []), [['non-breaking', 'security-removed', 'listPets']]],
  ['security-alternative-added', (s) => {
    s.components.securitySchemes.basic = { type: 'http', scheme: 'basic' };
    pets(s).get.security = [{ token: [] }, { basic: [] }];
  }, [['non-breaking', 'security-scheme-added', '#/components/securitySchemes/basic'], ['non-breaking', 'security-alternative-added', 'listPets']]],
  ['security-scheme-removed', (s) => {
    delete s.components.securitySchemes.token;
    s.security = [];
  }, [['breaking', 'security-scheme-removed', '#/components/securitySchemes/token'], ['non-breaking', 'security-removed', 'listPets'], ['non-breaking', 'security-removed', 'createPet'], ['non-breaking', 'security-removed', 'deletePet']]],
  ['security-scheme-docs', (s) => (s.components.securitySchemes.token.description = 'The token.'), [['docs-only', 'security-scheme-docs', '#/components/securitySchemes/token/description']]],
  ['server-added', (s) => s.servers.push({ url: 'https://{host}/api/v1-beta', variables: { host: { default: 'example.com' } } }), [['non-breaking', 'server-added', '#/servers']]],
  ['operation servers moved', (s) => (pets(s).get.servers = [{ url: 'https://example.com/legacy' }]), [['breaking', 'server-path-changed', 'listPets']]],
  ['operation-deprecated', (s) => (pets(s).get.deprecated = true), [['non-breaking', 'operation-deprecated', 'listPets']]],
  ['schema-deprecated', (s) => (petProps(s).tag.deprecated = true), [['non-breaking', 'schema-deprecated', '#/components/schemas/Pet/properties/tag']]],
  ['response-property-made-required', (s) => s.components.schemas.Pet.required.push('tag'), [['non-breaking', 'response-property-made-required', '#/components/schemas/Pet/properties/tag']]],
  ['request-property-made-optional', (s) => (s.components.schemas.NewPet.required = []), [['non-breaking', 'request-property-made-optional', '#/components/schemas/NewPet/properties/name']]],
  ['request-property-made-required', (s) => s.components.schemas.NewPet.required.push('tag'), [['breaking', 'request-property-made-required', '#/components/schemas/NewPet/properties/tag']]],
  ['request-property-removed', (s) => delete newPetProps(s).tag, [['breaking', 'request-property-removed', '#/components/schemas/NewPet/properties/tag']]],
  ['unused schema compared both ways', (s) => (s.components.schemas.Unused.properties.a.enum = ['x']), [['breaking', 'request-enum-added', '#/components/schemas/Unused/properties/a'], ['non-breaking', 'response-enum-added', '#/components/schemas/Unused/properties/a']]],
  ['unclassified schema keyword', (s) => (petProps(s).tag.not = { const: '' }), [['warning', 'unclassified', '#/components/schemas/Pet/properties/tag/not']]],
]))('%s', (_name, edit, expected) => {
  it('produces exactly the expected findings', () => {
    expect(changes(edit)).toEqual(expected);
  });
});

describe('response-constraint-widened', () => {
  it('a raised bound or a changed pattern on a response is a warning', () => {
    const before = base();
    Object.assign(petProps(before).name, { maxLength: 64, pattern: '^[a-z]+$' });
    const after = base();
    Object.assign(petProps(after).name, { maxLength: 128, pattern: '^[a-z0-9]+$' });
    expect(classify(before, after).map((f) => [f.level, f.rule, f.pointer])).toEqual([
      ['warning', 'response-constraint-widened', '#/components/schemas/Pet/properties/name/maxLength'],
      ['warning', 'response-constraint-widened', '#/components/schemas/Pet/properties/name/pattern'],
    ]);
  });
});
